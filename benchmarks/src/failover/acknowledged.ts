import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { TargetPattern } from '@pik/contracts';
import type { FailoverResult } from '../result-format/failover-schema.js';

/** One write the target acknowledged (a 201 with an id; a buffered write's 202 with its write id), as a tool logged it. */
export interface AcknowledgedWrite {
  readonly service: string;
  readonly id: string;
}

/** k6: the `pik_acknowledged` points of its JSON output, each tagged with the id and service. */
export async function readK6Acknowledged(rawGz: string): Promise<AcknowledgedWrite[]> {
  const writes: AcknowledgedWrite[] = [];
  const lines = createInterface({ input: createReadStream(rawGz).pipe(createGunzip()) });
  for await (const line of lines) {
    if (!line.includes('"pik_acknowledged"') || !line.includes('"Point"')) continue;
    const tags = (JSON.parse(line) as { data: { tags?: Record<string, string> } }).data.tags;
    if (tags?.id && tags.service) writes.push({ service: tags.service, id: tags.id });
  }
  return writes;
}

/** artillery: the request-log lines the processor marked with an acknowledged id (`a`) and service (`v`). */
export async function readArtilleryAcknowledged(files: readonly string[]): Promise<AcknowledgedWrite[]> {
  const writes: AcknowledgedWrite[] = [];
  for (const file of files) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line.includes('"a":')) continue;
      const entry = JSON.parse(line) as { a?: string; v?: string };
      if (entry.a && entry.v) writes.push({ service: entry.v, id: entry.a });
    }
  }
  return writes;
}

/** The writes a tool logged in its raw files: k6's JSON output, artillery's request logs. */
export async function acknowledgedIn(
  tool: 'k6' | 'artillery',
  files: readonly string[],
): Promise<AcknowledgedWrite[]> {
  if (tool === 'artillery') return readArtilleryAcknowledged(files.filter((f) => f.endsWith('.jsonl')));
  const raw = files.find((f) => f.endsWith('.json.gz'));
  return raw ? readK6Acknowledged(raw) : [];
}

const LOST_IDS_KEPT = 20;

/** Reads at once while reading writes back: enough to finish in a second or two, few enough for two cores. */
const READ_BACK_CONCURRENCY = 4;

/**
 * Reads every acknowledged write back (`GET <service path>/<id>`) once the run is over; a read that
 * answers 429 waits and tries again (reading hundreds of ids back to back meets the stage throttle), any
 * other status than 200 is a lost write.
 */
export async function readBackWrites(
  pattern: TargetPattern,
  headers: Readonly<Record<string, string>>,
  writes: readonly AcknowledgedWrite[],
  fetchImpl: typeof fetch = fetch,
): Promise<NonNullable<FailoverResult['writes']>> {
  const statuses = new Array<number>(writes.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < writes.length; i = next++) {
      statuses[i] = await readStatus(pattern, headers, writes[i] as AcknowledgedWrite, fetchImpl);
    }
  };
  await Promise.all(Array.from({ length: READ_BACK_CONCURRENCY }, reader));
  const lost = writes.flatMap((w, i) =>
    statuses[i] === 200 ? [] : [`${w.service}/${w.id} (${statuses[i]})`],
  );
  return {
    acknowledged: writes.length,
    readBack: writes.length - lost.length,
    lost: lost.length,
    lostIds: lost.slice(0, LOST_IDS_KEPT),
  };
}

async function readStatus(
  pattern: TargetPattern,
  headers: Readonly<Record<string, string>>,
  write: AcknowledgedWrite,
  fetchImpl: typeof fetch,
): Promise<number> {
  const path = pattern.services.find((s) => s.name === write.service)?.path ?? `/${write.service}`;
  const url = `${pattern.baseUrl.replace(/\/+$/, '')}${path}/${encodeURIComponent(write.id)}`;
  let status = 429;
  for (let attempt = 0; status === 429 && attempt < 50; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await fetchImpl(url, { headers: { ...headers }, signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    status = response.status;
  }
  return status;
}
