import { GetQueryResultsCommand, StartQueryCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsClients } from './clients.js';

/** Cold starts and their Init Duration from the Lambda REPORT lines (text and JSON log formats alike). */
export const INIT_DURATION_QUERY = [
  'filter @type = "REPORT" and ispresent(@initDuration)',
  'stats count(@initDuration) as coldStarts, pct(@initDuration, 50) as p50, pct(@initDuration, 95) as p95, max(@initDuration) as maxInit',
].join(' | ');

export interface InitDurations {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the Logs Insights query over the given log groups and time window; polls until it completes. */
export async function queryInitDurations(
  clients: Pick<AwsClients, 'logs'>,
  logGroups: readonly string[],
  window: { start: Date; end: Date },
  options: { pollMs?: number; timeoutMs?: number } = {},
): Promise<InitDurations> {
  const started = await clients.logs.send(
    new StartQueryCommand({
      logGroupNames: [...logGroups],
      startTime: Math.floor(window.start.getTime() / 1000),
      endTime: Math.ceil(window.end.getTime() / 1000),
      queryString: INIT_DURATION_QUERY,
    }),
  );
  if (!started.queryId) throw new Error('Logs Insights did not return a query id');
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    const result = await clients.logs.send(new GetQueryResultsCommand({ queryId: started.queryId }));
    if (result.status === 'Complete') {
      const row = Object.fromEntries((result.results?.[0] ?? []).map((f) => [f.field, Number(f.value)]));
      return { count: row.coldStarts ?? 0, p50: row.p50 ?? 0, p95: row.p95 ?? 0, max: row.maxInit ?? 0 };
    }
    if (result.status === 'Failed' || result.status === 'Cancelled' || result.status === 'Timeout') {
      throw new Error(`Logs Insights query ${started.queryId} ended ${result.status}`);
    }
    if (Date.now() > deadline)
      throw new Error(`Logs Insights query ${started.queryId} still ${result.status} after the time limit`);
    await sleep(options.pollMs ?? 1000);
  }
}
