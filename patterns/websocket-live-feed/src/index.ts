import { type PikHttpApi, PikPatternStack, type PikPatternStackProps } from '@pik/cdk-constructs';
import { OUTPUT_KEYS, type Throttle } from '@pik/contracts';
import { HttpApiToLambdas } from '@pik/pattern-http-lambda-baseline';
import { CfnOutput } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';
import { LiveFeed } from './live-feed.js';

export * from './bundle-location.js';
export * from './live-feed.js';

/** Props of the live feed. Compute is always Lambda. */
export interface WebSocketLiveFeedStackProps extends PikPatternStackProps {
  /** Throttle of the `publish` route. @default DEFAULT_PUBLISH_THROTTLE (10 rps, burst 20) */
  readonly publishThrottle?: Throttle;
}

/**
 * Pattern 8 as a deployable stack, `PikWebSocketLiveFeed`: the services behind an HTTP API to Lambda (as
 * the baseline), each publishing its changes to an EventBridge bus, and a WebSocket API whose
 * subscribers receive those changes from the fan-out function.
 */
export class WebSocketLiveFeedStack extends PikPatternStack {
  readonly api: PikHttpApi;
  readonly feed: LiveFeed;

  constructor(scope: Construct, props: WebSocketLiveFeedStackProps = {}) {
    super(scope, 'websocket-live-feed', props, {
      defaultCompute: 'lambda',
      allowedCompute: ['lambda'],
      computeReason:
        'the live feed runs its services as Lambda functions beside the feed; for containers pick http-vpclink-albs or rest-vpclinkv2-alb',
      needsVpc: false,
    });
    this.api = this.createHttpApi();
    new HttpApiToLambdas(this, 'Direct', { fleet: this.fleet, api: this.api });
    this.api.applyRouteThrottles(this.specs);
    this.feed = new LiveFeed(this, 'LiveFeed', {
      apiName: `${this.pattern.stackName}Feed`,
      fleet: this.fleet,
      ...(this.auth ? { auth: this.auth } : {}),
      throttle: this.throttle,
      ...(props.publishThrottle ? { publishThrottle: props.publishThrottle } : {}),
      logRetention: this.logRetention,
      ...(props.tableRemovalPolicy !== undefined ? { removalPolicy: props.tableRemovalPolicy } : {}),
    });
    this.publishApi(this.api);
    new CfnOutput(this, OUTPUT_KEYS.feedUrl, {
      value: this.feed.url,
      description: 'WebSocket URL of the live feed; connect with ?token=<access token>',
    });
  }
}
