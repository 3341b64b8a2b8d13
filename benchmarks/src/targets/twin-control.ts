import type { TargetPattern } from '@pik/contracts';

/**
 * The twin's control surface, as the benchmarks use it: force every Lambda execution environment of a
 * pattern to be discarded so the next requests start cold, and empty a pattern's API cache.
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
