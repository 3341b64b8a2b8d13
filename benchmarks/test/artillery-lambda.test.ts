/**
 * `pik bench --engine artillery-lambda`: the artillery half sent to `artillery run-lambda`. No AWS account
 * here, so the child process is replaced: it records the exact command line, then stands in for the
 * Lambda fleet by running one worker's share with local artillery (same script, same `.env`), whose
 * combined report `pik bench` then normalizes. Targets: a known local stand-in labelled as on AWS.
 */
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetPattern, TargetsFile } from '@pik/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import { artilleryLambdaArgs, perWorkerPhases } from '../src/distributed/artillery-lambda.js';
import { inlineSecrets } from '../src/targets/auth-headers.js';
import { runToFiles } from '../src/tools/process.js';
import { ARTILLERY_NO_TELEMETRY, artilleryBin } from '../src/tools/run-artillery.js';
import { type FakeService, startFakeService } from './support/fake-service.js';

const NETWORK = { subnetIds: ['subnet-0a1', 'subnet-0b2'], securityGroupIds: ['sg-0c3'] };
const COUNT = 2;
const REGION = 'eu-west-1';

interface Call {
  readonly args: string[];
  readonly cwd: string;
  readonly dotenvText: string;
  readonly dotenvMode: number;
}

describe('pik bench --engine artillery-lambda (child process replaced)', () => {
  let service: FakeService;
  let dir: string;
  let outcome: BenchOutcome;
  const calls: Call[] = [];

  /** Records the command line and runs one Lambda worker's share locally with what it was given. */
  const spawn: typeof runToFiles = async (command, args, options) => {
    expect(command).toBe(process.execPath);
    const dotenv = args[args.indexOf('--dotenv') + 1] as string;
    const dotenvText = await readFile(dotenv, 'utf8');
    calls.push({ args: [...args], cwd: options.cwd, dotenvText, dotenvMode: statSync(dotenv).mode & 0o777 });
    const shipped = Object.fromEntries(
      dotenvText
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const report = args[args.indexOf('--output') + 1] as string;
    const script = args.at(-1) as string;
    return runToFiles(
      command,
      ['--require', ARTILLERY_NO_TELEMETRY, artilleryBin(), 'run', '--output', report, script],
      {
        ...options,
        env: { ...options.env, ...shipped, WORKERS: '1' },
      },
    );
  };

  beforeAll(async () => {
    service = await startFakeService({
      rateLimit: 500,
      burstLimit: 200,
      stage: '/prod',
      apiKey: 'lambda-key',
    });
    dir = await mkdtemp(join(tmpdir(), 'pik-bench-lambda-'));
    const local = service.targets(['rest-vpclink-shared-nlb']);
    const [target] = local.patterns as [TargetPattern];
    const targets: TargetsFile = {
      ...local,
      world: `aws:${REGION}`,
      patterns: [{ ...target, privateNetwork: NETWORK }],
    };
    outcome = await runBench({
      targets,
      scenarios: ['latency'],
      tool: 'artillery',
      variant: 'short',
      durationSec: 3,
      outDir: dir,
      secrets: inlineSecrets,
      enrich: async (file) => file,
      artilleryLambda: { count: COUNT, region: REGION, spawn },
      log: () => {},
    });
  }, 240_000);

  afterAll(async () => {
    await service?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs artillery run-lambda with the count, the Region, and the VPC of a private target', () => {
    expect(calls).toHaveLength(1);
    const call = calls[0] as Call;
    const folder = join(dir, 'raw', 'rest-vpclink-shared-nlb', 'latency', 'artillery');
    expect(call.args).toEqual([
      '--require',
      ARTILLERY_NO_TELEMETRY,
      artilleryBin(),
      'run-lambda',
      '--count',
      String(COUNT),
      '--region',
      REGION,
      '--subnet-ids',
      'subnet-0a1,subnet-0b2',
      '--security-group-ids',
      'sg-0c3',
      '--dotenv',
      call.args[call.args.indexOf('--dotenv') + 1],
      '--output',
      join(folder, 'artillery-report.json'),
      join(folder, 'artillery-script.json'),
    ]);
    expect(call.cwd).toBe(folder);
  });

  it('leaves the VPC flags out for a target reachable from anywhere', () => {
    const files = { script: '/r/artillery-script.json', report: '/r/artillery-report.json' };
    expect(artilleryLambdaArgs(files, { count: 3, region: 'us-east-2' }, undefined, '/tmp/x/.env')).toEqual([
      'run-lambda',
      '--count',
      '3',
      '--region',
      'us-east-2',
      '--dotenv',
      '/tmp/x/.env',
      '--output',
      '/r/artillery-report.json',
      '/r/artillery-script.json',
    ]);
  });

  it('ships the credentials in a private .env outside the results folder, removed after the run', () => {
    for (const call of calls) {
      const dotenv = call.args[call.args.indexOf('--dotenv') + 1] as string;
      expect(dotenv.startsWith(dir)).toBe(false);
      expect(call.dotenvMode).toBe(0o600);
      expect(JSON.parse(call.dotenvText.replace(/^PIK_HEADERS=/, ''))).toEqual({ 'x-api-key': 'lambda-key' });
      expect(() => statSync(dotenv)).toThrow();
    }
  });

  it('gives each worker its share of the rate and normalizes the combined report', async () => {
    const script = JSON.parse(
      await readFile(
        join(dir, 'raw', 'rest-vpclink-shared-nlb', 'latency', 'artillery', 'artillery-script.json'),
        'utf8',
      ),
    );
    const record = outcome.results.results.find((r) => r.pattern === 'rest-vpclink-shared-nlb');
    expect(record?.distributed).toEqual({ engine: 'artillery-lambda', workers: COUNT, region: REGION });
    expect(outcome.table).toContain(`(artillery-lambda x${COUNT})`);
    expect(record?.label).toBe(`AWS ${REGION}`);
    // The plan offers 20/s; each of the two workers is asked for half.
    expect(script.config.phases[0].arrivalRate).toBe(10);
    // One worker's share ran: half the plan's requests, every one answered 200 or 201 by the stand-in.
    const total = record?.requests.total ?? 0;
    expect(total).toBeGreaterThanOrEqual(Math.floor((record?.offeredRequests ?? 0) / COUNT) - 2);
    expect(total).toBeLessThanOrEqual(Math.ceil((record?.offeredRequests ?? 0) / COUNT) + 2);
    expect((record?.requests.byStatus['200'] ?? 0) + (record?.requests.byStatus['201'] ?? 0)).toBe(total);
    expect(record?.latencyMs.p50).toBeGreaterThan(0);
    // The per-request logs stay on the workers: no timeline, and every count check still holds.
    expect(record?.timeline).toEqual([]);
    expect(record?.consistency.filter((c) => !c.pass)).toEqual([]);
  });

  it('refuses twin targets, which Lambda workers cannot reach, before starting anything', async () => {
    const before = calls.length;
    await expect(
      runBench({
        targets: service.targets(['rest-vpclink-shared-nlb']),
        scenarios: ['latency'],
        tool: 'artillery',
        variant: 'short',
        outDir: join(dir, 'twin'),
        artilleryLambda: { count: COUNT, region: REGION, spawn },
        log: () => {},
      }),
    ).rejects.toThrow('Lambda workers cannot reach the twin');
    expect(calls.length).toBe(before);
  });

  it('divides bursts, steady rates and ramps by the worker count; refuses what artillery cannot split', () => {
    expect(
      perWorkerPhases(
        [
          { name: 'b', kind: 'burst', startSec: 0, size: 12 },
          {
            name: 'r',
            kind: 'arrival',
            startSec: 1,
            stages: [
              { durationSec: 2, fromRate: 8, toRate: 8 },
              { durationSec: 5, fromRate: 10, toRate: 30 },
            ],
          },
        ],
        4,
      ),
    ).toEqual([
      { name: 'b', kind: 'burst', startSec: 0, size: 3 },
      {
        name: 'r',
        kind: 'arrival',
        startSec: 1,
        stages: [
          { durationSec: 2, fromRate: 2, toRate: 2 },
          { durationSec: 5, fromRate: 2.5, toRate: 7.5 },
        ],
      },
    ]);
    const steady = {
      name: 'steady',
      kind: 'arrival',
      startSec: 0,
      stages: [{ durationSec: 8, fromRate: 20, toRate: 20 }],
    } as const;
    expect(() => perWorkerPhases([steady], 3)).toThrow(
      "--count 3: steady's 20/s does not split into whole arrivals",
    );
    expect(() => perWorkerPhases([{ name: 'cold', kind: 'burst', startSec: 0, size: 12 }], 5)).toThrow(
      'the burst of 12 in cold',
    );
  });
});
