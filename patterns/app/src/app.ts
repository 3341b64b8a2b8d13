import { API_CACHE_SIZES, type PikPatternStack, type PikPatternStackProps } from '@pik/cdk-constructs';
import {
  ALARM_TOPIC_CONTEXT_KEY,
  API_CACHE_CONTEXT_KEY,
  AUTH_CONTEXT_KEY,
  DOMAIN_ZONE_CONTEXT_KEY,
  type PatternId,
  patternById,
  REQUEST_VALIDATION_CONTEXT_KEY,
  STAGE_THROTTLE_CONTEXT_KEY,
} from '@pik/contracts';
import { EdgeBufferedWritesStack } from '@pik/pattern-edge-buffered-writes';
import { HttpLambdaBaselineStack } from '@pik/pattern-http-lambda-baseline';
import { HttpVpcLinkAlbsStack } from '@pik/pattern-http-vpclink-albs';
import { PrivateRestApiAlbStack } from '@pik/pattern-private-rest-api-alb';
import { RestVpcLinkNlbToAlbStack } from '@pik/pattern-rest-vpclink-nlb-to-alb';
import { RestVpcLinkPerNlbStack } from '@pik/pattern-rest-vpclink-per-nlb';
import { RestVpcLinkSharedNlbStack } from '@pik/pattern-rest-vpclink-shared-nlb';
import { RestVpcLinkV2AlbStack } from '@pik/pattern-rest-vpclinkv2-alb';
import { WebSocketLiveFeedStack } from '@pik/pattern-websocket-live-feed';
import { App, Duration, Validations } from 'aws-cdk-lib/core';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { requestValidationContext, SERVICE_REQUEST_SCHEMAS } from './request-schemas.js';

/**
 * Parses the `pik:stage-throttle` context value (`RATE/BURST`); undefined when the key is absent. The demo
 * uses it so one machine can drive the throttle scenario past the limit; explicit `commonProps` and
 * `stackProps` still win.
 */
export function parseStageThrottleContext(value: unknown): PikPatternStackProps['throttle'] | undefined {
  if (value === undefined || value === null) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+)\s*$/.exec(String(value));
  if (!match) {
    throw new Error(
      `context ${STAGE_THROTTLE_CONTEXT_KEY} must be RATE/BURST (for example 40/20), got '${String(value)}'`,
    );
  }
  return { rateLimit: Number(match[1]), burstLimit: Number(match[2]) };
}

/**
 * Parses the `pik:api-cache` context value (`TTL` seconds or `TTL/SIZE` with the cluster size in GB);
 * undefined when the key is absent. The stack validates the TTL range.
 */
export function parseApiCacheContext(
  value: unknown,
): Pick<PikPatternStackProps, 'cacheTtl' | 'cacheClusterSize'> | undefined {
  if (value === undefined || value === null) return undefined;
  const match = /^\s*(\d+)\s*(?:\/\s*([\d.]+)\s*)?$/.exec(String(value));
  const size = match?.[2];
  if (!match || (size !== undefined && !(API_CACHE_SIZES as readonly string[]).includes(size))) {
    throw new Error(
      `context ${API_CACHE_CONTEXT_KEY} must be TTL or TTL/SIZE (seconds, GB in ${API_CACHE_SIZES.join(', ')}), got '${String(value)}'`,
    );
  }
  return {
    cacheTtl: Duration.seconds(Number(match[1])),
    ...(size ? { cacheClusterSize: size as PikPatternStackProps['cacheClusterSize'] } : {}),
  };
}

/** Reads the `pik:alarm-topic-arn` context value: an SNS topic ARN, or undefined when the key is absent. */
export function alarmTopicContext(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/.test(String(value))) {
    throw new Error(
      `context ${ALARM_TOPIC_CONTEXT_KEY} must be an SNS topic ARN (arn:aws:sns:REGION:ACCOUNT:NAME), got '${String(value)}'`,
    );
  }
  return String(value);
}

/** A hosted zone from the `pik:domain-zone` context value (`ZONE_ID/zone.name`), or undefined when absent. */
export function parseDomainZoneContext(
  value: unknown,
): { readonly hostedZoneId: string; readonly zoneName: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const match = /^\s*(Z[A-Z0-9]{1,31})\s*\/\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)\.?\s*$/i.exec(String(value));
  if (!match?.[1] || !match[2]) {
    throw new Error(
      `context ${DOMAIN_ZONE_CONTEXT_KEY} must be HOSTED_ZONE_ID/zone.name (for example Z0123456789ABCDEFGHIJ/example.com), got '${String(value)}'`,
    );
  }
  return { hostedZoneId: match[1], zoneName: match[2].toLowerCase() };
}

/** `<pattern id>.<zone>` for every pattern with a public API, from the `pik:domain-zone` context. */
function domainFor(id: PatternId, zone: ReturnType<typeof parseDomainZoneContext>): PikPatternStackProps {
  if (!zone || patternById(id).privateApi) return {};
  return { domain: { name: `${id}.${zone.zoneName}`, ...zone } };
}

/**
 * Parses the `pik:auth` context value: `native` (each API's own authorizer, the default) or `lambda` with
 * an optional result cache TTL (`lambda/60`); undefined when the key is absent. The stack validates the TTL.
 */
export function parseAuthContext(
  value: unknown,
): Pick<PikPatternStackProps, 'auth' | 'authorizerCacheTtl'> | undefined {
  if (value === undefined || value === null) return undefined;
  const match = /^\s*(native|lambda)\s*(?:\/\s*(\d+)\s*)?$/.exec(String(value));
  if (!match || (match[1] === 'native' && match[2] !== undefined)) {
    throw new Error(
      `context ${AUTH_CONTEXT_KEY} must be native, lambda or lambda/TTL (seconds), got '${String(value)}'`,
    );
  }
  if (match[1] === 'native') return {};
  return {
    auth: 'lambda',
    ...(match[2] !== undefined ? { authorizerCacheTtl: Duration.seconds(Number(match[2])) } : {}),
  };
}

/** How each pattern's stack is constructed, by id (one stack per pattern; names from @pik/contracts). */
export const STACK_FACTORIES: Record<
  PatternId,
  (scope: Construct, props: PikPatternStackProps) => PikPatternStack
> = {
  'http-vpclink-albs': (scope, props) => new HttpVpcLinkAlbsStack(scope, props),
  'rest-vpclink-per-nlb': (scope, props) => new RestVpcLinkPerNlbStack(scope, props),
  'rest-vpclink-shared-nlb': (scope, props) => new RestVpcLinkSharedNlbStack(scope, props),
  'rest-vpclink-nlb-to-alb': (scope, props) => new RestVpcLinkNlbToAlbStack(scope, props),
  'rest-vpclinkv2-alb': (scope, props) => new RestVpcLinkV2AlbStack(scope, props),
  'http-lambda-baseline': (scope, props) => new HttpLambdaBaselineStack(scope, props),
  'private-rest-api-alb': (scope, props) => new PrivateRestApiAlbStack(scope, props),
  'websocket-live-feed': (scope, props) => new WebSocketLiveFeedStack(scope, props),
  // Writes are always validated at the gateway here: they are answered 202 before any service sees them.
  'edge-buffered-writes': (scope, props) =>
    new EdgeBufferedWritesStack(scope, { ...props, writeSchemas: SERVICE_REQUEST_SCHEMAS }),
};

export interface PikAppOptions {
  /** Cloud assembly directory. @default CDK_OUTDIR, else a temporary directory */
  readonly outdir?: string;
  /** Repository root holding `services/<name>/`. @default found from the package location */
  readonly repoRoot?: string;
  /** Patterns to add. @default all eight */
  readonly patterns?: readonly PatternId[];
  /** Props for every stack, merged under `stackProps[id]`. @default none */
  readonly commonProps?: PikPatternStackProps;
  readonly stackProps?: Partial<Record<PatternId, PikPatternStackProps>>;
  /** Run the cdk-nag AwsSolutions and Serverless packs as CDK validation plugins. @default true */
  readonly nag?: boolean;
}

/** The pik CDK app: one env-agnostic stack per pattern, checked by cdk-nag at synth. */
export function buildPikApp(options: PikAppOptions = {}): {
  app: App;
  stacks: Map<PatternId, PikPatternStack>;
} {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    // Lambda functions carry `aws:asset:path` (their staged code) in the template, also outside the CDK CLI.
    context: { 'aws:cdk:enable-asset-metadata': true },
  });
  const stacks = new Map<PatternId, PikPatternStack>();
  const throttle = parseStageThrottleContext(app.node.tryGetContext(STAGE_THROTTLE_CONTEXT_KEY));
  const cache = parseApiCacheContext(app.node.tryGetContext(API_CACHE_CONTEXT_KEY));
  const auth = parseAuthContext(app.node.tryGetContext(AUTH_CONTEXT_KEY));
  const validate = requestValidationContext(app.node.tryGetContext(REQUEST_VALIDATION_CONTEXT_KEY));
  const alarmTopicArn = alarmTopicContext(app.node.tryGetContext(ALARM_TOPIC_CONTEXT_KEY));
  const domainZone = parseDomainZoneContext(app.node.tryGetContext(DOMAIN_ZONE_CONTEXT_KEY));
  const ids = options.patterns ?? (Object.keys(STACK_FACTORIES) as PatternId[]);
  for (const id of ids) {
    const props: PikPatternStackProps = {
      ...(throttle ? { throttle } : {}),
      ...(cache && patternById(id).api === 'rest' ? cache : {}),
      ...auth,
      ...(validate && patternById(id).api === 'rest' ? { requestSchemas: SERVICE_REQUEST_SCHEMAS } : {}),
      ...(alarmTopicArn ? { alarmTopicArn } : {}),
      ...domainFor(id, domainZone),
      ...options.commonProps,
      ...options.stackProps?.[id],
      ...(options.repoRoot ? { repoRoot: options.repoRoot } : {}),
    };
    stacks.set(id, STACK_FACTORIES[id](app, props));
  }
  if (options.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  }
  return { app, stacks };
}
