import type { ResultsFile } from '../result-format/schema.js';
import { failoverMarkdown } from './failover-section.js';
import { gatewayMarkdown } from './gateway-section.js';
import { COLUMNS, rowsOf } from './rows.js';
import { streamLines } from './stream-lines.js';
import { webSocketMarkdown } from './websocket-section.js';
import { writeBurstMarkdown } from './write-burst-section.js';

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');

/** summary.md: the comparison table plus the facts a reader needs to trust it. */
export function markdownSummary(runs: readonly { name: string; results: ResultsFile }[]): string {
  const showRun = runs.length > 1;
  const rows = rowsOf(runs);
  const lines: string[] = ['# Benchmark summary', ''];
  for (const run of runs) {
    const { environment: env, label } = run.results;
    const local = run.results.world === 'local-twin';
    lines.push(
      `## ${showRun ? `${run.name}: ` : ''}${label}`,
      '',
      local
        ? '> **Local twin figures.** Measured against the local twin on this machine; they show relative behaviour of the patterns and are not AWS figures.'
        : `> Measured against deployed stacks in ${label}.`,
      '',
      `- Run ${run.results.runId}, ${run.results.createdAt}`,
      `- Machine: ${env.machine.cpus} x ${env.machine.cpuModel}, ${env.machine.memoryGb} GB, ${env.machine.os}, Node ${env.machine.node}`,
      `- Tools: ${Object.entries(env.tools)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
      '',
    );
  }
  const header = [...(showRun ? ['run'] : []), 'where', 'pattern', 'scenario', 'tool', ...COLUMNS];
  lines.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
  for (const r of rows) {
    lines.push(
      `| ${[...(showRun ? [r.run] : []), r.label, r.pattern, r.scenario, r.tool, ...r.cells].map(escapeCell).join(' | ')} |`,
    );
  }
  const throttle = runs.flatMap((run) =>
    run.results.results.filter((r) => r.throttle).map((r) => ({ run: run.name, r })),
  );
  if (throttle.length > 0) {
    lines.push('', '## Throttling against the token-bucket prediction', '');
    lines.push(
      '| where | pattern | tool | rate limit | burst | predicted accepted (planned shape) | measured accepted | deviation | bucket over observed send times | deviation | first 429 s (predicted) |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const { r } of throttle) {
      const t = r.throttle;
      if (!t) continue;
      lines.push(
        `| ${r.label} | ${r.pattern} | ${r.tool} | ${t.rateLimit}/s | ${t.burstLimit} | ${t.predictedAccepted} | ${t.measuredAccepted} | ${(t.deviation * 100).toFixed(1)}% | ${t.observedPrediction ?? '-'} | ${t.observedDeviation === null ? '-' : `${(t.observedDeviation * 100).toFixed(1)}%`} | ${r.firstThrottleSec ?? '-'} (${t.predictedFirstThrottleSec ?? '-'}) |`,
      );
    }
  }
  lines.push(...cacheLines(runs));
  lines.push(...failoverMarkdown(runs));
  lines.push(...gatewayMarkdown(runs));
  lines.push(...streamLines(runs));
  lines.push(...writeBurstMarkdown(runs));
  lines.push(...webSocketMarkdown(runs));
  const failures = runs.flatMap((run) =>
    run.results.results.flatMap((r) =>
      [...r.thresholds, ...r.consistency]
        .filter((c) => !c.pass)
        .map((c) => `- ${r.pattern} / ${r.scenario} / ${r.tool}: ${c.name} (${c.detail})`),
    ),
  );
  lines.push(
    '',
    '## Checks',
    '',
    failures.length === 0 ? 'Every threshold and consistency check passed.' : failures.join('\n'),
    '',
  );
  return lines.join('\n');
}

/** The API cache section: hits, misses and ratio, and the latency of hits against misses. */
function cacheLines(runs: readonly { name: string; results: ResultsFile }[]): string[] {
  const cached = runs.flatMap((run) => run.results.results.filter((r) => r.cache));
  if (cached.length === 0) return [];
  const lines = ['', '## API cache: hits against misses', ''];
  lines.push(
    '| where | pattern | scenario | tool | hits | misses | hit ratio | hit p50 / p95 ms | miss p50 / p95 ms |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const latency = (l: { p50: number; p95: number } | null) => (l ? `${l.p50} / ${l.p95}` : '-');
  for (const r of cached) {
    const c = r.cache;
    if (!c) continue;
    const ratio = c.hitRatio === null ? '-' : `${(c.hitRatio * 100).toFixed(1)}%`;
    lines.push(
      `| ${r.label} | ${r.pattern} | ${r.scenario} | ${r.tool} | ${c.hits ?? '-'} | ${c.misses ?? '-'} | ${ratio} | ${latency(c.hitLatencyMs)} | ${latency(c.missLatencyMs)} |`,
    );
  }
  if (cached.some((r) => r.cache?.hits === null)) {
    lines.push(
      '',
      "API Gateway sends no cache hit header: on AWS the hits and misses are the stage's `CacheHitCount` and `CacheMissCount` CloudWatch metrics over the run window.",
    );
  }
  return lines;
}
