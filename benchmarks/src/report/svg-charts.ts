/**
 * Small inline-SVG charts for the HTML report: no scripts, no fonts, no network, so a report opens the
 * same offline, in a mail attachment or in CI artifacts. Hand-written because every charting library
 * either needs a runtime script or a canvas; these two shapes are all the report uses.
 */
const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];
const W = 760;
const H = 300;
const M = { top: 36, right: 16, bottom: 64, left: 60 };

export const colour = (i: number): string => PALETTE[i % PALETTE.length] as string;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10];
  for (const step of steps) if (value <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

function yAxis(max: number, unit: string): string {
  const plotH = H - M.top - M.bottom;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = M.top + plotH * (1 - f);
    const label = +(max * f).toPrecision(3);
    return `<line x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}" stroke="#e5e5e5"/><text x="${M.left - 6}" y="${y + 4}" text-anchor="end">${label}</text>`;
  });
  return `${ticks.join('')}<text x="14" y="${M.top + plotH / 2}" transform="rotate(-90 14 ${M.top + plotH / 2})" text-anchor="middle">${escapeXml(unit)}</text>`;
}

/** One row under the plot; names that do not fit go on a second row (two rows fit in the bottom margin). */
function legend(names: readonly string[]): string {
  const rows: { name: string; i: number; x: number }[][] = [[]];
  let x = M.left;
  names.forEach((name, i) => {
    const width = 24 + name.length * 6.2;
    if (x + width - 24 > W - M.right && (rows.at(-1)?.length ?? 0) > 0) {
      rows.push([]);
      x = M.left;
    }
    rows.at(-1)?.push({ name, i, x });
    x += width;
  });
  const top = rows.length === 1 ? H - 18 : H - 30;
  return rows
    .flatMap((row, r) =>
      row.map(
        ({ name, i, x: left }) =>
          `<rect x="${left}" y="${top + r * 14}" width="10" height="10" fill="${colour(i)}"/><text x="${left + 14}" y="${top + r * 14 + 9}">${escapeXml(name)}</text>`,
      ),
    )
    .join('');
}

function frame(title: string, body: string, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(title)}" font-family="sans-serif" font-size="11"><title>${escapeXml(title)}</title><text x="${M.left}" y="18" font-size="13" font-weight="bold">${escapeXml(title)}</text><text x="${W - M.right}" y="18" text-anchor="end" fill="#a00">${escapeXml(label)}</text>${body}</svg>`;
}

export interface BarSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(options: {
  title: string;
  label: string;
  unit: string;
  categories: readonly string[];
  series: readonly BarSeries[];
}): string {
  const { categories, series } = options;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const groupW = plotW / Math.max(1, categories.length);
  const barW = Math.max(2, (groupW * 0.8) / Math.max(1, series.length));
  const bars = categories.flatMap((category, c) => {
    const x0 = M.left + c * groupW + groupW * 0.1;
    const rects = series.map((s, i) => {
      const v = s.values[c];
      if (v === null || v === undefined) return '';
      const h = (v / max) * plotH;
      return `<rect x="${x0 + i * barW}" y="${M.top + plotH - h}" width="${barW - 1}" height="${h}" fill="${colour(i)}"><title>${escapeXml(`${category} ${s.name}: ${v}`)}</title></rect>`;
    });
    const text = `<text x="${x0 + (groupW * 0.8) / 2}" y="${M.top + plotH + 14}" text-anchor="middle">${escapeXml(category)}</text>`;
    return [...rects, text];
  });
  return frame(
    options.title,
    `${yAxis(max, options.unit)}${bars.join('')}${legend(series.map((s) => s.name))}`,
    options.label,
  );
}

export interface LineSeries {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
  readonly dashed?: boolean;
}

/** Lines over a numeric x axis; `xTicks` label positions; `guides` draw horizontal reference lines. */
export function lineChart(options: {
  title: string;
  label: string;
  unit: string;
  xUnit: string;
  series: readonly LineSeries[];
  xTicks?: readonly { x: number; label: string }[];
  guides?: readonly { y: number; label: string }[];
}): string {
  const xs = options.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = [
    ...options.series.flatMap((s) => s.points.map((p) => p[1])),
    ...(options.guides ?? []).map((g) => g.y),
  ];
  const xMin = Math.min(0, ...xs);
  const xMax = Math.max(1, ...xs);
  const yMax = niceMax(Math.max(0, ...ys) * 1.05);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const px = (x: number): number => M.left + ((x - xMin) / (xMax - xMin || 1)) * plotW;
  const py = (y: number): number => M.top + plotH * (1 - y / yMax);
  const ticks = (
    options.xTicks ??
    [0, 0.25, 0.5, 0.75, 1].map((f) => ({
      x: xMin + (xMax - xMin) * f,
      label: String(Math.round(xMin + (xMax - xMin) * f)),
    }))
  )
    .map(
      (t) =>
        `<text x="${px(t.x)}" y="${M.top + plotH + 14}" text-anchor="middle">${escapeXml(t.label)}</text>`,
    )
    .join('');
  const lines = options.series
    .map((s, i) => {
      if (s.points.length === 0) return '';
      const d = s.points
        .map((p, j) => `${j === 0 ? 'M' : 'L'}${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`)
        .join(' ');
      return `<path d="${d}" fill="none" stroke="${colour(i)}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''}><title>${escapeXml(s.name)}</title></path>`;
    })
    .join('');
  const guides = (options.guides ?? [])
    .map(
      (g) =>
        `<line x1="${M.left}" x2="${W - M.right}" y1="${py(g.y)}" y2="${py(g.y)}" stroke="#000" stroke-dasharray="2 3"/><text x="${W - M.right - 4}" y="${py(g.y) - 4}" text-anchor="end">${escapeXml(g.label)}</text>`,
    )
    .join('');
  const xLabel = `<text x="${M.left + plotW / 2}" y="${M.top + plotH + 30}" text-anchor="middle">${escapeXml(options.xUnit)}</text>`;
  return frame(
    options.title,
    `${yAxis(yMax, options.unit)}${ticks}${xLabel}${guides}${lines}${legend(options.series.map((s) => s.name))}`,
    options.label,
  );
}
