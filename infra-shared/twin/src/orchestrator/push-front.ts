/**
 * A stack's WebSocket API and its EventBridge rules in the twin (the live feed): ports are chosen before
 * the functions start, so their environment can name them: every function reaches the twin's bus through
 * `AWS_ENDPOINT_URL_EVENTBRIDGE`, and an environment value naming the WebSocket stage's `@connections`
 * URL (`https://<api>.execute-api.<region>.amazonaws.com/<stage>`) is pointed at the twin's gateway.
 */
import { QUOTAS } from '@pik/limits';
import { createEventBus, type RunningEventBus } from '../dataplane/events/event-bus.js';
import type { InvokeLambda } from '../dataplane/lambda-invoke.js';
import { createWebSocketGateway } from '../dataplane/websocket/gateway.js';
import type { RunningWebSocketGateway, WebSocketLimits } from '../dataplane/websocket/types.js';
import type { LogSink } from '../runtime/logs.js';
import { freePorts } from '../runtime/ports.js';
import type { LambdaFunctionSpec, PatternTopology } from '../template/topology.js';

/** Idle timeout and maximum duration of a twin connection are AWS's times this factor. @default 0.1 */
export const DEFAULT_WEBSOCKET_TIME_SCALE = 0.1;

export function webSocketLimits(timeScale: number): WebSocketLimits {
  return {
    frameBytes: QUOTAS.websocketFrameBytes.value,
    messageBytes: QUOTAS.websocketMessageBytes.value,
    idleTimeoutMs: QUOTAS.websocketIdleTimeoutSeconds.value * 1000 * timeScale,
    maxDurationMs: QUOTAS.websocketConnectionDurationSeconds.value * 1000 * timeScale,
  };
}

export interface PushFront {
  readonly webSocket?: RunningWebSocketGateway;
  readonly eventBus?: RunningEventBus;
  close(): Promise<void>;
}

export interface PreparedPushFront {
  /** The functions with their environment pointed at the twin's bus and gateway. */
  readonly functions: readonly LambdaFunctionSpec[];
  start(invoke: InvokeLambda, logs?: LogSink): Promise<PushFront>;
}

const MANAGEMENT_URL = (stage: string) => new RegExp(`^https://[^/]+\\.execute-api\\.[^/]+/${stage}$`);

export async function preparePushFront(
  topology: PatternTopology,
  functions: readonly LambdaFunctionSpec[],
  timeScale: number,
): Promise<PreparedPushFront> {
  const api = topology.webSocketApi;
  const rules = topology.eventRules ?? [];
  if (!api && rules.length === 0) {
    return { functions, start: async () => ({ close: async () => {} }) };
  }
  const [wsPort = 0, busPort = 0] = await freePorts(2);
  const managementUrl = `http://127.0.0.1:${wsPort}/${api?.stage.name ?? ''}`;
  const isManagementUrl = api ? MANAGEMENT_URL(api.stage.name) : undefined;
  const pointed = functions.map((f) => ({
    ...f,
    environment: {
      ...Object.fromEntries(
        Object.entries(f.environment).map(([k, v]) => [k, isManagementUrl?.test(v) ? managementUrl : v]),
      ),
      ...(rules.length > 0 ? { AWS_ENDPOINT_URL_EVENTBRIDGE: `http://127.0.0.1:${busPort}` } : {}),
    },
  }));
  return {
    functions: pointed,
    start: async (invoke, logs) => {
      const log = (source: string) => logs && ((line: string) => logs.write(source, line));
      const eventBus =
        rules.length > 0
          ? await createEventBus(rules, { invoke, port: busPort, log: log('events') })
          : undefined;
      const webSocket = api
        ? await createWebSocketGateway(
            {
              api,
              domainName: `${api.id.toLowerCase()}.execute-api.127.0.0.1`,
              limits: webSocketLimits(timeScale),
              newConnections: {
                rateLimit: QUOTAS.websocketNewConnectionsPerSecond.value,
                burstLimit: QUOTAS.websocketNewConnectionsPerSecond.value,
              },
            },
            { invoke, port: wsPort, log: log(`websocket:${api.id}`) },
          )
        : undefined;
      return {
        ...(webSocket ? { webSocket } : {}),
        ...(eventBus ? { eventBus } : {}),
        close: async () => {
          await webSocket?.close();
          await eventBus?.close();
        },
      };
    },
  };
}
