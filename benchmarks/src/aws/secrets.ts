import { GetApiKeyCommand } from '@aws-sdk/client-api-gateway';
import {
  DescribeUserPoolClientCommand,
  DescribeUserPoolDomainCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { SecretResolver } from '../targets/auth-headers.js';
import type { AwsClients } from './clients.js';

/** The Cognito domain (prefix or custom domain) of a token URL. */
export function cognitoDomainOf(tokenUrl: string): string {
  const host = new URL(tokenUrl).hostname;
  const prefix = /^([^.]+)\.auth\.[a-z0-9-]+\.amazoncognito\.com$/.exec(host)?.[1];
  return prefix ?? host;
}

/**
 * Secrets the stack outputs deliberately leave out, read at run time and kept in memory only: the app
 * client's secret (Cognito DescribeUserPoolClient) and the API key value (API Gateway GetApiKey).
 */
export function awsSecrets(clients: Pick<AwsClients, 'cognito' | 'apigateway'>): SecretResolver {
  return {
    async clientSecret(auth) {
      if (auth.clientSecret) return auth.clientSecret;
      const domain = await clients.cognito.send(
        new DescribeUserPoolDomainCommand({ Domain: cognitoDomainOf(auth.tokenUrl) }),
      );
      const userPoolId = domain.DomainDescription?.UserPoolId;
      if (!userPoolId) throw new Error(`no Cognito user pool owns the domain of ${auth.tokenUrl}`);
      const client = await clients.cognito.send(
        new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: auth.clientId }),
      );
      const secret = client.UserPoolClient?.ClientSecret;
      if (!secret)
        throw new Error(`Cognito app client ${auth.clientId} has no secret; client credentials need one`);
      return secret;
    },
    async apiKeyValue(auth) {
      if (auth.value) return auth.value;
      if (!auth.apiKeyId) throw new Error('API key auth without value or apiKeyId');
      const key = await clients.apigateway.send(
        new GetApiKeyCommand({ apiKey: auth.apiKeyId, includeValue: true }),
      );
      if (!key.value) throw new Error(`GetApiKey ${auth.apiKeyId} returned no value`);
      return key.value;
    },
  };
}
