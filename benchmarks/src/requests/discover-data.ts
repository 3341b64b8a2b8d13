import type { TargetPattern } from '@pik/contracts';
import { request } from 'undici';
import type { ServiceData } from '../scenarios/plan.js';
import { bodiesFor } from './bodies.js';

const BODIES_PER_SERVICE = 20;

/**
 * Reads one page of each service before a run, so reads and updates address items that exist.
 * Fails fast (like a k6 setup()) when a service does not answer 200: a benchmark of an unhealthy target
 * measures nothing.
 */
export async function discoverServiceData(
  pattern: TargetPattern,
  headers: Readonly<Record<string, string>>,
  fetchImpl: typeof fetch = headers.host === undefined ? fetch : hostPreservingFetch,
): Promise<Record<string, ServiceData>> {
  const data: Record<string, ServiceData> = {};
  for (const service of pattern.services) {
    const url = `${pattern.baseUrl.replace(/\/+$/, '')}${service.path}?limit=50`;
    const response = await fetchImpl(url, { headers: { ...headers }, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    if (response.status !== 200) {
      throw new Error(
        `${pattern.id}: GET ${url} answered ${response.status} before the run: ${text.slice(0, 200)}`,
      );
    }
    const items = itemsOf(text);
    const ids = items.map((item) => item.id).filter((id): id is string => typeof id === 'string');
    data[service.name] = { ids, ...bodiesFor(service.name, BODIES_PER_SERVICE) };
  }
  return data;
}

/**
 * A GET that sends the `Host` it is given: `fetch` always sets it from the URL, and a private API behind
 * its public ALB is reached at 127.0.0.1 with its custom domain's Host. undici's `request` keeps it.
 */
export const hostPreservingFetch: typeof fetch = async (input, init) => {
  const answer = await request(String(input), {
    headers: init?.headers as Record<string, string>,
    signal: init?.signal ?? undefined,
  });
  return new Response(await answer.body.text(), { status: answer.statusCode });
};

/** The `items` of a list response; none when the body is not the kit's list shape (a user's own service). */
function itemsOf(text: string): { id?: unknown }[] {
  try {
    const items = (JSON.parse(text) as { items?: unknown }).items;
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}
