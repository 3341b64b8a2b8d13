/**
 * Schemathesis against every service's OpenAPI document, positive and negative data, every check:
 * directly against each server bundle (embedded store). Goal and assertion: no 5xx and no failed check.
 * Counts per run and route go to the log and to `results/fuzz/results.json`. Without schemathesis the
 * suite is skipped with the reason printed; under CI it fails.
 */
import { resolve } from 'node:path';
import { SERVICES } from '@pik/service-kit/catalogue';
import { type RunningServer, startServerBundle } from '@pik/service-kit/testing';
import { optionalTool } from '@pik/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support.js';
import { formatTable, totalsOf, writeResults } from './results.js';
import { type FuzzRun, resolveSchemathesis, runSchemathesis, SCHEMATHESIS_INSTALL } from './schemathesis.js';

/** Per service: enough for the 1,000-case floor at this machine's pace, bounded in time. */
export const FUZZ_BUDGET = { maxExamples: 100, maxSeconds: 30, seed: 20261207, minCases: 1000 } as const;
export const RESULTS_FILE = resolve(REPO_ROOT, 'results', 'fuzz', 'results.json');

const st = resolveSchemathesis();
const tool = optionalTool('schemathesis', st !== undefined, SCHEMATHESIS_INSTALL);
const runs: FuzzRun[] = [];

/** The run's failures in a form a reader can act on: the checks that failed and schemathesis' report. */
function explain(run: FuzzRun): string {
  return `${run.label}: failed checks ${JSON.stringify(run.failedChecks)}, errors ${run.errors}\n${run.output.slice(-6000)}`;
}

describe.skipIf(!tool.available)('fuzzing every service directly (schemathesis)', () => {
  afterAll(async () => {
    if (runs.length === 0) return;
    process.stdout.write(`\n[fuzz] schemathesis, seed ${FUZZ_BUDGET.seed}\n${formatTable(runs)}\n`);
    await writeResults(RESULTS_FILE, runs, { seed: FUZZ_BUDGET.seed, budget: FUZZ_BUDGET });
  });

  it.each(SERVICES.map((service) => [service.name, service] as const))(
    '%s: no 5xx, no failed check, at least 1,000 cases',
    async (name) => {
      let server: RunningServer | undefined;
      try {
        server = await startServerBundle(resolve(REPO_ROOT, 'services', name, 'dist/server/index.mjs'), {});
        const run = await runSchemathesis(st as string, {
          label: `direct ${name}`,
          schemaFile: resolve(REPO_ROOT, 'services', name, 'openapi.json'),
          baseUrl: server.url,
          ...FUZZ_BUDGET,
        });
        runs.push(run);
        const totals = totalsOf(run);
        expect(totals.serverErrors, explain(run)).toBe(0);
        expect(totals.violations, explain(run)).toBe(0);
        expect(totals.errors, explain(run)).toBe(0);
        expect(totals.cases).toBeGreaterThanOrEqual(FUZZ_BUDGET.minCases);
      } finally {
        await server?.stop('SIGTERM');
      }
    },
  );
});
