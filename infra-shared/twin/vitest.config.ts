import { defineConfig } from 'vitest/config';

/**
 * Files whose assertions depend on time (throttling, timeouts, idle limits, cold starts, latency, first
 * byte): they run one at a time, after the others, so nothing competes with them for the CPU.
 */
const TIMED = [
  'test/apps/private-rest-lambda-stages.test.ts',
  'test/apps/rest-stages.test.ts',
  'test/apps/websocket-live-feed.test.ts',
  'test/bench/bench-authorizers.test.ts',
  'test/bench/bench-twin.test.ts',
  'test/cli.test.ts',
  'test/dataplane/alb.test.ts',
  'test/dataplane/api-gateway.test.ts',
  'test/dataplane/authorizers.test.ts',
  'test/dataplane/aws-services/aws-integration.test.ts',
  'test/dataplane/failover.test.ts',
  'test/dataplane/gateway-throttling.test.ts',
  'test/dataplane/gateway/stages/integration.test.ts',
  'test/dataplane/gateway/stages/mapped-integration.test.ts',
  'test/dataplane/lambda-stream-proxy.test.ts',
  'test/dataplane/lb/alb-targets.test.ts',
  'test/dataplane/response-streaming.test.ts',
  'test/dataplane/token-bucket.test.ts',
  'test/dataplane/websocket/gateway.test.ts',
  'test/e2e/edge-buffered-writes.test.ts',
  'test/orchestrator/configs/gateway.test.ts',
  'test/orchestrator/configs/load-balancers.test.ts',
  'test/orchestrator/integrations.test.ts',
  'test/orchestrator/twin-up.test.ts',
  'test/runtime/cold-start-reset.test.ts',
  'test/runtime/lambda-code.test.ts',
  'test/runtime/lambda-node.test.ts',
  'test/runtime/lambda-runtime.test.ts',
  'test/template/topology.test.ts',
];

/** Settings both groups share: twin tests start real processes and servers. */
const shared = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        // The files that assert behaviour, not time, two at a time (the machine's two cores).
        test: {
          ...shared,
          name: 'untimed',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...TIMED],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'timed',
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
