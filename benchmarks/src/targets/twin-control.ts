import type { TargetPattern } from '@pik/contracts';

/**
 * The twin's control surface, as the benchmarks use it: force every Lambda execution environment of a
 * pattern to be discarded so the next requests start cold, and empty a pattern's API cache.
 */
export async function forceTwinColdStart(
  pattern: TargetPattern,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  if (!pattern.controlUrl)
    throw new Error(`pattern ${pattern.id} has no controlUrl; cannot force cold starts on the twin`);
  const url = `${pattern.controlUrl.replace(/\/+$/, '')}/cold-start`;
  const response = await fetchImpl(url, { method: 'POST', signal: AbortSignal.timeout(30_000) });
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
}

/**
 * Empties the pattern's API cache so a run starts with every key missing; false when the pattern has no
 * cache (the control surface answers 404).
 */
export async function flushTwinCache(
  pattern: TargetPattern,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  if (!pattern.controlUrl)
    throw new Error(`pattern ${pattern.id} has no controlUrl; cannot flush its cache on the twin`);
  const url = `${pattern.controlUrl.replace(/\/+$/, '')}/cache/flush`;
  const response = await fetchImpl(url, { method: 'POST', signal: AbortSignal.timeout(30_000) });
  if (response.status === 404) return false;
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
  return true;
}
