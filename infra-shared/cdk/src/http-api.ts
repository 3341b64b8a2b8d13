import { pascalName, type Throttle } from '@pik/contracts';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Aspects, type Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { HTTP_ACCESS_LOG_FORMAT } from './access-log.js';
import type { PikAuth } from './auth.js';
import { AUTHORIZER_IDENTITY_HEADER, PikLambdaAuthorizer } from './lambda-authorizer.js';
import { retainedLogGroup } from './logs.js';
import { markService } from './metadata.js';
import { acknowledge } from './nag.js';
import type { ServiceSpec } from './service-specs.js';

/**
 * Stage of every HTTP API in the kit. `$default` serves at the root of the invoke URL, so no stage name
 * reaches the backend path (a named stage would prefix private integration paths with `/<stage>`).
 */
export const HTTP_STAGE_NAME = '$default';

export interface PikHttpApiProps {
  readonly apiName: string;
  readonly throttle: Throttle;
  /** Per-service overrides of the stage throttle, applied to both of a service's routes. */
  readonly serviceThrottles?: Readonly<Record<string, Throttle>>;
  /** JWT authorizer trusting the pool, requiring its scope on every route; none when undefined. */
  readonly auth?: PikAuth;
  /**
   * With `auth`: the kit's Lambda authorizer (payload 2.0, simple responses) validating the pool's tokens
   * instead of the JWT authorizer, its results cached for `cacheTtl`. @default the JWT authorizer
   */
  readonly lambdaAuthorizer?: { readonly cacheTtl: Duration };
  readonly logRetention: logs.RetentionDays;
  /**
   * Named stages beside `$default` (auto-deploy, their own throttle). A named stage is the first segment of
   * the path it receives, and API Gateway passes that path on to private integrations (`/test/orders`): with
   * named stages every VPC link integration maps `overwrite:path` to `$request.path` (the path without the
   * stage), so the services see `/orders` on every stage. @default `$default` alone
   */
  readonly stages?: readonly HttpStageSpec[];
}

/** A named stage of an HTTP API. */
export interface HttpStageSpec {
  /** Letters, digits, `-`, `_`; not `$default`, which is always there. */
  readonly name: string;
  /** @default the API's throttle */
  readonly throttle?: Throttle;
}

/**
 * The integration's path, for an HTTP API private integration on a named stage: `$request.path` is the
 * path without the stage (developer guide, http-api-develop-integrations-private.html; the fact sheet's gotcha).
 */
const STAGELESS_PATH = { 'overwrite:path': '$request.path' } as const;

/** Route keys of one service: `ANY /<svc>` and `ANY /<svc>/{proxy+}`. */
export function httpRouteKeys(spec: ServiceSpec): [string, string] {
  return [`ANY ${spec.basePath}`, `ANY ${spec.basePath}/{proxy+}`];
}

/**
 * An HTTP API with the kit's defaults: `$default` stage with auto-deploy, explicit stage throttling (rate
 * and burst) and explicit per-route overrides, JSON access logs, and a JWT authorizer for the user pool.
 */
export class PikHttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogs: logs.LogGroup;
  readonly routes: apigwv2.HttpRoute[] = [];
  private readonly props: PikHttpApiProps;
  private readonly authorizer?: apigwv2.IHttpRouteAuthorizer;

  constructor(scope: Construct, id: string, props: PikHttpApiProps) {
    super(scope, id);
    this.props = props;
    this.accessLogs = retainedLogGroup(this, 'AccessLogs', props.logRetention);
    this.api = new apigwv2.HttpApi(this, 'Api', { apiName: props.apiName, createDefaultStage: false });
    this.stage = new apigwv2.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: HTTP_STAGE_NAME,
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(HTTP_ACCESS_LOG_FORMAT),
      },
    });
    for (const stage of props.stages ?? []) this.addNamedStage(stage);
    if (props.auth && props.lambdaAuthorizer) {
      const { function: handler } = new PikLambdaAuthorizer(this, 'AuthorizerFunction', {
        auth: props.auth,
        logRetention: props.logRetention,
      });
      this.authorizer = new authorizers.HttpLambdaAuthorizer('LambdaAuthorizer', handler, {
        responseTypes: [authorizers.HttpLambdaResponseType.SIMPLE],
        identitySource: [`$request.header.${AUTHORIZER_IDENTITY_HEADER}`],
        resultsCacheTtl: props.lambdaAuthorizer.cacheTtl,
      });
    } else if (props.auth) {
      this.authorizer = new authorizers.HttpUserPoolAuthorizer('Jwt', props.auth.userPool, {
        userPoolClients: [props.auth.client],
        identitySource: ['$request.header.Authorization'],
      });
    }
  }

  /** Every named stage beside `$default`, by name. */
  readonly namedStages: { readonly name: string; readonly stage: apigwv2.HttpStage }[] = [];

  private addNamedStage(spec: HttpStageSpec): void {
    const throttle = spec.throttle ?? this.props.throttle;
    const stage = new apigwv2.HttpStage(this, `Stage${pascalName(spec.name)}`, {
      httpApi: this.api,
      stageName: spec.name,
      autoDeploy: true,
      throttle: { rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(HTTP_ACCESS_LOG_FORMAT),
      },
    });
    this.namedStages.push({ name: spec.name, stage });
    if (this.namedStages.length === 1) {
      // Once, for every private integration the API has at synth time.
      Aspects.of(this.api).add({
        visit(node) {
          if (node instanceof apigwv2.CfnIntegration && node.connectionType === 'VPC_LINK') {
            node.requestParameters = { ...(node.requestParameters as object | undefined), ...STAGELESS_PATH };
          }
        },
      });
    }
  }

  /** Invoke URL without a trailing slash (the `$default` stage has no path segment). */
  get invokeUrl(): string {
    return this.api.apiEndpoint;
  }

  /** Adds both routes of one service to `integration`, with the throttle override if any. */
  addService(spec: ServiceSpec, integration: apigwv2.HttpRouteIntegration): apigwv2.HttpRoute[] {
    const added = httpRouteKeys(spec).map((key) => {
      const path = key.slice('ANY '.length);
      const [route] = this.api.addRoutes({
        path,
        methods: [apigwv2.HttpMethod.ANY],
        integration,
        ...(this.authorizer ? { authorizer: this.authorizer } : {}),
        // Scopes are a JWT authorizer's to check; the Lambda authorizer checks the scope itself.
        ...(this.authorizer && !this.props.lambdaAuthorizer
          ? { authorizationScopes: [this.props.auth?.scope ?? ''] }
          : {}),
      });
      if (!route) throw new Error(`no route created for ${key}`);
      markService(route, spec.name);
      if (!this.authorizer) {
        acknowledge(route, 'AwsSolutions-APIG4', 'Authorization turned off explicitly (auth: none).');
      }
      this.routes.push(route);
      return route;
    });
    return added;
  }

  /**
   * Writes per-route throttle overrides, each with BOTH rate and burst: a route setting that omits either
   * becomes 0 and throttles every request.
   */
  applyRouteThrottles(specs: readonly ServiceSpec[]): void {
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const spec of specs) {
      const t = this.props.serviceThrottles?.[spec.name];
      if (!t) continue;
      for (const key of httpRouteKeys(spec)) {
        routeSettings[key] = { ThrottlingRateLimit: t.rateLimit, ThrottlingBurstLimit: t.burstLimit };
      }
    }
    if (Object.keys(routeSettings).length > 0) {
      const cfnStage = this.stage.node.defaultChild as apigwv2.CfnStage;
      cfnStage.addPropertyOverride('RouteSettings', routeSettings);
      for (const route of this.routes) cfnStage.node.addDependency(route);
    }
  }
}
