import type { ResultsFile, ToolResult } from '../result-format/schema.js';
import { failoverHtml } from './failover-section.js';
import { gatewayHtml } from './gateway-section.js';
import { COLUMNS, rowsOf } from './rows.js';
import { barChart, escapeXml as esc, lineChart } from './svg-charts.js';
import { webSocketHtml } from './websocket-section.js';
import { edgeCacheHtml, writeBurstHtml } from './write-burst-section.js';

export interface NamedRun {
  readonly name: string;
  readonly results: ResultsFile;
}

interface Tagged {
  readonly run: string;
  readonly r: ToolResult;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd}h3{font-size:15px}
.banner{padding:10px 14px;border-radius:6px;margin:8px 0;font-weight:600}
.local{background:#fff4d6;border:1px solid #e0b400}.aws{background:#e6f2ff;border:1px solid #4a90d9}
table{border-collapse:collapse;font-size:12px;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 6px;text-align:right}
td:nth-child(-n+5),th{text-align:left}.fail{color:#b00;font-weight:600}.pass{color:#070}
figure{margin:12px 0}figcaption{font-size:12px;color:#555}.patterns{font-size:13px}`;

function who(t: Tagged, runs: number): string {
  return `${runs > 1 ? `${t.run}: ` : ''}${t.r.pattern} · ${t.r.tool}`;
}

function labelOf(items: readonly Tagged[]): string {
  const labels = [...new Set(items.map((t) => t.r.label))];
  return labels.map((l) => (l === 'local twin' ? 'local twin figures, not AWS' : l)).join(' + ');
}

function latencySection(scenario: string, items: readonly Tagged[], runCount: number): string {
  const patterns = [...new Set(items.map((t) => (runCount > 1 ? `${t.run}: ${t.r.pattern}` : t.r.pattern)))];
  const tools = [...new Set(items.map((t) => t.r.tool))];
  const series = tools.flatMap((tool) =>
    (['p50', 'p95', 'p99'] as const).map((p) => ({
      name: `${tool} ${p}`,
      values: patterns.map((pattern) => {
        const found = items.find(
          (t) => t.r.tool === tool && (runCount > 1 ? `${t.run}: ${t.r.pattern}` : t.r.pattern) === pattern,
        );
        return found ? found.r.latencyMs[p] : null;
      }),
    })),
  );
  const bars = barChart({
    title: `Latency percentiles by pattern: ${scenario}`,
    label: labelOf(items),
    unit: 'ms',
    categories: patterns,
    series,
  });
  const distribution = lineChart({
    title: `Latency distribution: ${scenario}`,
    label: labelOf(items),
    unit: 'ms',
    xUnit: 'percentile of responses',
    series: items.map((t) => ({
      name: who(t, runCount),
      points: t.r.distribution.map((d) => [d.p, d.ms] as const),
    })),
    xTicks: [0, 25, 50, 75, 90, 100].map((x) => ({ x, label: `p${x}` })),
  });
  return `<figure>${bars}<figcaption>Patterns: ${patterns.map(esc).join(', ')}</figcaption></figure><figure>${distribution}<figcaption>Latency at each percentile of all responses, per pattern and tool.</figcaption></figure>`;
}

function throttleSection(items: readonly Tagged[], runCount: number): string {
  return items
    .map((t) => {
      const chart = lineChart({
        title: `Accepted vs offered rate: ${who(t, runCount)}`,
        label: labelOf([t]),
        unit: 'requests / s',
        xUnit: 'seconds since the first request',
        series: [
          {
            name: 'offered (scenario shape)',
            points: t.r.timeline.map((p) => [p.t, p.offered] as const),
            dashed: true,
          },
          { name: 'sent', points: t.r.timeline.map((p) => [p.t, p.sent] as const) },
          { name: 'accepted', points: t.r.timeline.map((p) => [p.t, p.accepted] as const) },
          { name: '429', points: t.r.timeline.map((p) => [p.t, p.throttled] as const) },
        ],
        guides: t.r.throttle
          ? [
              {
                y: t.r.throttle.rateLimit,
                label: `stage rate limit ${t.r.throttle.rateLimit}/s (burst ${t.r.throttle.burstLimit})`,
              },
            ]
          : [],
      });
      const th = t.r.throttle;
      const caption = th
        ? `Token-bucket prediction: ${th.predictedAccepted} accepted, measured ${th.measuredAccepted} (${(th.deviation * 100).toFixed(1)}%); over the observed send times ${th.observedPrediction ?? '-'}${th.observedDeviation === null ? '' : ` (${(th.observedDeviation * 100).toFixed(1)}%)`}; first 429 after ${t.r.firstThrottleSec ?? '-'} s (predicted ${th.predictedFirstThrottleSec ?? '-'} s).`
        : '';
      return `<figure>${chart}<figcaption>${esc(caption)}</figcaption></figure>`;
    })
    .join('');
}

function coldSection(items: readonly Tagged[], runCount: number): string {
  const categories = items.map((t) => who(t, runCount));
  const chart = barChart({
    title: 'Cold vs warm responses (p50)',
    label: labelOf(items),
    unit: 'ms',
    categories,
    series: [
      { name: 'cold p50', values: items.map((t) => t.r.cold.latencyMs?.p50 ?? null) },
      { name: 'warm p50', values: items.map((t) => t.r.cold.warmLatencyMs?.p50 ?? null) },
      { name: 'init p50', values: items.map((t) => t.r.cold.initMs?.p50 ?? null) },
    ],
  });
  const counts = items
    .map((t) => `${esc(who(t, runCount))}: ${t.r.cold.count} cold (${esc(t.r.cold.source)})`)
    .join('; ');
  return `<figure>${chart}<figcaption>${counts}</figcaption></figure>`;
}

function cacheSection(items: readonly Tagged[], runCount: number): string {
  const counted = items.filter((t) => t.r.cache);
  if (counted.length === 0) return '';
  const chart = barChart({
    title: 'API cache hits vs misses (p50)',
    label: labelOf(counted),
    unit: 'ms',
    categories: counted.map((t) => who(t, runCount)),
    series: [
      { name: 'hit p50', values: counted.map((t) => t.r.cache?.hitLatencyMs?.p50 ?? null) },
      { name: 'miss p50', values: counted.map((t) => t.r.cache?.missLatencyMs?.p50 ?? null) },
    ],
  });
  const counts = counted
    .map((t) => {
      const c = t.r.cache;
      const figures =
        c?.hits == null
          ? 'hits from the CacheHitCount metric (no hit header on AWS)'
          : `${c.hits} hits, ${c.misses} misses (${c.hitRatio === null ? '-' : `${(c.hitRatio * 100).toFixed(1)}%`}), ${esc(c.source)}`;
      return `${esc(who(t, runCount))}: ${figures}`;
    })
    .join('; ');
  return `<figure>${chart}<figcaption>${counts}</figcaption></figure>`;
}

/** The self-contained report: every chart is inline SVG, nothing is fetched. */
export function htmlReport(runs: readonly NamedRun[]): string {
  const tagged: Tagged[] = runs.flatMap((run) => run.results.results.map((r) => ({ run: run.name, r })));
  const scenarios = [...new Set(tagged.map((t) => t.r.scenario))];
  const patterns = [...new Set(tagged.map((t) => t.r.pattern))];
  const banners = runs
    .map((run) =>
      run.results.world === 'local-twin'
        ? `<div class="banner local">${runs.length > 1 ? `${esc(run.name)}: ` : ''}Local twin figures: measured on this machine against the local twin. They compare patterns with each other; they are not AWS figures.</div>`
        : `<div class="banner aws">${runs.length > 1 ? `${esc(run.name)}: ` : ''}Measured on AWS (${esc(run.results.label)}).</div>`,
    )
    .join('');
  const environment = runs
    .map((run) => {
      const m = run.results.environment.machine;
      const tools = Object.entries(run.results.environment.tools)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      return `<li>${esc(run.name)} (${esc(run.results.label)}), run ${esc(run.results.runId)} at ${esc(run.results.createdAt)}: ${m.cpus} x ${esc(m.cpuModel)}, ${m.memoryGb} GB, ${esc(m.os)}, Node ${esc(m.node)}; ${esc(tools)}</li>`;
    })
    .join('');
  const rows = rowsOf(runs);
  const showRun = runs.length > 1;
  const head = [...(showRun ? ['run'] : []), 'where', 'pattern', 'scenario', 'tool', ...COLUMNS]
    .map((h) => `<th>${esc(h)}</th>`)
    .join('');
  const body = rows
    .map((r) => {
      const cells = [...(showRun ? [r.run] : []), r.label, r.pattern, r.scenario, r.tool, ...r.cells];
      return `<tr>${cells.map((c, i) => `<td${i === cells.length - 1 ? ` class="${r.pass ? 'pass' : 'fail'}"` : ''}>${esc(c)}</td>`).join('')}</tr>`;
    })
    .join('');
  const sections = scenarios
    .map((scenario) => {
      const items = tagged.filter((t) => t.r.scenario === scenario);
      const extra =
        scenario === 'throttle'
          ? throttleSection(items, runs.length)
          : scenario === 'cold-start'
            ? coldSection(items, runs.length)
            : cacheSection(items, runs.length);
      const ownSection =
        scenario === 'failover'
          ? failoverHtml(runs)
          : scenario === 'write-burst'
            ? writeBurstHtml(runs)
            : scenario === 'cached-read'
              ? edgeCacheHtml(runs)
              : '';
      const webSocket = webSocketHtml(runs, scenario);
      return `<section id="scenario-${esc(scenario)}"><h2>${esc(scenario)}</h2>${latencySection(scenario, items, runs.length)}${extra}${ownSection}${webSocket}</section>`;
    })
    .join('');
  const failures = tagged.flatMap((t) =>
    [...t.r.thresholds, ...t.r.consistency]
      .filter((c) => !c.pass)
      .map(
        (c) =>
          `<li>${esc(who(t, runs.length))} / ${esc(t.r.scenario)}: ${esc(c.name)} (${esc(c.detail)})</li>`,
      ),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pik bench report</title><style>${STYLE}</style></head><body>
<h1>pik bench report</h1>${banners}
<p class="patterns" id="patterns">Patterns in this report: ${patterns.map((p) => `<strong>${esc(p)}</strong>`).join(', ')}</p>
<ul>${environment}</ul>
<h2>Comparison</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>
${sections}${gatewayHtml(runs)}
<h2>Checks</h2>${failures.length === 0 ? '<p class="pass">Every threshold and consistency check passed.</p>' : `<ul class="fail">${failures.join('')}</ul>`}
</body></html>
`;
}
