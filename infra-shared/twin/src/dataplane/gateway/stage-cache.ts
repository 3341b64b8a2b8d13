import type { OutgoingHttpHeaders } from 'node:http';
import type { Clock } from '../clock.js';
import type { IntegrationResponse } from './types.js';

interface CacheEntry {
  readonly response: IntegrationResponse;
  readonly bytes: number;
  /** Clock time (ms) after which the entry is stale. */
  readonly expiresAt: number;
}

/**
 * One stage's cache cluster: integration responses by cache key, each kept for its method's TTL, the
 * whole bounded by the cluster's capacity. Past the bound the oldest entries go first (insertion order;
 * AWS does not document its eviction order, so this is a choice).
 */
export class StageCache {
  private readonly entries = new Map<string, CacheEntry>();
  private usedBytes = 0;

  constructor(
    private readonly capacityBytes: number,
    private readonly clock: Clock,
  ) {}

  /** The fresh response under `key`; a stale one is dropped. */
  get(key: string): IntegrationResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() < entry.expiresAt) return entry.response;
    this.delete(key, entry);
    return undefined;
  }

  /** Keeps `response` for `ttlSeconds`, evicting the oldest entries to stay within capacity. */
  set(key: string, response: IntegrationResponse, ttlSeconds: number): void {
    const bytes = sizeOf(key, response);
    if (bytes > this.capacityBytes) return;
    const previous = this.entries.get(key);
    if (previous) this.delete(key, previous);
    for (const [oldKey, old] of this.entries) {
      if (this.usedBytes + bytes <= this.capacityBytes) break;
      this.delete(oldKey, old);
    }
    this.entries.set(key, { response, bytes, expiresAt: this.clock() + ttlSeconds * 1000 });
    this.usedBytes += bytes;
  }

  /** Drops every entry; returns how many there were. */
  flush(): number {
    const count = this.entries.size;
    this.entries.clear();
    this.usedBytes = 0;
    return count;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string, entry: CacheEntry): void {
    this.entries.delete(key);
    this.usedBytes -= entry.bytes;
  }
}

function sizeOf(key: string, response: IntegrationResponse): number {
  let bytes = Buffer.byteLength(key) + Buffer.byteLength(response.body);
  const headers: OutgoingHttpHeaders = response.headers;
  for (const name in headers) bytes += name.length + String(headers[name]).length;
  return bytes;
}
