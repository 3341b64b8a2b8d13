import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent } from 'undici';
import { localAwarePool } from '../http-forwarder.js';
import { closeServer, listen } from '../http-util.js';
import type { InvokeLambda } from '../lambda-invoke.js';
import { listenLocalSocket } from '../local-sockets.js';
import { appendTrace, incomingTrace } from '../trace.js';
import { forwardToIp } from './alb-forward-ip.js';
import { forwardToLambda } from './alb-forward-lambda.js';
import { listenerRules } from './alb-rules.js';
import { AlbTargets } from './alb-targets.js';
import { sendElbError, sendFixedResponse } from './elb-responses.js';
import type { AlbConfig, AlbDeps, AlbListenerConfig, RunningAlb } from './types.js';

/**
 * Application Load Balancer: an HTTP server per listener on 127.0.0.1. Each request goes through the
 * listener's rules (`alb-rules.ts`), then its action: `fixed-response`, or `forward` to a target group
 * (`alb-targets.ts`: weighted group choice, round robin over routable targets, health checks), proxied to an
 * `ip` / `instance` target (`alb-forward-ip.ts`) or invoked as a `lambda` target (`alb-forward-lambda.ts`).
 *
 * Error answers are ELB's own HTML pages (`elb-responses.ts`): 502 when the target refuses, resets or
 * answers something malformed (Lambda: error, bad shape, > 1 MB), 503 when the target group has no routable
 * target, 504 when the target does not answer within `targetTimeoutMs`.
 *
 * Trace: `x-pik-trace` = incoming trace > `alb` > the target's segment (`traceSegment`, default
 * `ip:<port>` / `lambda:<functionId>`); sent to the target and returned to the caller.
 */
export async function createAlb(config: AlbConfig, deps: AlbDeps = {}): Promise<RunningAlb> {
  const host = config.host ?? '127.0.0.1';
  const targets = new AlbTargets(config, deps.invoke !== undefined);
  // undici client to the targets (see http-forwarder.ts for why not node:http).
  const agent = new Agent({ connections: 256, keepAliveTimeout: 4_000, factory: localAwarePool });
  const route = (listener: AlbListenerConfig, portRef: { port: number }) =>
    listenerHandler(listener, portRef, { config, targets, agent, invoke: deps.invoke });

  const servers: Server[] = [];
  const localClosers: (() => Promise<void>)[] = [];
  const listeners: { port: number; templatePort?: number }[] = [];
  try {
    for (const listener of config.listeners) {
      const portRef = { port: 0 };
      const handler = route(listener, portRef);
      const server = createServer({ keepAliveTimeout: 60_000 }, handler);
      servers.push(server);
      portRef.port = await listen(server, host, listener.port ?? 0);
      listeners.push({ port: portRef.port, templatePort: listener.templatePort });
      // The same listener on a Unix socket, for the twin's own callers (see local-sockets.ts).
      if (host === '127.0.0.1') {
        localClosers.push(
          await listenLocalSocket(createServer({ keepAliveTimeout: 60_000 }, handler), portRef.port),
        );
      }
    }
  } catch (error) {
    await Promise.all(localClosers.map((close) => close()));
    await Promise.all(servers.filter((s) => s.listening).map((s) => closeServer(s)));
    throw error;
  }
  for (const g of targets.all) g.health.start();

  return {
    listeners,
    health: (name) => targets.find(name)?.health.health() ?? [],
    ready: () => Promise.all(targets.all.map((g) => g.health.settled())).then(() => undefined),
    close: async () => {
      for (const g of targets.all) g.health.stop();
      await Promise.all([...servers.map((s) => closeServer(s)), ...localClosers.map((close) => close())]);
      await agent.close();
    },
  };
}

interface AlbParts {
  readonly config: AlbConfig;
  readonly targets: AlbTargets;
  readonly agent: Agent;
  readonly invoke: InvokeLambda | undefined;
}

/** One listener's request handler: rule evaluation, then the action's answer or the chosen target's. */
function listenerHandler(listener: AlbListenerConfig, portRef: { port: number }, alb: AlbParts) {
  const rules = listenerRules(listener);
  const segment = alb.config.traceSegment ?? 'alb';
  const targetTimeoutMs = alb.config.targetTimeoutMs ?? 60_000;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const action = rules.route(req);
    const before = appendTrace(incomingTrace(req.headers), segment);
    if (action.type === 'fixed-response') {
      sendFixedResponse(res, action, before);
      return;
    }
    const group = alb.targets.chooseGroup(action);
    const target = alb.targets.pickTarget(group);
    if (!target) {
      sendElbError(res, 503, before);
      return;
    }
    if (group.config.targetType === 'lambda') {
      const trace = appendTrace(before, target.traceSegment ?? `lambda:${target.functionId}`);
      forwardToLambda(alb.invoke as InvokeLambda, req, res, group, target, trace).catch(() =>
        sendElbError(res, 502, trace),
      );
      return;
    }
    const trace = appendTrace(before, target.traceSegment ?? `ip:${target.port}`);
    forwardToIp(
      alb.agent,
      { req, res, target, trace, listenerPort: listener.templatePort ?? portRef.port },
      targetTimeoutMs,
    );
  };
}
