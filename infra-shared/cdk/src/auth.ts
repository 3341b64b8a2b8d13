import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Aws, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/**
 * How callers authenticate. Every mode but `none` has callers send OAuth2 client-credentials tokens from the
 * stack's user pool; the mode picks what checks them: `cognito`, REST's native Cognito user-pool authorizer;
 * `jwt`, the HTTP API's native JWT authorizer; `lambda`, the kit's Lambda authorizer (both APIs).
 */
export type AuthMode = 'cognito' | 'jwt' | 'lambda' | 'none';

/** The native authorizer of each API kind (the default `auth`): REST has no JWT authorizer, HTTP no Cognito one. */
export const NATIVE_AUTH: Readonly<Record<'rest' | 'http', AuthMode>> = { rest: 'cognito', http: 'jwt' };

/** Refuses a mode the API kind does not offer, naming the prop and what to use instead. */
export function validateAuthMode(where: string, api: 'rest' | 'http', auth: AuthMode): void {
  if (api === 'rest' && auth === 'jwt') {
    throw new Error(
      `${where}: auth 'jwt' is not available on REST APIs (API Gateway has no JWT authorizer for them); use 'cognito' (a Cognito user-pool authorizer) or 'lambda'`,
    );
  }
  if (api === 'http' && auth === 'cognito') {
    throw new Error(
      `${where}: auth 'cognito' is not available on HTTP APIs (they have no Cognito user-pool authorizer); use 'jwt' (a JWT authorizer trusting the pool) or 'lambda'`,
    );
  }
}

/** Resource server identifier and scope every pattern's routes require. */
export const AUTH_RESOURCE_SERVER = 'pik';
export const AUTH_SCOPE_NAME = 'invoke';
export const AUTH_SCOPE = `${AUTH_RESOURCE_SERVER}/${AUTH_SCOPE_NAME}`;

export interface PikAuthProps {
  /** Lower-case prefix of the Cognito domain; the account id is appended to make it unique. */
  readonly domainPrefix: string;
}

/**
 * A Cognito user pool for machine-to-machine access: a resource server with one scope and a confidential
 * client allowed the client-credentials grant for that scope. No self sign-up, no human users.
 */
export class PikAuth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly resourceServer: cognito.UserPoolResourceServer;
  readonly client: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  /** Full scope name to request and to require on routes (`pik/invoke`). */
  readonly scope = AUTH_SCOPE;
  readonly oauthScope: cognito.OAuthScope;

  constructor(scope: Construct, id: string, props: PikAuthProps) {
    super(scope, id);
    if (!/^[a-z0-9-]+$/.test(props.domainPrefix) || /aws|amazon|cognito/.test(props.domainPrefix)) {
      throw new Error(
        `domainPrefix '${props.domainPrefix}' must be lower-case letters, digits and hyphens without aws/amazon/cognito`,
      );
    }
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      accountRecovery: cognito.AccountRecovery.NONE,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.userPool,
      'AwsSolutions-COG3',
      'No human users sign in: the pool only issues client-credentials tokens, which threat protection does not evaluate.',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Plus feature plan adds threat protection for user sign-ins; this pool has machine clients only.',
    );
    const invoke = new cognito.ResourceServerScope({
      scopeName: AUTH_SCOPE_NAME,
      scopeDescription: 'Call every service behind the API',
    });
    this.resourceServer = this.userPool.addResourceServer('ResourceServer', {
      identifier: AUTH_RESOURCE_SERVER,
      scopes: [invoke],
    });
    this.oauthScope = cognito.OAuthScope.resourceServer(this.resourceServer, invoke);
    this.client = this.userPool.addClient('MachineClient', {
      generateSecret: true,
      authFlows: {},
      oAuth: { flows: { clientCredentials: true }, scopes: [this.oauthScope] },
      accessTokenValidity: Duration.minutes(60),
      preventUserExistenceErrors: true,
    });
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: Fn.join('-', [props.domainPrefix, Aws.ACCOUNT_ID]) },
    });
  }

  /** OAuth2 token endpoint for the client-credentials grant. */
  get tokenUrl(): string {
    return `${this.domain.baseUrl()}/oauth2/token`;
  }

  /** Issuer of the pool's tokens (what a JWT authorizer trusts). */
  get issuerUrl(): string {
    return `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}/${this.userPool.userPoolId}`;
  }
}
