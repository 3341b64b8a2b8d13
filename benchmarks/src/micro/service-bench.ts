#!/usr/bin/env node
/**
 * bench:service -- one service under a fixed load (autocannon), next to a bare Fastify route and next to
 * the same service with its data store stubbed, all in one run with the same connections and duration.
 * Each server runs in its own child process (pinned to the other core when `taskset` exists), so the
 * load generator does not share a core with the server it measures.
 *
 *   npm run bench:service -- [--service catalog] [--duration 2] [--rounds 3] [--warmup 1] [--connections 10]
 *                            [--rate REQ_PER_S] [--no-pin] [--out DIR]
 *
 * Without `--rate`, each case runs as fast as its connections go (closed loop): req/s is the capacity.
 * With `--rate`, every case gets the same offered load (open loop at that rate), so p50/p99 and server
 * CPU per request compare the servers at equal load rather than each at its own saturation.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SERVICE_NAMES, serviceByName } from '@pik/service-kit/catalogue';
import autocannon from 'autocannon';
import { createBodyFor } from './create-body.js';
import {
  loadWarning,
  machineLoad,
  median,
  REPO_ROOT,
  renderTable,
  rerunCommand,
  round,
  writeResultFile,
} from './output.js';
import type { BareFixtures, TargetKind, TargetMessage } from './service-target.js';

/** The goal from the service design: the service's own overhead within 1.1x of bare Fastify. */
export const SERVICE_GOAL = { maxOverhead: 1.1 } as const;

const TARGET_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'service-target.js');
export const TARGET_KINDS: readonly TargetKind[] = ['bare', 'stubbed', 'dynalite'];
export const OPERATIONS = ['get', 'list', 'post'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface ServiceBenchOptions {
  readonly service: string;
  /** Seconds per case per round. */
  readonly durationSeconds: number;
  /** Rounds over every case: figures are medians over rounds, ratios medians of back-to-back pairs. */
  readonly rounds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
  /** Requests per second offered to every case (open loop); undefined runs closed loop. */
  readonly rate?: number | undefined;
  readonly pin: boolean;
  readonly log?: (line: string) => void;
}

export interface RoundResult {
  readonly requests: number;
  /** Server CPU time (user + system) per request, in microseconds: independent of the load generator. */
  readonly cpuUsPerRequest: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** One operation on one target: medians over rounds, and each round's figures. */
export interface CaseResult extends RoundResult {
  readonly op: Operation;
  readonly target: TargetKind;
  readonly rounds: RoundResult[];
}

export interface OverheadRow {
  readonly op: Operation;
  /** Bare req/s over stubbed-service req/s: how many times the bare route's throughput. */
  readonly rpsRatio: number;
  /** Stubbed-service p50 over bare p50. */
  readonly p50Ratio: number;
  /** Stubbed-service server CPU per request over bare's: the overhead without load-generator limits. */
  readonly cpuRatio: number;
  readonly p99Ratio: number;
  /** With a fixed rate: whether both servers answered at (at least 95% of) that rate. */
  readonly rateSustained?: boolean;
  readonly withinGoal: boolean;
}

interface RunningTarget {
  readonly kind: TargetKind;
  readonly child: ChildProcess;
  readonly url: string;
}

function canPin(): boolean {
  return cpus().length >= 2 && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Starts one server process; with `pin`, on CPU 1 (the load generator keeps CPU 0). */
function startTarget(
  kind: TargetKind,
  service: string,
  pin: boolean,
  fixtures?: BareFixtures,
): Promise<RunningTarget> {
  const [command, args] = pin
    ? ['taskset', ['-c', '1', process.execPath, TARGET_SCRIPT, kind, service]]
    : [process.execPath, [TARGET_SCRIPT, kind, service]];
  const env = { ...process.env };
  delete env.DYNAMODB_ENDPOINT;
  delete env.AWS_LAMBDA_FUNCTION_NAME;
  const child = spawn(command as string, args as string[], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env,
  });
  if (fixtures) child.send(fixtures);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${kind} server did not start within 30 s`));
    }, 30_000);
    child.once('message', (message: TargetMessage) => {
      clearTimeout(timer);
      if (message.type === 'listening') resolve({ kind, child, url: `http://127.0.0.1:${message.port}` });
      else if (message.type === 'failed') reject(new Error(`${kind} server failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with ${code} before listening`));
    });
  });
}

/** The server's own CPU time so far, in microseconds. */
function serverCpu(target: RunningTarget): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: TargetMessage) => {
      if (message.type !== 'cpu') return;
      target.child.off('message', onMessage);
      resolve(message.micros);
    };
    target.child.on('message', onMessage);
    target.child.send({ type: 'cpu' });
  });
}

function stopTarget(target: RunningTarget): Promise<void> {
  return new Promise((resolve) => {
    if (target.child.exitCode !== null) return resolve();
    const timer = setTimeout(() => target.child.kill('SIGKILL'), 5_000);
    target.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    target.child.disconnect();
  });
}

async function request(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Creates `count` items through the API (so both stores hold the same shape) and returns their ids. */
async function seedThroughApi(url: string, body: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await request(url, { method: 'POST', headers: JSON_HEADERS, body });
    if (created.status !== 201)
      throw new Error(`seeding POST ${url} answered ${created.status}: ${JSON.stringify(created.body)}`);
    ids.push((created.body as { id: string }).id);
  }
  return ids;
}

interface CaseRequest {
  readonly path: string;
  readonly method: 'GET' | 'POST';
  readonly body?: string;
}

interface LoadResult {
  readonly result: autocannon.Result;
  /** Every 2xx response time in ms, unrounded (autocannon's own histogram keeps whole milliseconds). */
  readonly latenciesMs: Float64Array;
}

async function load(
  url: string,
  spec: CaseRequest,
  seconds: number,
  connections: number,
  rate: number | undefined,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}${spec.path}`,
        method: spec.method,
        connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        headers: spec.body ? JSON_HEADERS : {},
        ...(spec.body ? { body: spec.body } : {}),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  return { result, latenciesMs: Float64Array.from(latencies).sort() };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export async function runServiceBench(
  options: ServiceBenchOptions,
): Promise<{ cases: CaseResult[]; overhead: OverheadRow[]; pinned: boolean }> {
  const log = options.log ?? (() => {});
  const service = serviceByName(options.service);
  const base = service.basePath;
  const body = JSON.stringify(await createBodyFor(service.name));
  const pinned = options.pin && canPin();
  if (pinned) spawnSync('taskset', ['-a', '-pc', '0', String(process.pid)], { stdio: 'ignore' });
  const running: RunningTarget[] = [];
  try {
    const stubbed = await startTarget('stubbed', service.name, pinned);
    running.push(stubbed);
    const dynalite = await startTarget('dynalite', service.name, pinned);
    running.push(dynalite);
    const [stubbedIds, dynaliteIds] = await Promise.all([
      seedThroughApi(`${stubbed.url}${base}`, body, 25),
      seedThroughApi(`${dynalite.url}${base}`, body, 25),
    ]);
    const fixtures: BareFixtures = {
      item: (await request(`${stubbed.url}${base}/${stubbedIds[0]}`)).body,
      page: (await request(`${stubbed.url}${base}?limit=20`)).body,
      created: (await request(`${stubbed.url}${base}`, { method: 'POST', headers: JSON_HEADERS, body })).body,
    };
    const bare = await startTarget('bare', service.name, pinned, fixtures);
    running.push(bare);
    const ids: Record<TargetKind, string> = {
      bare: stubbedIds[0] as string,
      stubbed: stubbedIds[0] as string,
      dynalite: dynaliteIds[0] as string,
    };
    const targets: Record<TargetKind, RunningTarget> = { bare, stubbed, dynalite };
    const specFor = (op: Operation, kind: TargetKind): CaseRequest =>
      op === 'get'
        ? { path: `${base}/${ids[kind]}`, method: 'GET' }
        : op === 'list'
          ? { path: `${base}?limit=20`, method: 'GET' }
          : { path: base, method: 'POST', body };
    const measured = new Map<string, RoundResult[]>();
    for (let round = 0; round < options.rounds; round++) {
      for (const op of OPERATIONS) {
        for (const kind of TARGET_KINDS) {
          const spec = specFor(op, kind);
          if (round === 0 && options.warmupSeconds > 0) {
            await load(targets[kind].url, spec, options.warmupSeconds, options.connections, options.rate);
          }
          const cpuBefore = await serverCpu(targets[kind]);
          const outcome = await load(
            targets[kind].url,
            spec,
            options.durationSeconds,
            options.connections,
            options.rate,
          );
          const row = roundResult(outcome, (await serverCpu(targets[kind])) - cpuBefore);
          measured.set(`${op}/${kind}`, [...(measured.get(`${op}/${kind}`) ?? []), row]);
          log(
            `round ${round + 1}: ${op} ${kind}: ${row.rps} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms`,
          );
        }
      }
    }
    const cases = OPERATIONS.flatMap((op) =>
      TARGET_KINDS.map((kind) => caseResult(op, kind, measured.get(`${op}/${kind}`) ?? [])),
    );
    return { cases, overhead: OPERATIONS.map((op) => overheadOf(op, cases, options.rate)), pinned };
  } finally {
    await Promise.all(running.map(stopTarget));
  }
}

function roundResult({ result, latenciesMs }: LoadResult, serverCpuMicros: number): RoundResult {
  return {
    requests: result.requests.total,
    cpuUsPerRequest: round(serverCpuMicros / Math.max(1, result.requests.total), 1),
    rps: Math.round(result.requests.average),
    p50Ms: round(percentile(latenciesMs, 50), 3),
    p99Ms: round(percentile(latenciesMs, 99), 3),
    meanMs: round(latenciesMs.reduce((sum, value) => sum + value, 0) / latenciesMs.length, 3),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function caseResult(op: Operation, target: TargetKind, rounds: RoundResult[]): CaseResult {
  const mid = (pick: (r: RoundResult) => number) => round(median(rounds.map(pick)), 3);
  const sum = (pick: (r: RoundResult) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  return {
    op,
    target,
    requests: sum((r) => r.requests),
    cpuUsPerRequest: mid((r) => r.cpuUsPerRequest),
    rps: Math.round(median(rounds.map((r) => r.rps))),
    p50Ms: mid((r) => r.p50Ms),
    p99Ms: mid((r) => r.p99Ms),
    meanMs: mid((r) => r.meanMs),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    rounds,
  };
}

/** A case sustained a fixed rate when its median req/s reached 95% of it. */
export const SUSTAINED_SHARE = 0.95;

function overheadOf(op: Operation, cases: readonly CaseResult[], rate: number | undefined): OverheadRow {
  const roundsOf = (kind: TargetKind) => cases.find((c) => c.op === op && c.target === kind)?.rounds ?? [];
  const bare = roundsOf('bare');
  const stubbed = roundsOf('stubbed');
  // Paired by round: bare and stubbed ran back to back, so drift on a shared machine mostly cancels out.
  const paired = (ratio: (b: RoundResult, s: RoundResult) => number) =>
    round(median(bare.map((b, i) => ratio(b, stubbed[i] as RoundResult))), 3);
  const rpsRatio = paired((b, s) => b.rps / s.rps);
  const p50Ratio = paired((b, s) => s.p50Ms / b.p50Ms);
  const p99Ratio = paired((b, s) => s.p99Ms / b.p99Ms);
  const cpuRatio = paired((b, s) => s.cpuUsPerRequest / b.cpuUsPerRequest);
  if (rate === undefined) {
    const withinGoal = rpsRatio <= SERVICE_GOAL.maxOverhead && p50Ratio <= SERVICE_GOAL.maxOverhead;
    return { op, rpsRatio, p50Ratio, p99Ratio, cpuRatio, withinGoal };
  }
  // At a fixed rate req/s is the same by design; the overhead shows in latency and in CPU per request.
  const sustained = (kind: TargetKind) =>
    (cases.find((c) => c.op === op && c.target === kind)?.rps ?? 0) >= SUSTAINED_SHARE * rate;
  const rateSustained = sustained('bare') && sustained('stubbed');
  const withinGoal =
    rateSustained && p50Ratio <= SERVICE_GOAL.maxOverhead && cpuRatio <= SERVICE_GOAL.maxOverhead;
  return { op, rpsRatio, p50Ratio, p99Ratio, cpuRatio, rateSustained, withinGoal };
}

function tables(
  cases: readonly CaseResult[],
  overhead: readonly OverheadRow[],
  rate: number | undefined,
): string {
  const measured = renderTable([
    [
      'op',
      'target',
      'req/s',
      'p50 ms',
      'p99 ms',
      'mean ms',
      'server CPU us/req',
      'requests',
      'non-2xx',
      'errors',
    ],
    ...cases.map((c) => [
      c.op,
      c.target,
      c.rps,
      c.p50Ms,
      c.p99Ms,
      c.meanMs,
      c.cpuUsPerRequest,
      c.requests,
      c.non2xx,
      c.errors,
    ]),
  ]);
  const ratios = renderTable([
    [
      'op',
      'bare/stubbed req/s',
      'stubbed/bare p50',
      'stubbed/bare p99',
      'stubbed/bare CPU/req',
      rate === undefined
        ? `goal <= ${SERVICE_GOAL.maxOverhead} (req/s, p50)`
        : `goal <= ${SERVICE_GOAL.maxOverhead} (p50, CPU/req)`,
    ],
    ...overhead.map((o) => [
      o.op,
      o.rpsRatio,
      o.p50Ratio,
      o.p99Ratio,
      o.cpuRatio,
      o.rateSustained === false ? 'RATE NOT SUSTAINED' : o.withinGoal ? 'met' : 'MISSED',
    ]),
  ]);
  const load =
    rate === undefined
      ? 'each case as fast as its connections go (closed loop)'
      : `every case offered ${rate} req/s (open loop)`;
  return `${measured}\n\nservice overhead (store stubbed) against bare Fastify, ${load}\n${ratios}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      service: { type: 'string', default: 'catalog' },
      duration: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      connections: { type: 'string', default: '10' },
      rate: { type: 'string' },
      'no-pin': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  if (!(SERVICE_NAMES as readonly string[]).includes(values.service)) {
    throw new Error(`--service: unknown ${values.service} (known: ${SERVICE_NAMES.join(', ')})`);
  }
  const number = (name: string, value: string, min: number) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min) throw new Error(`--${name} must be a number >= ${min}`);
    return parsed;
  };
  const options: ServiceBenchOptions = {
    service: values.service,
    durationSeconds: number('duration', values.duration, 1),
    rounds: Math.round(number('rounds', values.rounds, 1)),
    warmupSeconds: number('warmup', values.warmup, 0),
    connections: number('connections', values.connections, 1),
    rate: values.rate === undefined ? undefined : number('rate', values.rate, 1),
    pin: !values['no-pin'],
    log: (line) => console.error(line),
  };
  const command = rerunCommand('bench:service', process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const loadBefore = machineLoad();
  const { cases, overhead, pinned } = await runServiceBench(options);
  const file = await writeResultFile(
    'bench-service',
    {
      kind: 'bench-service',
      startedAt,
      command,
      node: process.version,
      cpus: loadBefore.cpus,
      loadAverage1m: { before: loadBefore.loadAverage1m, after: machineLoad().loadAverage1m },
      pinned: pinned ? 'load generator on CPU 0, servers on CPU 1 (taskset)' : false,
      service: options.service,
      load: {
        tool: 'autocannon',
        connections: options.connections,
        rate: options.rate ?? 'closed loop',
        durationSeconds: options.durationSeconds,
        rounds: options.rounds,
        warmupSeconds: options.warmupSeconds,
      },
      targets: {
        bare: 'Fastify 5, logger off, JSON routes answering the service responses captured in this run',
        stubbed:
          'the service app (logger off) with an in-memory data store passed through its `store` option',
        dynalite: 'the service app (logger off) on the embedded store: dynalite in the server process',
      },
      goal: SERVICE_GOAL,
      cases,
      overhead,
    },
    values.out,
  );
  console.log(tables(cases, overhead, options.rate));
  const warning = loadWarning(loadBefore);
  if (warning) console.log(`\n${warning}`);
  console.log(`\nresults: ${path.relative(process.cwd(), file)}\nrerun:   ${command} (from ${REPO_ROOT})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
