/**
 * `npm run bench:authorizers -w @pik/twin [-- --requests n] [--cold-starts n] [--out file.json]`
 *
 * Native vs Lambda authorizer in the twin, in one run: one REST gateway with three routes in front of the
 * same constant backend, each guarded differently: the native Cognito user-pool authorizer (the baseline),
 * the kit's Lambda authorizer (@pik/lambda-authorizer's bundle in the twin's Lambda runtime) with result
 * caching off (TTL 0: every request invokes it), and the same with a 300 s TTL. Requests go one at a time,
 * interleaved across the routes, with tokens from the local Cognito-shaped issuer; the client shares the
 * gateway's process. Then the authorizer's own cold start: its environments are reset, and the first
 * request pays the init (reported by the runtime) on top of a warm invocation.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AUTHORIZER_ENV, AUTHORIZER_HANDLER, authorizerBundleDir } from '@pik/lambda-authorizer/bundle';
import { createApiGateway, createTokenIssuer, LambdaRuntime } from '@pik/twin';

const SCOPE = 'pik/invoke';
const CLIENT = 'bench-client';
const ROUTES = {
  native: 'native Cognito authorizer (baseline)',
  lambda: 'Lambda authorizer, no result cache (TTL 0)',
  cached: 'Lambda authorizer, results cached (TTL 300 s)',
} as const;
type RouteName = keyof typeof ROUTES;

interface Summary {
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
}

export interface AuthorizerBenchResult {
  readonly requests: number;
  readonly coldStartRounds: number;
  /** Milliseconds per request, by route. */
  readonly warm: Record<RouteName, Summary>;
  /** What each Lambda authorizer route adds to the native one's p50 (ms). */
  readonly addedP50OverNative: Record<Exclude<RouteName, 'native'>, number>;
  /** The request right after a reset (cold authorizer) and the runtime's init time (ms). */
  readonly cold: { readonly coldRequest: Summary; readonly init: Summary };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 1000) / 1000;

function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
  };
}

async function startBench() {
  const issuer = await createTokenIssuer({
    clients: [{ clientId: CLIENT, clientSecret: 'unused', allowedScopes: [SCOPE] }],
  });
  const runtime = new LambdaRuntime([
    {
      id: 'authz',
      functionName: 'pik-bench-authorizer',
      codeDir: authorizerBundleDir(),
      handler: AUTHORIZER_HANDLER,
      runtime: 'nodejs22.x',
      memoryMb: 512,
      timeoutSeconds: 5,
      environment: {
        [AUTHORIZER_ENV.issuer]: issuer.issuer,
        [AUTHORIZER_ENV.jwksUrl]: issuer.jwksUri,
        [AUTHORIZER_ENV.clientIds]: CLIENT,
        [AUTHORIZER_ENV.scope]: SCOPE,
      },
    },
  ]);
  const lambda = (id: string, ttl: number) => ({
    id,
    type: 'TOKEN' as const,
    functionId: 'authz',
    identitySources: ['method.request.header.Authorization'],
    resultTtlSeconds: ttl,
  });
  const route = (name: RouteName, authorizerId: string, scopes?: string[]) => ({
    routeKey: `GET /${name}/{proxy+}`,
    integration: { id: 'backend', type: 'HTTP_PROXY' as const },
    authorization: { authorizerId, ...(scopes ? { scopes } : {}) },
  });
  const gateway = await createApiGateway(
    {
      apiId: 'bench-auth',
      kind: 'rest',
      stageName: 'v1',
      routes: [
        route('native', 'cognito', [SCOPE]),
        route('lambda', 'lambda-ttl0'),
        route('cached', 'lambda-ttl300'),
      ],
      authorizers: [
        {
          kind: 'cognito',
          id: 'cognito',
          userPools: [{ issuer: issuer.issuer, keys: { jwks: issuer.jwks } }],
        },
      ],
      lambdaAuthorizers: [lambda('lambda-ttl0', 0), lambda('lambda-ttl300', 300)],
    },
    {
      forward: async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' }),
      invoke: runtime.invoke,
      log: () => {},
    },
  );
  const token = await issuer.mint({ clientId: CLIENT, scopes: [SCOPE] });
  const close = async () => {
    await gateway.close();
    await runtime.close();
    await issuer.close();
  };
  return { runtime, token, url: (name: RouteName) => `${gateway.baseUrl}/${name}/item`, close };
}

type Bench = Awaited<ReturnType<typeof startBench>>;

async function timedGet(bench: Bench, name: RouteName): Promise<number> {
  const start = performance.now();
  const response = await fetch(bench.url(name), { headers: { authorization: bench.token } });
  await response.arrayBuffer();
  const elapsed = performance.now() - start;
  if (response.status !== 200) throw new Error(`${ROUTES[name]} answered ${response.status}`);
  return elapsed;
}

/** Warm latency of each route, interleaved request by request after a warm-up. */
async function warmLatency(bench: Bench, requests: number): Promise<Record<RouteName, Summary>> {
  const names = Object.keys(ROUTES) as RouteName[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<RouteName, number[]>;
  for (let i = 0; i < requests + 20; i++) {
    for (const name of names) {
      const ms = await timedGet(bench, name);
      if (i >= 20) samples[name].push(ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])])) as Record<RouteName, Summary>;
}

/** The authorizer's cold start: a request right after its environments are reset, and the runtime's init. */
async function coldStarts(bench: Bench, rounds: number) {
  const requestMs: number[] = [];
  const initMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await bench.runtime.reset('authz');
    requestMs.push(await timedGet(bench, 'lambda'));
    const stats = bench.runtime.pool('authz')?.stats() ?? [];
    initMs.push(Math.max(...stats.map((s) => s.initMs)));
  }
  return { coldRequest: summarize(requestMs), init: summarize(initMs) };
}

export async function main(argv: readonly string[]): Promise<AuthorizerBenchResult> {
  const { values } = parseArgs({
    args: [...argv],
    options: { requests: { type: 'string' }, 'cold-starts': { type: 'string' }, out: { type: 'string' } },
  });
  const requests = Number(values.requests ?? 300);
  const rounds = Number(values['cold-starts'] ?? 5);
  if (!(requests > 0) || !(rounds > 0))
    throw new Error('--requests and --cold-starts must be positive numbers');
  const bench = await startBench();
  try {
    const warm = await warmLatency(bench, requests);
    const cold = await coldStarts(bench, rounds);
    const added = (name: RouteName) => round(warm[name].p50 - warm.native.p50);
    const result: AuthorizerBenchResult = {
      requests,
      coldStartRounds: rounds,
      warm,
      addedP50OverNative: { lambda: added('lambda'), cached: added('cached') },
      cold,
    };
    print(result);
    if (values.out) await writeFile(values.out, `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    await bench.close();
  }
}

function print(result: AuthorizerBenchResult): void {
  const { warm, cold, addedP50OverNative: added } = result;
  console.log(`authorizers in the twin: ${result.requests} warm requests per route, interleaved`);
  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const s = warm[name];
    const extra = name === 'native' ? '' : `  (+${added[name]} ms p50 over native)`;
    console.log(`  ${ROUTES[name].padEnd(48)} p50 ${s.p50} ms  p90 ${s.p90} ms  p99 ${s.p99} ms${extra}`);
  }
  console.log(
    `  Lambda authorizer cold start (${result.coldStartRounds} rounds): request p50 ${cold.coldRequest.p50} ms, init p50 ${cold.init.p50} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
