import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayErrorKind } from './gateway-responses.js';
import type { CompiledRoute } from './route-table.js';
import type { GatewayRequest, IntegrationResponse } from './types.js';
import type { ApiKeyGrant } from './usage-plans.js';

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/**
 * One request on its way through the gateway. The stages read what earlier stages found and add their own
 * finding: route match sets `path`, `route` and `pathParameters`, the authorizer `authorizer`, the API-key
 * stage `grant`, the integration `result`. A class with every field set in the constructor, so each request
 * has the same shape and costs one allocation.
 */
export class GatewayContext {
  readonly method: string;
  /** Path as received, stage prefix included (what an HTTP API private integration forwards). */
  readonly rawPath: string;
  /** Query string without `?` ('' when none). */
  readonly rawQueryString: string;
  /** Epoch ms when the gateway received the request. */
  readonly requestTimeEpoch: number = Date.now();
  /** Path with the stage prefix removed; set by route match. */
  path: string;
  route: CompiledRoute | undefined = undefined;
  pathParameters: Readonly<Record<string, string>> = EMPTY;
  authorizer: GatewayRequest['authorizer'] = undefined;
  /** The accepted API key's plan, buckets and quota (routes that require a key). */
  grant: ApiKeyGrant | undefined = undefined;
  result: IntegrationResponse | undefined = undefined;
  /** The request body once a stage read it (request validation); the integration reads it otherwise. */
  body: Buffer | undefined = undefined;
  /** Private API: the execute-api endpoint the request came through. */
  sourceVpce: string | undefined = undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    /** Same value the client sees in `x-amzn-RequestId` / `apigw-requestid`. */
    readonly requestId: string,
    /** Incoming trace plus the gateway's own segment (the cache stage appends `cache:hit` / `cache:miss`). */
    public trace: string,
  ) {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    this.rawPath = q < 0 ? url : url.slice(0, q);
    this.rawQueryString = q < 0 ? '' : url.slice(q + 1);
    this.path = this.rawPath;
    this.method = req.method ?? 'GET';
  }
}

/** Why a stage stopped a request: the gateway answers with its own response for `error`. */
export interface Refusal {
  readonly error: GatewayErrorKind;
  /** Extra response headers as name, value pairs (e.g. `www-authenticate`). */
  readonly headers?: readonly string[];
  /** `$context.error.message` when it differs from the kind's default (e.g. the missing parameters). */
  readonly message?: string;
  /** `$context.error.validationErrorString` (request validation). */
  readonly validationErrors?: string;
}

export type StageResult = Refusal | undefined;

/**
 * One step of the request path (route match, payload limit, authorizer, API key, throttle, integration,
 * response). `run` returns `undefined` to go on, or a refusal; only stages that must wait (authorizer,
 * integration) return a promise, so synchronous stages cost no microtask.
 */
export interface GatewayStage {
  readonly name: string;
  run(context: GatewayContext): StageResult | Promise<StageResult>;
}

/** A stage that never waits (route match, payload limit, API key, throttle, response). */
export interface SyncGatewayStage extends GatewayStage {
  run(context: GatewayContext): StageResult;
}

const REFUSALS = new Map<GatewayErrorKind, Refusal>();

/** The refusal for an error without extra headers (one shared object per kind, nothing allocated). */
export function refusal(error: GatewayErrorKind): Refusal {
  let found = REFUSALS.get(error);
  if (!found) {
    found = Object.freeze({ error });
    REFUSALS.set(error, found);
  }
  return found;
}

/** Runs `stages` in order until one refuses; resolves that refusal, or `undefined` when all went on. */
export async function runStages(
  stages: readonly GatewayStage[],
  context: GatewayContext,
): Promise<StageResult> {
  for (const stage of stages) {
    let result = stage.run(context);
    if (result instanceof Promise) result = await result;
    if (result !== undefined) return result;
  }
  return undefined;
}
