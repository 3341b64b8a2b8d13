/**
 * Gateway vs integration latency, from the CloudWatch metrics an AWS run fetches (`gatewayMetrics` in the
 * results file): API Gateway's Latency (request in to response out), IntegrationLatency (the backend:
 * VPC link, load balancer, target), their difference (the gateway's own share) and, where the stack names
 * its ALB, TargetResponseTime. Absent from twin runs, and then no section is rendered.
 */
import type { ResultsFile } from '../result-format/schema.js';
import { barChart, escapeXml as esc } from './svg-charts.js';

type GatewayMetrics = NonNullable<ResultsFile['gatewayMetrics']>[number];

interface GatewayRow extends GatewayMetrics {
  readonly run: string;
  readonly label: string;
  /** Latency - IntegrationLatency: the time API Gateway itself adds. */
  readonly gatewayOwnMs: number | null;
}

function gatewayRows(runs: readonly { name: string; results: ResultsFile }[]): GatewayRow[] {
  return runs.flatMap((run) =>
    (run.results.gatewayMetrics ?? []).map((m) => ({
      ...m,
      run: run.name,
      label: run.results.label,
      gatewayOwnMs:
        m.latencyMs === null || m.integrationLatencyMs === null
          ? null
          : Math.round((m.latencyMs - m.integrationLatencyMs) * 100) / 100,
    })),
  );
}

const ms = (value: number | null): string => (value === null ? '-' : String(value));

const NOTE =
  'Averages over the run window from CloudWatch (AWS/ApiGateway Latency and IntegrationLatency; AWS/ApplicationELB TargetResponseTime where the stack outputs name its ALB). Latency - IntegrationLatency is the time API Gateway itself adds.';

/** The HTML section, or '' when no run carries gateway metrics. */
export function gatewayHtml(runs: readonly { name: string; results: ResultsFile }[]): string {
  const rows = gatewayRows(runs);
  if (rows.length === 0) return '';
  const name = (r: GatewayRow) => (runs.length > 1 ? `${r.run}: ${r.pattern}` : r.pattern);
  const chart = barChart({
    title: 'Gateway vs integration latency (CloudWatch averages)',
    label: [...new Set(rows.map((r) => r.label))].join(' + '),
    unit: 'ms',
    categories: rows.map(name),
    series: [
      { name: 'Latency', values: rows.map((r) => r.latencyMs) },
      { name: 'IntegrationLatency', values: rows.map((r) => r.integrationLatencyMs) },
      { name: 'gateway own (Latency - IntegrationLatency)', values: rows.map((r) => r.gatewayOwnMs) },
      { name: 'ALB TargetResponseTime', values: rows.map((r) => r.targetResponseTimeMs) },
    ],
  });
  const body = rows
    .map(
      (r) =>
        `<tr><td>${esc(name(r))}</td><td>${ms(r.latencyMs)}</td><td>${ms(r.integrationLatencyMs)}</td><td>${ms(r.gatewayOwnMs)}</td><td>${ms(r.targetResponseTimeMs)}</td></tr>`,
    )
    .join('');
  return `<section id="gateway-latency"><h2>Gateway vs integration latency</h2><figure>${chart}<figcaption>${esc(NOTE)}</figcaption></figure><table><thead><tr><th>pattern</th><th>Latency ms</th><th>IntegrationLatency ms</th><th>gateway own ms</th><th>ALB TargetResponseTime ms</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

/** The Markdown section lines, or none when no run carries gateway metrics. */
export function gatewayMarkdown(runs: readonly { name: string; results: ResultsFile }[]): string[] {
  const rows = gatewayRows(runs);
  if (rows.length === 0) return [];
  return [
    '',
    '## Gateway vs integration latency',
    '',
    '| where | pattern | Latency ms | IntegrationLatency ms | gateway own ms | ALB TargetResponseTime ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${runs.length > 1 ? `${r.run}: ` : ''}${r.label} | ${r.pattern} | ${ms(r.latencyMs)} | ${ms(r.integrationLatencyMs)} | ${ms(r.gatewayOwnMs)} | ${ms(r.targetResponseTimeMs)} |`,
    ),
    '',
    NOTE,
  ];
}
