import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Response headers that let load tools tell cold from warm responses without reading logs. */
export const RUNTIME_HEADERS = {
  cold: 'x-pik-cold',
  initMs: 'x-pik-init-ms',
  instance: 'x-pik-instance',
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

/** Adds x-pik-cold, x-pik-init-ms and x-pik-instance to every response, errors and 404s included. */
export const runtimeInfoPlugin = fp<RuntimeInfoOptions>(
  async (app: FastifyInstance, options) => {
    const state = options.state ?? processRuntimeState();
    app.addHook('onReady', async () => state.markReady());
    // onSend runs for every reply, including the error handler's and the 404 handler's.
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header(RUNTIME_HEADERS.cold, state.takeCold() ? 'true' : 'false');
      reply.header(RUNTIME_HEADERS.instance, state.instanceId);
      reply.header(RUNTIME_HEADERS.initMs, String(state.initMs ?? Math.round(performance.now())));
      return payload;
    });
  },
  { name: 'pik-runtime-info', fastify: '5.x' },
);
