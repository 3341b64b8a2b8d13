#!/usr/bin/env node
/**
 * bench:cold -- each service's Lambda bundle, cold: a fresh `node` process loads dist/lambda/index.mjs
 * and serves its first event (an HTTP API GET); next to the floor of the services' design (Fastify, one
 * route, @fastify/aws-lambda, the same DynamoDB client), which the goal is judged against, and a bare
 * handler that creates that client and nothing else (information). Repetitions are interleaved (a
 * rotating order per round); ratios are medians of the per-round ratios ({@link ./cold-judge.ts}).
 *
 *   npm run bench:cold -- [--reps 10] [--services catalog,orders] [--event health|read] [--out DIR]
 *                         [--profile DIR] [--extra name=bundle.mjs,...]
 *
 * `--event health` (default) is GET /healthz: init cost alone, no I/O. `--event read` is GET of a seeded
 * item: every side, bare handler included, sends one GetItem to dynalite started by the bench, so the
 * figure is a realistic first request (the SDK's first call, and a service's first validated route).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { connectDataStore, type DataStore } from '@pik/service-kit';
import { moduleBytes } from '@pik/service-kit/bundle';
import {
  BUNDLE_PATHS,
  defaultTableName,
  HEALTH_PATHS,
  SERVICE_NAMES,
  type ServiceName,
  serviceByName,
} from '@pik/service-kit/catalogue';
import { seed, seedId } from '@pik/service-kit/seed';
import { type BuiltBundle, bundleReferenceHandler, type ReferenceHandler } from './cold-bundle.js';
import { COLD_GOALS, type ColdRow, type ColdSample, summarizeCold } from './cold-judge.js';
import { loadWarning, machineLoad, REPO_ROOT, renderTable, rerunCommand, writeResultFile } from './output.js';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cold-runner.js');

/** The first event of every cold process: the liveness path, or a read of one seeded item. */
export const COLD_EVENTS = ['health', 'read'] as const;
export type ColdEvent = (typeof COLD_EVENTS)[number];

interface Target {
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
  /** The service whose path and table the event uses (the reference handlers borrow the first one's). */
  readonly service: ServiceName;
}

function eventPathOf(target: Target, event: ColdEvent): string {
  if (event === 'health') return HEALTH_PATHS.live;
  return `${serviceByName(target.service).basePath}/${seedId(target.service, 0)}`;
}

/**
 * The environment of a Lambda execution environment, minus anything that would reach AWS. `storeEndpoint`
 * is the seeded store the bench started for `read` events.
 */
function lambdaEnv(target: Target, storeEndpoint: string | undefined): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    AWS_LAMBDA_FUNCTION_NAME: `pik-bench-${target.name}`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
    AWS_REGION: 'us-east-1',
    // Placeholders: requests go to the bench's own store at most, and no credential chain is walked.
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    TABLE_NAME: defaultTableName(target.service),
    ...(storeEndpoint ? { DYNAMODB_ENDPOINT: storeEndpoint } : {}),
  };
}

/** Spawns one cold process and resolves when its first response arrives on fd 3. */
export function coldStart(
  target: Target,
  event: ColdEvent,
  storeEndpoint: string | undefined,
  profileDir?: string,
): Promise<ColdSample> {
  return new Promise((resolve, reject) => {
    const nodeArgs = profileDir
      ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${target.name}.cpuprofile`]
      : [];
    const startedAt = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, RUNNER, target.file, eventPathOf(target, event)], {
      env: lambdaEnv(target, storeEndpoint),
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let buffered = '';
    let sample: ColdSample | undefined;
    let failure: Error | undefined;
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      const arrivedAt = performance.now();
      buffered += chunk.toString();
      const newline = buffered.indexOf('\n');
      if (newline < 0 || sample || failure) return;
      const line = JSON.parse(buffered.slice(0, newline)) as Record<string, unknown>;
      if (!line.ok) {
        failure = new Error(`${target.name}: ${String(line.error)}`);
        return;
      }
      sample = {
        totalMs: arrivedAt - startedAt,
        bootMs: Number(line.bootMs),
        importMs: Number(line.importMs),
        firstEventMs: Number(line.firstEventMs),
        cpuMs: Number(line.cpuMs),
        statusCode: Number(line.statusCode),
        cold: line.cold as string | undefined,
        globalRequire: String(line.globalRequire),
      };
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (sample && sample.statusCode === 200) resolve(sample);
      else if (sample) reject(new Error(`${target.name}: first event answered ${sample.statusCode}`));
      else
        reject(
          failure ?? new Error(`${target.name}: exited ${code} without a response\n${stderr.slice(-2000)}`),
        );
    });
  });
}

export interface ColdOptions {
  readonly reps: number;
  readonly services: readonly ServiceName[];
  readonly event: ColdEvent;
  readonly profileDir?: string | undefined;
  /** More bundles to measure alongside (name and file), e.g. variants while working on start-up. */
  readonly extraBundles?: readonly { name: string; file: string }[];
  readonly log?: (line: string) => void;
}

export async function runColdBench(options: ColdOptions): Promise<{ rows: ColdRow[]; missing: string[] }> {
  const built: BuiltBundle[] = [];
  let store: DataStore | undefined;
  try {
    const references: Target[] = [];
    // The reference handlers read from the first service's table (catalog when none is measured).
    const service = options.services[0] ?? SERVICE_NAMES[0];
    for (const name of ['bare-handler', 'fastify-floor'] satisfies ReferenceHandler[]) {
      const bundle = await bundleReferenceHandler(name);
      built.push(bundle);
      references.push({ name, file: bundle.file, bytes: bundle.bytes, service });
    }
    if (options.event === 'read') {
      // dynalite in this process: idle while a cold process runs, it answers that process's one GetItem.
      store = await connectDataStore(service, {});
      await seed({ endpoint: store.endpoint, services: [...new Set([service, ...options.services])] });
    }
    return await measureTargets(options, references, store?.endpoint);
  } finally {
    await Promise.all(built.map((bundle) => bundle.remove()));
    await store?.close();
  }
}

async function measureTargets(
  options: ColdOptions,
  references: readonly Target[],
  storeEndpoint: string | undefined,
): Promise<{ rows: ColdRow[]; missing: string[] }> {
  const log = options.log ?? (() => {});
  const targets: Target[] = [...references];
  const missing: string[] = [];
  for (const service of options.services) {
    const file = path.join(REPO_ROOT, 'services', service, BUNDLE_PATHS.lambdaDir, 'index.mjs');
    // The whole bundle: index.mjs and the ESM chunks it loads on first use.
    if (existsSync(file))
      targets.push({ name: service, file, bytes: await moduleBytes(path.dirname(file)), service });
    else missing.push(`${service}: no ${path.relative(REPO_ROOT, file)} (build the services first)`);
  }
  for (const extra of options.extraBundles ?? [])
    targets.push({
      ...extra,
      // Like a service's: every module of its folder (a copied dist/lambda carries its chunks).
      bytes: await moduleBytes(path.dirname(extra.file)),
      service: (references[0] as Target).service,
    });
  // One unmeasured start each: file cache and first-run effects land on nobody's figures.
  for (const target of targets) await coldStart(target, options.event, storeEndpoint);
  const samples = new Map<string, ColdSample[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < options.reps; round++) {
    // Rotate the order each round so no target always runs right after another.
    const order = targets.map((_, i) => targets[(i + round) % targets.length] as Target);
    for (const target of order)
      samples.get(target.name)?.push(await coldStart(target, options.event, storeEndpoint));
    log(`round ${round + 1}/${options.reps} done`);
  }
  if (options.profileDir) {
    for (const target of targets) await coldStart(target, options.event, storeEndpoint, options.profileDir);
    log(`CPU profiles in ${options.profileDir}`);
  }
  const bare = samples.get('bare-handler') ?? [];
  const floor = samples.get('fastify-floor') ?? [];
  const rows = [
    summarizeCold(targets[0] as Target, bare),
    summarizeCold(targets[1] as Target, floor, { bare }),
    ...targets.slice(2).map((t) => summarizeCold(t, samples.get(t.name) ?? [], { bare, floor })),
  ];
  return { rows, missing };
}

const orDash = (value: number | undefined): number | string => value ?? '-';

function table(rows: readonly ColdRow[]): string {
  return renderTable([
    [
      'target',
      'bundle bytes',
      'median ms',
      'min',
      'max',
      'import ms',
      '1st event ms',
      'cpu ms',
      'x floor',
      'x floor cpu',
      'x bare',
      'x bare cpu',
      PIK_HEADERS.cold,
      'ESM',
      'goal',
    ],
    ...rows.map((r) => [
      r.target,
      r.bundleBytes,
      r.medianMs,
      r.minMs,
      r.maxMs,
      r.medianImportMs,
      r.medianFirstEventMs,
      r.medianCpuMs,
      orDash(r.overFloor),
      orDash(r.cpuOverFloor),
      orDash(r.ratio),
      orDash(r.cpuRatio),
      r.coldHeader ?? '-',
      r.loadsAsEsm ? 'yes' : 'NO',
      r.withinGoals === undefined ? '-' : r.withinGoals ? 'met' : 'MISSED',
    ]),
  ]);
}

/** The lines under the table: what the floor is, and the goal each service row was judged by. */
function explanation(rows: readonly ColdRow[]): string[] {
  const lines = [
    `goal: each service <= ${COLD_GOALS.maxOverFloor}x fastify-floor in wall ms and in CPU ms ("x floor": the median of the per-round ratios), bundle <= ${COLD_GOALS.maxBundleBytes} bytes.`,
  ];
  const floor = rows.find((row) => row.target === 'fastify-floor');
  if (floor?.ratio !== undefined)
    lines.push(
      `fastify-floor (Fastify + one route + @fastify/aws-lambda, no schemas, hooks or logger) starts at ${floor.ratio}x the bare handler (${floor.cpuRatio}x in CPU ms); "x bare" is information, not a goal.`,
    );
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string', default: '10' },
      services: { type: 'string', default: SERVICE_NAMES.join(',') },
      event: { type: 'string', default: 'health' },
      out: { type: 'string' },
      profile: { type: 'string' },
      extra: { type: 'string', default: '' },
    },
  });
  const services = values.services.split(',').filter(Boolean) as ServiceName[];
  const unknown = services.filter((s) => !SERVICE_NAMES.includes(s));
  if (unknown.length)
    throw new Error(`--services: unknown ${unknown.join(', ')} (known: ${SERVICE_NAMES.join(', ')})`);
  const event = values.event as ColdEvent;
  if (!COLD_EVENTS.includes(event))
    throw new Error(`--event: ${values.event} (known: ${COLD_EVENTS.join(', ')})`);
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps must be a positive integer');
  const args = process.argv.slice(2);
  const command = rerunCommand('bench:cold', args);
  const startedAt = new Date().toISOString();
  const loadBefore = machineLoad();
  const { rows, missing } = await runColdBench({
    reps,
    services,
    event,
    profileDir: values.profile ? path.resolve(values.profile) : undefined,
    extraBundles: values.extra
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [name = '', file = ''] = pair.split('=');
        return { name, file: path.resolve(file) };
      }),
    log: (line) => console.error(line),
  });
  const file = await writeResultFile(
    'bench-cold',
    {
      kind: 'bench-cold',
      startedAt,
      command,
      node: process.version,
      cpus: loadBefore.cpus,
      loadAverage1m: { before: loadBefore.loadAverage1m, after: machineLoad().loadAverage1m },
      event: {
        type: 'API Gateway HTTP API (2.0)',
        method: 'GET',
        kind: event,
        path: event === 'health' ? HEALTH_PATHS.live : '/<base>/<first seeded id>, one GetItem to dynalite',
      },
      goals: {
        ...COLD_GOALS,
        judgedBy:
          'overFloor and cpuOverFloor (median of the per-round ratios to fastify-floor, wall and CPU ms) and bundleBytes',
      },
      measure: 'ms from spawning `node` until the first event response arrives (whole process)',
      references: {
        'bare-handler': 'the baseline: creates the same DynamoDB document client and answers JSON',
        'fastify-floor':
          'Fastify 5, one JSON route, readied at init, served through @fastify/aws-lambda, same client',
      },
      rows,
      missing,
    },
    values.out,
  );
  console.log(table(rows));
  console.log(`\n${explanation(rows).join('\n')}`);
  for (const line of missing) console.log(`missing: ${line}`);
  const warning = loadWarning(loadBefore);
  if (warning) console.log(`\n${warning}`);
  console.log(`\nresults: ${path.relative(process.cwd(), file)}\nrerun:   ${command}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
