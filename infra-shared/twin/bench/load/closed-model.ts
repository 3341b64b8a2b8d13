/**
 * Closed-model maximum throughput with autocannon (a fixed number of connections, each sending its next
 * request as soon as the previous answer arrives), run as its own process.
 */
import autocannon from 'autocannon';
import type { ClosedModelPlan, ClosedModelResult } from './protocol.js';

export async function runClosedModel(plan: ClosedModelPlan): Promise<Omit<ClosedModelResult, 'cpuSeconds'>> {
  const t = plan.target;
  const result = await autocannon({
    // autocannon spreads connections over several URLs (its typings only name one).
    url: t.origins.map((o) => `${o}${t.path}`) as unknown as string,
    headers: { ...t.headers },
    connections: plan.connections,
    duration: plan.durationSeconds,
    pipelining: 1,
  });
  return {
    kind: 'closed',
    name: t.name,
    // Only successful answers count as throughput.
    requestsPerSecond: result['2xx'] / plan.durationSeconds,
    requests: result.requests.total,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
    ),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}
