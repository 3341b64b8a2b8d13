/**
 * The WebSocket figures of a report (`ws-*` scenarios, `webSocket` block of a record): handshakes and
 * messages as a chart and a table (HTML) or a table (Markdown). Shown only where a record carries them.
 */
import type { ResultsFile, ToolResult } from '../result-format/schema.js';
import type { WebSocketResult } from '../result-format/websocket-schema.js';
import { barChart, escapeXml as esc } from './svg-charts.js';

interface Named {
  readonly name: string;
  readonly r: ToolResult;
  readonly ws: WebSocketResult;
}

function webSocketRecords(
  runs: readonly { name: string; results: ResultsFile }[],
  scenario?: string,
): Named[] {
  return runs.flatMap((run) =>
    run.results.results.flatMap((r) =>
      r.webSocket && (scenario === undefined || r.scenario === scenario)
        ? [
            {
              name: `${runs.length > 1 ? `${run.name}: ` : ''}${r.pattern} · ${r.scenario} · ${r.tool}`,
              r,
              ws: r.webSocket,
            },
          ]
        : [],
    ),
  );
}

const HEADER = [
  'pattern · scenario · tool',
  'connections attempted',
  'opened',
  'rejected',
  'handshake p50 / p99 ms',
  'messages sent',
  'received',
  'lost',
  'message latency p50 / p99 ms',
];

const pair = (p: { p50: number; p99: number } | null | undefined) =>
  p ? `${Math.round(p.p50)} / ${Math.round(p.p99)}` : '-';

function cells(n: Named): string[] {
  const c = n.ws.connections;
  const m = n.ws.messages;
  return [
    n.name,
    c ? String(c.attempted) : '-',
    c ? String(c.opened) : '-',
    c ? String(c.rejected) : '-',
    pair(c?.handshakeMs),
    m ? String(m.sent) : '-',
    m ? String(m.received) : '-',
    m ? String(m.lost) : '-',
    m ? `${pair(m.latencyMs)} (${m.latencyOf})` : '-',
  ];
}

/** The HTML part of one WebSocket scenario's section; empty when no record carries WebSocket figures. */
export function webSocketHtml(
  runs: readonly { name: string; results: ResultsFile }[],
  scenario: string,
): string {
  const records = webSocketRecords(runs, scenario);
  if (records.length === 0) return '';
  const labels = [...new Set(records.map((n) => n.r.label))];
  const chart = barChart({
    title: `WebSocket latency: ${scenario}`,
    label: labels.map((l) => (l === 'local twin' ? 'local twin figures, not AWS' : l)).join(' + '),
    unit: 'ms',
    categories: records.map((n) => n.name),
    series: [
      { name: 'handshake p50', values: records.map((n) => n.ws.connections?.handshakeMs?.p50 ?? null) },
      { name: 'handshake p99', values: records.map((n) => n.ws.connections?.handshakeMs?.p99 ?? null) },
      { name: 'message p50', values: records.map((n) => n.ws.messages?.latencyMs?.p50 ?? null) },
      { name: 'message p99', values: records.map((n) => n.ws.messages?.latencyMs?.p99 ?? null) },
    ],
  });
  const head = HEADER.map((h) => `<th>${esc(h)}</th>`).join('');
  const rows = records
    .map(
      (n) =>
        `<tr>${cells(n)
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<figure id="websocket-${esc(scenario)}">${chart}<figcaption>Handshake: opening the socket to the 101. Message latency: send to answer (round trip) or the change's publishedAt to receipt (delivery). Lost: messages sent, or changes owed to subscribers, that never arrived.</figcaption></figure><table class="websocket"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The Markdown section: one row per WebSocket record. */
export function webSocketMarkdown(runs: readonly { name: string; results: ResultsFile }[]): string[] {
  const records = webSocketRecords(runs);
  if (records.length === 0) return [];
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '',
    '## WebSocket: connections and messages',
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...records.map((n) => `| ${cells(n).map(cell).join(' | ')} |`),
  ];
}
