import type { TargetPattern, TargetService } from '@pik/contracts';

/**
 * The twin's control surface, as the benchmarks use it: force every Lambda execution environment of a
 * pattern to be discarded so the next requests start cold, empty a pattern's API cache, and kill one
 * target of a service for the failover scenario (and bring it back).
 */
export async function forceTwinColdStart(
  pattern: TargetPattern,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  await failUnlessOk(await postControl(pattern, 'cold-start', 'force cold starts', fetchImpl));
}

/**
 * Empties the pattern's API cache so a run starts with every key missing; false when the pattern has no
 * cache (the control surface answers 404).
 */
export async function flushTwinCache(
  pattern: TargetPattern,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  const posted = await postControl(pattern, 'cache/flush', 'flush its cache', fetchImpl);
  if (posted.response.status === 404) return false;
  await failUnlessOk(posted);
  return true;
}

/** What a failover kill did, for the record: `replica 1 of 2 killed`, `reserved concurrency 0`. */
export interface KilledTarget {
  readonly description: string;
  /** Targets the service had before the kill (replicas, running tasks); null for a Lambda function. */
  readonly targetsBefore: number | null;
}

/**
 * Kills one target of `service`: its first container replica (SIGKILL, a crash), or for a Lambda service
 * a reserved concurrency of 0, which throttles every invocation as Lambda does.
 */
export async function killTwinTarget(
  pattern: TargetPattern,
  service: TargetService,
  fetchImpl: typeof fetch = fetch,
): Promise<KilledTarget> {
  if (service.compute === 'lambda') {
    await failUnlessOk(
      await postControl(pattern, `functions/${service.name}/concurrency/0`, 'throttle a function', fetchImpl),
    );
    return { description: `${service.name}: reserved concurrency 0`, targetsBefore: null };
  }
  const posted = await postControl(pattern, `services/${service.name}/replicas/1/kill`, 'kill', fetchImpl);
  await failUnlessOk(posted);
  const { replicas } = (await posted.response.json()) as { replicas: unknown[] };
  return {
    description: `${service.name}: replica 1 of ${replicas.length} killed`,
    targetsBefore: replicas.length,
  };
}

/** Brings the target back: the function's template concurrency, or the killed replica restarted. */
export async function restoreTwinTarget(
  pattern: TargetPattern,
  service: TargetService,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const action =
    service.compute === 'lambda'
      ? `functions/${service.name}/concurrency/template`
      : `services/${service.name}/replicas/1/restart`;
  await failUnlessOk(await postControl(pattern, action, 'restore a target', fetchImpl));
}

/**
 * Waits until every load balancer target of the pattern is healthy again (a restarted replica passes its
 * health checks), so the next run kills a target that is receiving traffic.
 */
export async function waitTwinTargetsHealthy(
  pattern: TargetPattern,
  options: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<void> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const response = await fetchImpl(pattern.controlUrl ?? '', { signal: AbortSignal.timeout(10_000) });
    const { targetHealth } = (await response.json()) as {
      targetHealth: Record<string, { state: string }[]>;
    };
    const states = Object.values(targetHealth).flat();
    if (states.every((t) => t.state === 'healthy')) return;
    if (Date.now() > deadline)
      throw new Error(`${pattern.id}: targets not healthy again: ${JSON.stringify(targetHealth)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function postControl(
  pattern: TargetPattern,
  action: string,
  what: string,
  fetchImpl: typeof fetch,
): Promise<{ url: string; response: Response }> {
  if (!pattern.controlUrl)
    throw new Error(`pattern ${pattern.id} has no controlUrl; cannot ${what} on the twin`);
  const url = `${pattern.controlUrl.replace(/\/+$/, '')}/${action}`;
  return { url, response: await fetchImpl(url, { method: 'POST', signal: AbortSignal.timeout(30_000) }) };
}

async function failUnlessOk({ url, response }: { url: string; response: Response }): Promise<void> {
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
}
