/**
 * One cold start: a fresh `node` process (ESM, so no global `require`) imports a Lambda bundle and
 * serves one event, then reports on fd 3 and exits. Usage: node cold-runner.js <bundle.mjs> <path>
 */
import { writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { httpApiGet, lambdaContext } from './cold-event.js';

const [bundle, eventPath = '/healthz'] = process.argv.slice(2);
const RESULT_FD = 3;

interface LambdaResult {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: string;
}

function report(result: Record<string, unknown>): void {
  writeSync(RESULT_FD, `${JSON.stringify(result)}\n`);
}

try {
  if (!bundle) throw new Error('usage: cold-runner <bundle.mjs> [path]');
  const startedAt = performance.now();
  const loaded = (await import(pathToFileURL(bundle).href)) as { handler?: unknown };
  const importedAt = performance.now();
  if (typeof loaded.handler !== 'function') throw new Error(`${bundle} exports no handler function`);
  const handler = loaded.handler as (event: unknown, context: unknown) => Promise<LambdaResult>;
  const response = await handler(httpApiGet(eventPath), lambdaContext('pik-bench-cold'));
  const respondedAt = performance.now();
  const cpu = process.cpuUsage();
  report({
    ok: true,
    statusCode: response.statusCode,
    cold: response.headers?.[PIK_HEADERS.cold],
    bodyBytes: response.body?.length ?? 0,
    // Relative to process start (performance.timeOrigin): node boot, bundle import, first event.
    bootMs: startedAt,
    importMs: importedAt - startedAt,
    firstEventMs: respondedAt - importedAt,
    // CPU time of the whole process so far: steadier than wall time on a busy machine.
    cpuMs: (cpu.user + cpu.system) / 1000,
    globalRequire: typeof (globalThis as { require?: unknown }).require,
  });
} catch (error) {
  report({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
process.exit(0);
