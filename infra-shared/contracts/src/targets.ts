import { type Static, Type } from 'typebox';
import { Throttle } from './throttle.js';

/**
 * The targets file: what `pik bench` needs to reach each pattern, in either world. The twin writes one
 * (`.pik/targets.json`) when everything is healthy; on AWS it is built from `cdk deploy --outputs-file`.
 */
export const TARGETS_SCHEMA_VERSION = 1;

export const JwtAuth = Type.Object(
  {
    kind: Type.Literal('jwt'),
    /** OAuth2 token endpoint (client-credentials grant). */
    tokenUrl: Type.String(),
    clientId: Type.String(),
    /** Absent on AWS: read it from Cognito (DescribeUserPoolClient) at run time, never written to disk. */
    clientSecret: Type.Optional(Type.String()),
    scope: Type.String(),
  },
  { additionalProperties: false },
);

export const ApiKeyAuth = Type.Object(
  {
    kind: Type.Literal('api-key'),
    header: Type.Literal('x-api-key'),
    /** The key value (twin) or, on AWS, the key id to resolve with GetApiKey at run time. */
    value: Type.Optional(Type.String()),
    apiKeyId: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/**
 * What names a target: the kit's pattern id (see `PATTERN_IDS`) for the kit's stacks, otherwise the
 * CloudFormation stack name of the user's own CDK app (`<stack>.<api logical id>` when one stack has several
 * APIs). The kit's ids are enrichment (a title), not a closed list, so files written for any app validate.
 */
export const PatternIdSchema = Type.String({ minLength: 1, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });

export const TargetService = Type.Object(
  {
    name: Type.String(),
    /** Path below `baseUrl` where this service's routes start, e.g. `/orders`. */
    path: Type.String(),
    compute: Type.Union([Type.Literal('lambda'), Type.Literal('fargate')]),
    /** Lambda function name (AWS) or the twin's function id; for cold-start forcing and log queries. */
    functionName: Type.Optional(Type.String()),
    logGroup: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/** One stage of a pattern's API (REST APIs with several stages), which a benchmark can target by name. */
export const TargetStage = Type.Object(
  {
    name: Type.String(),
    /** The stage's invoke URL, without trailing slash. */
    baseUrl: Type.String(),
    throttle: Type.Optional(Throttle),
    /** Share of the stage's requests its canary serves (0 to 100); absent without a canary. */
    canaryPercent: Type.Optional(Type.Number()),
  },
  { additionalProperties: false },
);

/**
 * Where a buffered write ends up besides its table: the durable copy's bucket (and, on the twin, the local
 * S3 endpoint serving it), the on-failure queue (AWS; the twin lists its messages on the control surface)
 * and the consumer function.
 */
export const WriteBuffer = Type.Object(
  {
    bucketName: Type.String({ minLength: 1 }),
    /**
     * Firehose's prefix for delivered writes, as the template writes it (`writes/!{timestamp:yyyy/MM/dd/HH}/`),
     * so a run lists only the periods since it started. Absent: the whole bucket is read.
     */
    dataPrefix: Type.Optional(Type.String()),
    /** The twin's S3 endpoint; absent on AWS (the Region's endpoint). */
    s3Endpoint: Type.Optional(Type.String()),
    onFailureQueueUrl: Type.Optional(Type.String()),
    consumerFunctionName: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/**
 * A WebSocket API beside the pattern's HTTP or REST API (the live feed): where clients connect and its stage.
 * Clients pass the pattern's JWT as the `token` query parameter (browsers cannot set headers on a handshake).
 */
export const TargetWebSocket = Type.Object(
  {
    /** `wss://<api id>.execute-api.<region>.amazonaws.com/<stage>` (AWS) or `ws://127.0.0.1:<port>/<stage>` (twin). */
    url: Type.String({ pattern: '^wss?://' }),
    stage: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

export const TargetPattern = Type.Object(
  {
    id: PatternIdSchema,
    title: Type.String(),
    api: Type.Union([Type.Literal('http'), Type.Literal('rest')]),
    /** Invoke URL including the stage path where the stage appears in URLs (REST), without trailing slash. */
    baseUrl: Type.String(),
    stage: Type.String(),
    /**
     * Headers every request must carry besides its credentials, e.g. the `Host` of a private API's custom
     * domain when `baseUrl` is the public ALB in front of its execute-api endpoint. Absent when none.
     */
    headers: Type.Optional(Type.Record(Type.String(), Type.String())),
    /** Every credential a request needs, in the order they are applied. Empty when the API is open. */
    auth: Type.Array(Type.Union([JwtAuth, ApiKeyAuth])),
    services: Type.Array(TargetService),
    /**
     * Stage-level throttle the template configures (requests per second and bucket size); absent when the
     * template sets none. Files written before it became optional carry `{0, 0}` for "none".
     */
    throttle: Type.Optional(Throttle),
    /**
     * CloudWatch `LoadBalancer` dimension values (`app/<name>/<id>`) of the pattern's ALBs, from the stack
     * outputs, so a run can fetch their TargetResponseTime. AWS only; absent where the pattern has no ALB.
     */
    albDimensions: Type.Optional(Type.Array(Type.String())),
    /** Every stage of the API when it has more than one (`baseUrl` / `stage` are the first). */
    stages: Type.Optional(Type.Array(TargetStage)),
    /** The twin's control surface for this pattern (force cold starts, stop/start targets). Twin only. */
    controlUrl: Type.Optional(Type.String()),
    /**
     * Where load generators must run to reach a target that only answers inside its VPC (a private API
     * called through its execute-api endpoint, an internal load balancer): subnets and security groups
     * for distributed workers such as `artillery run-lambda`. Absent for targets reachable from anywhere.
     */
    privateNetwork: Type.Optional(
      Type.Object(
        {
          subnetIds: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
          securityGroupIds: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
    ),
    /**
     * Routes whose integration streams its answer (REST `ResponseTransferMode: STREAM`), as `GET /orders/export`
     * (path below `baseUrl`). Twin: from the template; absent when the file does not say (AWS targets files).
     */
    streamedRoutes: Type.Optional(Type.Array(Type.String())),
    /**
     * A pattern behind a CDN (`edge-buffered-writes`): `baseUrl` is the distribution, so requests take the
     * edge as a user's do, and this is the regional API behind it (on AWS it answers the CDN only).
     */
    originUrl: Type.Optional(Type.String()),
    /** A pattern that buffers writes (`bufferedWrites`): where to count what became of them. */
    writeBuffer: Type.Optional(WriteBuffer),
    /** The stack's WebSocket API, when it has one (the live feed, pattern 8); the `ws-*` scenarios use it. */
    webSocket: Type.Optional(TargetWebSocket),
  },
  { additionalProperties: false },
);

export const TargetsFile = Type.Object(
  {
    schemaVersion: Type.Literal(TARGETS_SCHEMA_VERSION),
    /** `local-twin`, or `aws:<region>`. Results inherit this label; local figures are never AWS figures. */
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a TypeBox template-literal pattern, not a JS template.
    world: Type.Union([Type.Literal('local-twin'), Type.TemplateLiteral('aws:${string}')]),
    createdAt: Type.String(),
    patterns: Type.Array(TargetPattern),
  },
  { additionalProperties: false },
);

export type JwtAuth = Static<typeof JwtAuth>;
export type ApiKeyAuth = Static<typeof ApiKeyAuth>;
export type TargetService = Static<typeof TargetService>;
export type TargetPattern = Static<typeof TargetPattern>;
export type TargetStage = Static<typeof TargetStage>;
export type WriteBuffer = Static<typeof WriteBuffer>;
export type TargetWebSocket = Static<typeof TargetWebSocket>;

/**
 * The pattern as a benchmark of one of its stages sees it: that stage's URL, name and throttle. Throws,
 * naming the stages there are, when the pattern has no such stage.
 */
export function targetAtStage(pattern: TargetPattern, stage: string): TargetPattern {
  if (stage === pattern.stage) return pattern;
  const found = pattern.stages?.find((s) => s.name === stage);
  if (!found) {
    const names = (pattern.stages ?? []).map((s) => s.name).join(', ') || pattern.stage;
    throw new Error(`--stage: ${pattern.id} has no stage '${stage}' (stages: ${names})`);
  }
  const { throttle: _throttle, ...rest } = pattern;
  return {
    ...rest,
    baseUrl: found.baseUrl,
    stage: found.name,
    ...(found.throttle ? { throttle: found.throttle } : {}),
  };
}
export type TargetsFile = Static<typeof TargetsFile>;
