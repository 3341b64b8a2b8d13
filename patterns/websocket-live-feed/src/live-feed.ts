import {
  acknowledge,
  acknowledgeKitFunction,
  acknowledgeSyncFunction,
  LAMBDA_DEFAULTS,
  type PikAuth,
  PikLambdaAuthorizer,
  retainedLogGroup,
  type ServiceFleet,
} from '@pik/cdk-constructs';
import {
  CHANGE_BUS_ENV,
  CHANGE_DETAIL_TYPE,
  CHANGE_SOURCE_PREFIX,
  FEED_ACTIONS,
  FEED_ROUTE_SELECTION,
  type Throttle,
} from '@pik/contracts';
import { WEBSOCKET_TOKEN_QUERY_PARAMETER } from '@pik/lambda-authorizer/bundle';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { FEED_HANDLER, type FeedBundle, feedBundleDir } from './bundle-location.js';
import { CONNECTIONS_TABLE_DESIGN } from './runtime/connection-store.js';
import { DEFAULT_FANOUT_CONCURRENCY, FEED_ENV } from './runtime/env.js';

/** Stage of the feed's WebSocket API: `wss://<api id>.execute-api.<region>.amazonaws.com/live`. */
export const FEED_STAGE_NAME = 'live';

/** Route throttle of `publish`, an action for tests and demos that should not crowd out the services' changes. */
export const DEFAULT_PUBLISH_THROTTLE: Throttle = { rateLimit: 10, burstLimit: 20 };

/** One JSON access log line per connect, message and disconnect. */
export const WEBSOCKET_ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  requestTimeEpoch: '$context.requestTimeEpoch',
  eventType: '$context.eventType',
  routeKey: '$context.routeKey',
  connectionId: '$context.connectionId',
  messageId: '$context.messageId',
  status: '$context.status',
  integrationLatency: '$context.integrationLatency',
  errorMessage: '$context.error.message',
  errorType: '$context.error.responseType',
  authorizerError: '$context.authorizer.error',
  stage: '$context.stage',
});

export interface LiveFeedProps {
  readonly apiName: string;
  /** The services whose changes the feed carries; their functions get the bus. */
  readonly fleet: ServiceFleet;
  /** The user pool whose tokens `$connect` accepts; none: the handshake is open (acknowledged). */
  readonly auth?: PikAuth;
  /** Stage throttle (every route). */
  readonly throttle: Throttle;
  /** Throttle of the `publish` route. @default DEFAULT_PUBLISH_THROTTLE */
  readonly publishThrottle?: Throttle;
  readonly logRetention: logs.RetentionDays;
  /** @default RemovalPolicy.DESTROY */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The live feed: a WebSocket API (`$connect` behind the kit's Lambda authorizer reading the token from the
 * query string, `$disconnect`, `$default`, `subscribe`, `unsubscribe`, `publish`), a connections table
 * with TTL, an EventBridge bus the services publish their changes to, and a fan-out function that posts
 * each change to its topic's subscribers through the `@connections` API.
 */
export class LiveFeed extends Construct {
  readonly api: apigwv2.WebSocketApi;
  readonly stage: apigwv2.WebSocketStage;
  readonly connections: dynamodb.Table;
  readonly bus: events.EventBus;
  readonly routesFunction: lambda.Function;
  readonly fanOutFunction: lambda.Function;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: LiveFeedProps) {
    super(scope, id);
    this.connections = new dynamodb.Table(this, 'Connections', {
      partitionKey: { name: CONNECTIONS_TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: CONNECTIONS_TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: CONNECTIONS_TABLE_DESIGN.ttlAttribute,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
    });
    this.bus = new events.EventBus(this, 'Changes', {});
    const services = props.fleet.services.map((s) => s.spec.name);
    this.routesFunction = this.feedFunction('routes', props, {
      [FEED_ENV.services]: services.join(','),
      [CHANGE_BUS_ENV]: this.bus.eventBusName,
    });
    this.bus.grantPutEventsTo(this.routesFunction);
    acknowledgeSyncFunction(this.routesFunction, 'API Gateway');

    this.api = this.webSocketApi(props);
    this.accessLogs = retainedLogGroup(this, 'AccessLogs', props.logRetention);
    this.stage = new apigwv2.WebSocketStage(this, 'Stage', {
      webSocketApi: this.api,
      stageName: FEED_STAGE_NAME,
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(WEBSOCKET_ACCESS_LOG_FORMAT),
      },
    });
    this.throttleRoute('publish', props.publishThrottle ?? DEFAULT_PUBLISH_THROTTLE);

    this.fanOutFunction = this.fanOut(props);
    for (const service of props.fleet.services) {
      if (!service.lambda) continue;
      service.lambda.function.addEnvironment(CHANGE_BUS_ENV, this.bus.eventBusName);
      this.bus.grantPutEventsTo(service.lambda.function);
    }
  }

  /** `wss://...` URL of the stage. */
  get url(): string {
    return this.stage.url;
  }

  private feedFunction(
    bundle: FeedBundle,
    props: LiveFeedProps,
    environment: Record<string, string>,
    deadLetterQueue?: sqs.IQueue,
  ) {
    const fn = new lambda.Function(this, `${bundle === 'routes' ? 'Routes' : 'FanOut'}Function`, {
      description: `pik live feed: ${bundle === 'routes' ? "the WebSocket API's routes" : 'posts changes to subscribers'}`,
      code: lambda.Code.fromAsset(feedBundleDir(bundle)),
      handler: FEED_HANDLER,
      runtime: LAMBDA_DEFAULTS.runtime,
      architecture: LAMBDA_DEFAULTS.architecture,
      memorySize: 512,
      // Routes answer well inside the WebSocket integration timeout (29 s); a fan-out to thousands of
      // subscribers at 16 posts in flight needs longer.
      timeout: Duration.seconds(bundle === 'routes' ? 10 : 60),
      tracing: lambda.Tracing.ACTIVE,
      loggingFormat: lambda.LoggingFormat.JSON,
      logGroup: retainedLogGroup(
        this,
        `${bundle === 'routes' ? 'Routes' : 'FanOut'}Logs`,
        props.logRetention,
      ),
      environment: { [FEED_ENV.connectionsTable]: this.connections.tableName, ...environment },
      ...(deadLetterQueue ? { deadLetterQueue } : {}),
    });
    this.connections.grantReadWriteData(fn);
    return fn;
  }

  private webSocketApi(props: LiveFeedProps): apigwv2.WebSocketApi {
    const integration = new WebSocketLambdaIntegration('Routes', this.routesFunction);
    const authorizer = props.auth
      ? new WebSocketLambdaAuthorizer(
          'ConnectAuthorizer',
          new PikLambdaAuthorizer(this, 'Authorizer', { auth: props.auth, logRetention: props.logRetention })
            .function,
          { identitySource: [`route.request.querystring.${WEBSOCKET_TOKEN_QUERY_PARAMETER}`] },
        )
      : undefined;
    const api = new apigwv2.WebSocketApi(this, 'Api', {
      apiName: props.apiName,
      routeSelectionExpression: FEED_ROUTE_SELECTION,
      connectRouteOptions: { integration, ...(authorizer ? { authorizer } : {}) },
      disconnectRouteOptions: { integration },
      defaultRouteOptions: { integration, returnResponse: true },
    });
    for (const action of FEED_ACTIONS) api.addRoute(action, { integration, returnResponse: true });
    acknowledge(
      api,
      'AwsSolutions-APIG4',
      props.auth
        ? 'A WebSocket API authorizes once, at $connect (Lambda authorizer on the token query parameter); later routes run on the authorized connection.'
        : 'Authorization turned off explicitly (auth: none).',
    );
    return api;
  }

  /** A route setting with BOTH rate and burst (a missing one becomes 0 and throttles every message). */
  private throttleRoute(routeKey: string, throttle: Throttle): void {
    const cfnStage = this.stage.node.defaultChild as apigwv2.CfnStage;
    cfnStage.addPropertyOverride('RouteSettings', {
      [routeKey]: { ThrottlingRateLimit: throttle.rateLimit, ThrottlingBurstLimit: throttle.burstLimit },
    });
    cfnStage.node.addDependency(this.api);
  }

  private fanOut(props: LiveFeedProps): lambda.Function {
    const deadLetters = new sqs.Queue(this, 'FanOutDeadLetters', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    for (const rule of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
      acknowledge(
        deadLetters,
        rule,
        'This queue is the dead-letter queue of the fan-out; nothing redrives it.',
      );
    }
    const fn = this.feedFunction(
      'fan-out',
      props,
      {
        [FEED_ENV.managementEndpoint]: this.stage.callbackUrl,
        [FEED_ENV.concurrency]: String(DEFAULT_FANOUT_CONCURRENCY),
      },
      deadLetters,
    );
    acknowledgeKitFunction(fn);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['execute-api:ManageConnections'],
        resources: [
          Stack.of(this).formatArn({
            service: 'execute-api',
            resource: this.api.apiId,
            resourceName: `${FEED_STAGE_NAME}/POST/@connections/*`,
          }),
        ],
      }),
    );
    const policy = fn.role?.node.tryFindChild('DefaultPolicy');
    if (policy) {
      acknowledge(
        policy,
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:execute-api:<AWS::Region>:<AWS::AccountId>:<${Stack.of(this).getLogicalId(this.api.node.defaultChild as apigwv2.CfnApi)}>/${FEED_STAGE_NAME}/POST/@connections/*]`,
        'Connection ids are made by API Gateway at run time; the grant names this API and stage and the @connections POST only.',
      );
    }
    new events.Rule(this, 'ChangesToFanOut', {
      eventBus: this.bus,
      description: 'Every change a service publishes goes to the fan-out',
      eventPattern: { source: events.Match.prefix(CHANGE_SOURCE_PREFIX), detailType: [CHANGE_DETAIL_TYPE] },
      targets: [
        new targets.LambdaFunction(fn, {
          deadLetterQueue: deadLetters,
          retryAttempts: 2,
          maxEventAge: Duration.minutes(5),
        }),
      ],
    });
    return fn;
  }
}
