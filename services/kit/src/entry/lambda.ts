import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import awsLambdaFastify from '@fastify/aws-lambda';
import type { Context } from 'aws-lambda';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ServiceAppOptions } from '../app.js';
import type { ServiceDescriptor } from '../catalogue.js';
import { connectDataStore } from '../dynamo/connect.js';
import { type StreamingLambdaHandler, streamingLambdaHandler } from './lambda-stream.js';

type LambdaEvent = Record<string, unknown> & {
  version?: string;
  rawPath?: string;
  requestContext?: { stage?: string; http?: unknown };
};

/**
 * HTTP API (payload 2.0) puts a named stage in `rawPath` (`/prod/orders`); routes are exact, so the stage
 * segment is removed here. REST (1.0) events carry the resource path in `path` already, and
 * @fastify/aws-lambda removes a stage prefix from it when present (retainStage: false).
 */
export function withoutHttpApiStage<T extends LambdaEvent>(event: T): T {
  const stage = event.requestContext?.stage;
  const rawPath = event.rawPath;
  if (event.version !== '2.0' || !stage || stage === '$default' || typeof rawPath !== 'string') return event;
  if (rawPath === `/${stage}`) return { ...event, rawPath: '/' };
  if (!rawPath.startsWith(`/${stage}/`)) return event;
  return { ...event, rawPath: rawPath.slice(stage.length + 1) };
}

type QueryMap = Record<string, string | string[] | undefined>;

/** Text that survives one `decodeURIComponent` unchanged in meaning: a malformed escape is escaped itself. */
function decodable(text: string): string {
  try {
    decodeURIComponent(text);
    return text;
  } catch {
    return encodeURIComponent(text);
  }
}

function decodableQuery(query: unknown): QueryMap | undefined {
  if (!query || typeof query !== 'object') return undefined;
  const out: QueryMap = {};
  for (const [key, value] of Object.entries(query as QueryMap)) {
    out[decodable(key)] = Array.isArray(value)
      ? value.map(decodable)
      : value === undefined
        ? value
        : decodable(value);
  }
  return out;
}

/**
 * ALB events carry the query as sent (still percent-encoded), and @fastify/aws-lambda decodes every key
 * and value with `decodeURIComponent`, which throws on a malformed escape (`?q=%ZZ`): the invocation
 * would fail and the load balancer answer 502. Such text is escaped first, so the service receives it
 * as the literal string a server would, and its schema answers.
 */
export function withDecodableAlbQuery<T extends LambdaEvent>(event: T): T {
  const context = event.requestContext as { elb?: unknown } | undefined;
  if (!context?.elb) return event;
  const single = decodableQuery(event.queryStringParameters);
  const multi = decodableQuery(event.multiValueQueryStringParameters);
  return {
    ...event,
    ...(single ? { queryStringParameters: single } : {}),
    ...(multi ? { multiValueQueryStringParameters: multi } : {}),
  };
}

/** Fastify's logger interface on top of the Powertools logger (structured JSON to CloudWatch). */
function fastifyLoggerOver(logger: Logger): FastifyBaseLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error' | 'critical') => (first: unknown, second?: unknown) => {
      if (typeof first === 'string') logger[level](first);
      else logger[level](typeof second === 'string' ? second : level, { details: first as object });
    };
  const adapter = {
    level: 'info',
    trace: () => {},
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    fatal: write('critical'),
    silent: () => {},
    child: () => adapter,
  };
  return adapter as unknown as FastifyBaseLogger;
}

export type LambdaHandler = (event: LambdaEvent, context: Context) => Promise<unknown>;

/** What both handlers of a service share: one app, its logger and metrics, readied during init. */
interface LambdaApp {
  readonly app: FastifyInstance;
  /** Wraps one invocation with the logger context and the metrics every event emits. */
  observe<T>(context: Context, run: () => Promise<T>): Promise<T>;
}

async function lambdaApp(
  service: ServiceDescriptor,
  buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>,
): Promise<LambdaApp> {
  const logger = new Logger({ serviceName: service.name });
  const metrics = new Metrics({ namespace: 'pik', serviceName: service.name });
  const store = await connectDataStore(service.name, process.env, {
    allowEmbedded: false,
    createTable: false,
  });
  const app = await buildApp({
    store,
    loggerInstance: fastifyLoggerOver(logger),
    disableRequestLogging: true,
  });
  return {
    app,
    async observe(context, run) {
      logger.addContext(context);
      metrics.captureColdStartMetric(context.functionName);
      metrics.addMetric('Request', MetricUnit.Count, 1);
      try {
        return await run();
      } finally {
        metrics.publishStoredMetrics();
      }
    },
  };
}

/** @fastify/aws-lambda options shared by the buffered and the streaming proxy. */
export const PROXY_OPTIONS = {
  decorateRequest: false,
  serializeLambdaArguments: false,
  retainStage: false,
  // HTTP API joins a repeated parameter's values with commas; splitting them back makes the library
  // decode the already decoded key a second time, which throws on a key holding `%` (`?a%25b=1&a%25b=2`)
  // and failed the invocation (a 500 from the gateway). No parameter of this API takes a list.
  parseCommaSeparatedQueryParams: false,
  callbackWaitsForEmptyEventLoop: false,
} as const;

/** The event as the app's routes expect it (HTTP API stage removed, ALB query text decodable). */
export function routableEvent<T extends LambdaEvent>(event: T): T {
  return withDecodableAlbQuery(withoutHttpApiStage(event));
}

export interface LambdaHandlers {
  /** Buffered answers (ALB targets, HTTP API and REST Lambda proxy integrations): `index.handler`. */
  readonly handler: LambdaHandler;
  /**
   * Response streaming (InvokeWithResponseStream, REST `AWS_PROXY` with `ResponseTransferMode: STREAM`):
   * `index.streamingHandler`. Same app, same routes.
   */
  readonly streamingHandler: StreamingLambdaHandler;
}

/**
 * Builds the app once and readies it during Lambda init (call with top-level await at module scope), then
 * answers ALB, REST (1.0) and HTTP API (2.0) events through @fastify/aws-lambda, buffered (`handler`) and
 * streamed (`streamingHandler`). Logs with Powertools; emits the ColdStart metric once per execution
 * environment and a Request metric per event.
 */
export async function createLambdaHandlers(
  service: ServiceDescriptor,
  buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>,
): Promise<LambdaHandlers> {
  const shared = await lambdaApp(service, buildApp);
  const proxy = awsLambdaFastify(shared.app, PROXY_OPTIONS);
  const streamingProxy = awsLambdaFastify(shared.app, { ...PROXY_OPTIONS, payloadAsStream: true });
  const streamingHandler = streamingLambdaHandler((event, context) =>
    shared.observe(context, () => streamingProxy(routableEvent(event), context)),
  );
  await shared.app.ready();
  const handler: LambdaHandler = (event, context) =>
    shared.observe(context, () => proxy(routableEvent(event), context));
  return { handler, streamingHandler };
}

/** {@link createLambdaHandlers}' buffered handler alone. */
export async function createLambdaHandler(
  service: ServiceDescriptor,
  buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>,
): Promise<LambdaHandler> {
  return (await createLambdaHandlers(service, buildApp)).handler;
}
