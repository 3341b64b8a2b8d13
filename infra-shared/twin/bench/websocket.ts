/**
 * `npm run bench:websocket`: how many concurrent connections the twin's WebSocket gateway holds on this
 * machine and what each costs it in memory, and how long a fan-out through its `@connections` endpoint
 * takes to reach 1,000 subscribers. The gateway runs in this process with in-process functions behind
 * `$connect` and `$disconnect` (answering 200: the gateway is what is measured, not Lambda); the clients run
 * in a child process. Baseline: the same process's memory before the connections, measured in the same run.
 * Goal (issue 14): at least 2,000 concurrent connections.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { QUOTAS } from '@pik/limits';
import { createWebSocketGateway, type WebSocketApiSpec } from '@pik/twin';

const CONNECTIONS = Number(process.env.PIK_BENCH_WS_CONNECTIONS ?? 2000);
const SUBSCRIBERS = Number(process.env.PIK_BENCH_WS_SUBSCRIBERS ?? 1000);
const CONCURRENCY = 16; // the fan-out function's posts in flight (patterns/websocket-live-feed)
const GOAL_CONNECTIONS = 2000;

const api: WebSocketApiSpec = {
  id: 'BenchApi',
  name: 'bench',
  selectionField: 'action',
  stage: { id: 'Stage', name: 'live' },
  routes: [
    { id: 'C', routeKey: '$connect', functionId: 'ok', returnsResponse: false },
    { id: 'D', routeKey: '$disconnect', functionId: 'ok', returnsResponse: false },
  ],
  authorizers: [],
};
const connected: string[] = [];
const gateway = await createWebSocketGateway(
  {
    api,
    domainName: 'benchapi.execute-api.127.0.0.1',
    limits: {
      frameBytes: QUOTAS.websocketFrameBytes.value,
      messageBytes: QUOTAS.websocketMessageBytes.value,
      idleTimeoutMs: 600_000,
      maxDurationMs: 7_200_000,
    },
    newConnections: { rateLimit: 1_000_000, burstLimit: 1_000_000 },
  },
  {
    invoke: async (_fn, event) => {
      const context = (event as { requestContext: { eventType: string; connectionId: string } })
        .requestContext;
      if (context.eventType === 'CONNECT') connected.push(context.connectionId);
      return { payload: { statusCode: 200 } };
    },
  },
);

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers };
};
const before = await settle();
const clients = fork(fileURLToPath(new URL('./websocket-clients.js', import.meta.url)), [
  gateway.url,
  String(CONNECTIONS),
]);
const next = <T>(type: string) =>
  new Promise<T>((resolve) => {
    const on = (m: { type: string } & T) => {
      if (m.type !== type) return;
      clients.off('message', on);
      resolve(m);
    };
    clients.on('message', on);
  });
const openStarted = performance.now();
const opened = await next<{ open: number; failed: number }>('open');
const openSeconds = (performance.now() - openStarted) / 1000;
const after = await settle();
const perConnection = (bytes: number) => (bytes / Math.max(1, gateway.connectionCount()) / 1024).toFixed(1);

// Fan-out: one POST per subscriber through the management endpoint, CONCURRENCY in flight, as the feed's
// fan-out function posts; each message carries the time it was sent.
const targets = connected.slice(0, SUBSCRIBERS);
const fanOutStarted = performance.now();
let nextTarget = 0;
let refused = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (nextTarget < targets.length) {
      const id = targets[nextTarget++] as string;
      const response = await fetch(`${gateway.managementUrl}/@connections/${encodeURIComponent(id)}`, {
        method: 'POST',
        body: JSON.stringify({ sentAt: performance.timeOrigin + performance.now() }),
      });
      if (response.status !== 200) refused++;
      await response.arrayBuffer();
    }
  }),
);
const postSeconds = (performance.now() - fanOutStarted) / 1000;
await new Promise((r) => setTimeout(r, 500));
clients.send({ type: 'stats' });
const { latencies } = await next<{ latencies: number[] }>('stats');
const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) =>
  (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN).toFixed(1);

console.log(
  `bench:websocket (twin WebSocket gateway, ${process.arch}, ${(await import('node:os')).cpus().length} cores)`,
);
console.log(
  `connections: ${gateway.connectionCount()} open of ${CONNECTIONS} asked (${opened.failed} failed) in ${openSeconds.toFixed(1)} s; goal >= ${GOAL_CONNECTIONS}: ${gateway.connectionCount() >= GOAL_CONNECTIONS ? 'met' : 'NOT met'}`,
);
console.log(
  `gateway memory per connection: ${perConnection(after.heap - before.heap)} KB JS heap+buffers, ${perConnection(after.rss - before.rss)} KB RSS ` +
    `(baseline before connecting: heap ${(before.heap / 2 ** 20).toFixed(1)} MB, RSS ${(before.rss / 2 ** 20).toFixed(1)} MB)`,
);
console.log(
  `fan-out to ${targets.length} subscribers via @connections (${CONCURRENCY} posts in flight): posted in ${(postSeconds * 1000).toFixed(0)} ms, ` +
    `${latencies.length} delivered, ${targets.length - latencies.length} lost, ${refused} refused; ` +
    `delivery latency p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`,
);
clients.send({ type: 'close' });
await gateway.close();
process.exit(gateway.connectionCount() >= GOAL_CONNECTIONS || CONNECTIONS < GOAL_CONNECTIONS ? 0 : 1);
