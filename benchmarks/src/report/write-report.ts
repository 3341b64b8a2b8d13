import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlReport, type NamedRun } from './html-report.js';
import { markdownSummary } from './markdown.js';
import { rowsOf } from './rows.js';
import { streamLines } from './stream-lines.js';
import { terminalTable } from './terminal-table.js';

/** Writes report.html and summary.md for one or more runs; returns the terminal table. */
export async function writeReports(
  dir: string,
  runs: readonly NamedRun[],
): Promise<{ html: string; markdown: string; table: string }> {
  const html = join(dir, 'report.html');
  const markdown = join(dir, 'summary.md');
  await writeFile(html, htmlReport(runs));
  await writeFile(markdown, markdownSummary(runs));
  const stream = streamLines(runs);
  const table = terminalTable(rowsOf(runs), runs.length > 1);
  return { html, markdown, table: stream.length === 0 ? table : [table, ...stream].join('\n') };
}
