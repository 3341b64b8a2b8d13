import type { TargetPattern } from '@pik/contracts';

/**
 * The twin's control surface, as the benchmarks use it: force every Lambda execution environment of a
 * pattern to be discarded so the next requests start cold.
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
