import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { PIK_HEADERS } from '@pik/contracts/headers';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Response headers that let load tools tell cold from warm responses without reading logs. Names from the
 * dependency-free `@pik/contracts/headers`, so the Lambda bundle gains nothing else.
 */
export const RUNTIME_HEADERS = {
  cold: PIK_HEADERS.cold,
  initMs: PIK_HEADERS.initMs,
  instance: PIK_HEADERS.instance,
} as const;

/** Per-process facts. One shared instance per process; tests may pass their own. */
export class RuntimeState {
  /** Identifies this process (or Lambda execution environment) across its responses. */
  readonly instanceId: string;
  /** Milliseconds from process start until the first app became ready; undefined before that. */
  initMs: number | undefined;
  private served = false;

  constructor(instanceId = `${process.pid}-${randomUUID().slice(0, 8)}`) {
    this.instanceId = instanceId;
  }

  /** True exactly once: for the first request this process serves. */
  takeCold(): boolean {
    if (this.served) return false;
    this.served = true;
    return true;
  }

  markReady(): void {
    if (this.initMs === undefined) this.initMs = Math.round(performance.now());
  }
}

const processStateKey = Symbol.for('pik.runtime-state');

/** The process-wide state: shared by every app in the process, whichever bundle loaded this module. */
export function processRuntimeState(): RuntimeState {
  const holder = globalThis as unknown as Record<symbol, RuntimeState | undefined>;
  let state = holder[processStateKey];
  if (!state) {
    state = new RuntimeState();
    holder[processStateKey] = state;
  }
  return state;
}

export interface RuntimeInfoOptions {
  readonly state?: RuntimeState;
}

/**
 * Writes x-pik-cold, x-pik-init-ms and x-pik-instance onto a reply. A plain function (no promise per
 * response) with the instance header built once; used by the onSend hook below and by the router's own
 * error replies, which Fastify sends without running hooks.
 */
export function runtimeHeaderWriter(
  state: RuntimeState = processRuntimeState(),
): (reply: FastifyReply) => void {
  const instance = state.instanceId;
  let initMs: string | undefined;
  return (reply) => {
    initMs ??= state.initMs === undefined ? undefined : String(state.initMs);
    reply.header(RUNTIME_HEADERS.cold, state.takeCold() ? 'true' : 'false');
    reply.header(RUNTIME_HEADERS.instance, instance);
    reply.header(RUNTIME_HEADERS.initMs, initMs ?? String(Math.round(performance.now())));
  };
}

/** Adds the runtime headers to every response, errors and 404s included, through an onSend hook. */
export function addRuntimeHeaders(app: FastifyInstance, state: RuntimeState = processRuntimeState()): void {
  app.addHook('onReady', async () => state.markReady());
  const write = runtimeHeaderWriter(state);
  app.addHook('onSend', (_request, reply, payload, done) => {
    write(reply);
    done(null, payload);
  });
}

/** {@link addRuntimeHeaders} as a plugin (not encapsulated), for apps that compose plugins. */
export const runtimeInfoPlugin = fp<RuntimeInfoOptions>(
  async (app: FastifyInstance, options) => addRuntimeHeaders(app, options.state),
  { name: 'pik-runtime-info', fastify: '5.x' },
);
