/**
 * Schemathesis against every service's OpenAPI document, positive and negative data, every check:
 * directly against each server bundle (embedded store), then through one twin running an HTTP API and a
 * REST API pattern (service document + gateway overlay, token and key from the targets file). Goal and
 * assertion: no 5xx and no failed check.
 * Counts per run and route go to the log and to `results/fuzz/results.json`. Without schemathesis the
 * suite is skipped with the reason printed; under CI it fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { SERVICES } from '@pik/service-kit/catalogue';
import { type RunningServer, startServerBundle } from '@pik/service-kit/testing';
import { optionalTool } from '@pik/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support.js';
import {
  authHeaders,
  gatewayDocument,
  type RunningTwin,
  startTwin,
  writeGatewayDocument,
} from './gateway.js';
import { formatTable, totalsOf, writeResults } from './results.js';
import { type FuzzRun, resolveSchemathesis, runSchemathesis, SCHEMATHESIS_INSTALL } from './schemathesis.js';

/** Per service: cases per operation and phase (about 1,200 to 1,500 cases each), and a safety bound in seconds. */
export const FUZZ_BUDGET = { maxExamples: 165, maxSeconds: 180, seed: 20261207, minCases: 1000 } as const;
/** Per service and pattern through the twin: every service once per API type, at a smaller budget. */
export const GATEWAY_BUDGET = { maxExamples: 24, maxSeconds: 90, seed: 20261207, minCases: 300 } as const;
export const GATEWAY_PATTERNS = ['http-lambda-baseline', 'rest-vpclinkv2-alb'] as const;
/** A stage throttle far above what one fuzzing client sends, so the runs reach the services. */
const GATEWAY_THROTTLE = { rateLimit: 5000, burstLimit: 2000 };
export const RESULTS_FILE = resolve(REPO_ROOT, 'results', 'fuzz', 'results.json');

const st = resolveSchemathesis();
const tool = optionalTool('schemathesis', st !== undefined, SCHEMATHESIS_INSTALL);
const runs: FuzzRun[] = [];

/** The run's failures in a form a reader can act on: the checks that failed and schemathesis' report. */
function explain(run: FuzzRun): string {
  const killed = run.exitCode === null ? ' (killed at the safety bound)' : '';
  return `${run.label}${killed}: failed checks ${JSON.stringify(run.failedChecks)}, errors ${run.errors}\n${run.output.slice(-6000)}`;
}

afterAll(async () => {
  if (runs.length === 0) return;
  process.stdout.write(`\n[fuzz] schemathesis, seed ${FUZZ_BUDGET.seed}\n${formatTable(runs)}\n`);
  await writeResults(RESULTS_FILE, runs, {
    seed: FUZZ_BUDGET.seed,
    direct: FUZZ_BUDGET,
    gateway: GATEWAY_BUDGET,
  });
});

/** How many responses of the run had a status starting with `digit`. */
function answered(run: FuzzRun, digit: string): number {
  return Object.values(run.routes)
    .flatMap((route) => Object.entries(route.statuses))
    .reduce((sum, [status, count]) => sum + (status.startsWith(digit) ? count : 0), 0);
}

/** Asserts one run: no 5xx, no failed check, no schemathesis error, and the case floor reached. */
function expectClean(run: FuzzRun, minCases: number): void {
  runs.push(run);
  const totals = totalsOf(run);
  expect(totals.serverErrors, explain(run)).toBe(0);
  expect(totals.violations, explain(run)).toBe(0);
  expect(totals.errors, explain(run)).toBe(0);
  expect(totals.cases, explain(run)).toBeGreaterThanOrEqual(minCases);
}

describe.skipIf(!tool.available)('fuzzing every service directly (schemathesis)', () => {
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
        expectClean(run, FUZZ_BUDGET.minCases);
      } finally {
        await server?.stop('SIGTERM');
      }
    },
  );
});

describe.skipIf(!tool.available)(`fuzzing through the twin (${GATEWAY_PATTERNS.join(', ')})`, () => {
  let root: string;
  let twin: RunningTwin | undefined;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pik-fuzz-twin-'));
    const cdkOut = join(root, 'cdk.out');
    buildPikApp({
      outdir: cdkOut,
      patterns: GATEWAY_PATTERNS,
      commonProps: { throttle: GATEWAY_THROTTLE },
      // The REST API requires an API key too, so its runs send both credentials the targets file names.
      stackProps: { 'rest-vpclinkv2-alb': { apiKey: true } },
      nag: false,
    }).app.synth();
    twin = await startTwin(root, cdkOut, GATEWAY_PATTERNS);
  });
  afterAll(async () => {
    await twin?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('takes both credentials of the REST run from the targets file: a client-credentials token and an API key', () => {
    const rest = twin?.targets.patterns.find((candidate) => candidate.id === 'rest-vpclinkv2-alb');
    expect(rest?.auth.map((auth) => auth.kind)).toEqual(['jwt', 'api-key']);
  });

  const cases = GATEWAY_PATTERNS.flatMap((pattern) =>
    SERVICES.map((service) => [pattern, service.name] as const),
  );
  it.each(cases)('%s %s: no 5xx, no failed check', async (patternId, name) => {
    const pattern = twin?.targets.patterns.find((candidate) => candidate.id === patternId);
    const service = pattern?.services.find((candidate) => candidate.name === name);
    if (!pattern || !service) throw new Error(`${patternId} does not front ${name} in the targets file`);
    const schemaFile = join(root, `${patternId}-${name}.openapi.json`);
    const document = await gatewayDocument(
      resolve(REPO_ROOT, 'services', name, 'openapi.json'),
      service.path,
      pattern.baseUrl,
    );
    await writeGatewayDocument(schemaFile, document);
    const run = await runSchemathesis(st as string, {
      label: `${patternId} ${name}`,
      schemaFile,
      baseUrl: pattern.baseUrl,
      headers: await authHeaders(pattern),
      ...GATEWAY_BUDGET,
    });
    expectClean(run, GATEWAY_BUDGET.minCases);
    // The overlay lets 401/403 pass as documented answers: make sure the credentials got requests through.
    expect(answered(run, '2'), `${run.label}: no request reached the service`).toBeGreaterThan(0);
  });
});
