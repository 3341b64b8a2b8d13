import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureRepo, resourcesOfType, serviceOf } from '@pik/cdk-constructs/testing';
import {
  API_CACHE_CONTEXT_KEY,
  AUTH_CONTEXT_KEY,
  OUTPUT_KEYS,
  PATTERNS,
  type PatternId,
  STAGE_THROTTLE_CONTEXT_KEY,
  serviceOutputKey,
  TEMPLATE_METADATA_KEY,
} from '@pik/contracts';
import { SERVICES } from '@pik/service-kit/catalogue';
import { Match, Template as StackTemplate } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { buildPikApp, parseApiCacheContext, parseAuthContext, parseStageThrottleContext } from './app.js';

type Template = Parameters<typeof resourcesOfType>[0] & {
  Metadata?: Record<string, unknown>;
  Outputs?: Record<string, unknown>;
};

const outdir = mkdtempSync(join(tmpdir(), 'pik-cdk-out-'));
// cdk-nag runs as a CDK validation plugin: synth throws on any unacknowledged finding.
buildPikApp({ outdir, repoRoot: createFixtureRepo() }).app.synth();
const templateOf = (stackName: string): Template =>
  JSON.parse(readFileSync(join(outdir, `${stackName}.template.json`), 'utf8')) as Template;

/**
 * Every function of a template but the one aws-cdk-lib builds behind `AwsCustomResource` (option 7 reads
 * its endpoint's addresses with one at deploy time) and the live feed's own (routes, fan-out, authorizer:
 * pattern 8); they serve no service's requests.
 */
function serviceFunctions(t: Parameters<typeof resourcesOfType>[0]) {
  return (
    Object.entries(resourcesOfType(t, 'AWS::Lambda::Function'))
      .filter(([id]) => !id.startsWith('AWS679f53fac002430cb0da5b7982bd2287') && !id.startsWith('LiveFeed'))
      // Option 9's write consumer and status functions serve all four services (one function, four tables).
      .filter(([id]) => !id.startsWith('WriteConsumer'))
      .map(([, fn]) => fn)
  );
}

describe('the pik CDK app', () => {
  it('synthesizes one stack per pattern, named as the contracts say, with cdk-nag passing', () => {
    // Reaching this point means synth succeeded: a cdk-nag finding would have thrown above.
    for (const p of PATTERNS)
      expect(existsSync(join(outdir, `${p.stackName}.template.json`)), p.id).toBe(true);
  });

  it('fails synth on an unacknowledged cdk-nag finding', () => {
    const { app, stacks } = buildPikApp({
      outdir: mkdtempSync(join(tmpdir(), 'pik-cdk-bad-')),
      repoRoot: createFixtureRepo(),
      patterns: ['http-lambda-baseline'],
    });
    const stack = stacks.get('http-lambda-baseline');
    if (!stack) throw new Error('stack missing');
    new sqs.Queue(stack, 'QueueWithoutTls');
    expect(() => app.synth()).toThrow(/SQS queue.*\(AwsSolutions\)/s);
  });

  it('marks every template with its pattern id in top-level Metadata', () => {
    for (const p of PATTERNS) {
      const meta = templateOf(p.stackName).Metadata?.[TEMPLATE_METADATA_KEY] as {
        pattern: string;
        services: unknown[];
      };
      expect(meta.pattern).toBe(p.id);
      expect(meta.services).toHaveLength(SERVICES.length);
    }
  });

  it('gives every function and container SERVICE_NAME and TABLE_NAME, and marks service resources', () => {
    for (const p of PATTERNS) {
      const t = templateOf(p.stackName);
      for (const fn of serviceFunctions(t)) {
        const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        expect(vars.SERVICE_NAME, p.id).toBe(serviceOf(fn));
        expect(vars.TABLE_NAME, p.id).toMatchObject({ Ref: expect.any(String) });
        expect(fn.Metadata?.['aws:asset:path'], p.id).toMatch(/^asset\./);
      }
      for (const task of Object.values(resourcesOfType(t, 'AWS::ECS::TaskDefinition'))) {
        const env = (task.Properties.ContainerDefinitions as { Environment: { Name: string }[] }[])[0]
          ?.Environment;
        expect(
          env?.map((e) => e.Name),
          p.id,
        ).toEqual(expect.arrayContaining(['SERVICE_NAME', 'TABLE_NAME', 'PORT', 'HOST']));
        const asset = task.Metadata?.['pik:image-asset'] as string;
        expect(existsSync(join(outdir, asset, 'Dockerfile')), `${p.id} ${asset}`).toBe(true);
      }
      for (const r of serviceFunctions(t)) expect(serviceOf(r), `${p.id} function`).toBeDefined();
      for (const type of ['AWS::ECS::TaskDefinition', 'AWS::DynamoDB::Table']) {
        for (const [id, r] of Object.entries(resourcesOfType(t, type)))
          if (!id.startsWith('LiveFeed')) expect(serviceOf(r), `${p.id} ${type}`).toBeDefined();
      }
    }
  });

  it('publishes the outputs the targets file is built from', () => {
    for (const p of PATTERNS) {
      const outputs = Object.keys(templateOf(p.stackName).Outputs ?? {});
      for (const key of [
        OUTPUT_KEYS.invokeUrl,
        OUTPUT_KEYS.stage,
        OUTPUT_KEYS.tokenUrl,
        OUTPUT_KEYS.accessLogGroup,
      ]) {
        expect(outputs, `${p.id} ${key}`).toContain(key);
      }
      for (const s of SERVICES) {
        expect(outputs).toContain(serviceOutputKey(s.name, 'Path'));
        expect(outputs).toContain(serviceOutputKey(s.name, 'LogGroup'));
      }
    }
  });

  it('passes cfn-lint with zero errors on every template', () => {
    const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      if (process.env.CI) throw new Error('cfn-lint is required in CI (pip install cfn-lint)');
      console.warn('skipping cfn-lint check: cfn-lint is not on PATH (pip install cfn-lint)');
      return;
    }
    const templates = PATTERNS.map((p) => join(outdir, `${p.stackName}.template.json`));
    // W3005 (redundant DependsOn) is emitted by CDK's own constructs; errors are what must not appear.
    const run = spawnSync('cfn-lint', ['--format', 'parseable', ...templates], { encoding: 'utf8' });
    const errors = run.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line));
    expect(errors).toEqual([]);
    // cfn-lint exit code bit 2 means "errors found"; bit 4 warnings, bit 8 informational.
    expect((run.status ?? 0) & 2, run.stdout + run.stderr).toBe(0);
  });
});

describe('stage throttle from CDK context', () => {
  const synthWithContext = (value: string): Template => {
    const previous = process.env.CDK_CONTEXT_JSON;
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ [STAGE_THROTTLE_CONTEXT_KEY]: value });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'pik-cdk-throttle-'));
      buildPikApp({
        outdir: dir,
        repoRoot: createFixtureRepo(),
        patterns: ['http-lambda-baseline'],
      }).app.synth();
      return JSON.parse(readFileSync(join(dir, 'PikHttpLambdaBaseline.template.json'), 'utf8')) as Template;
    } finally {
      if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
      else process.env.CDK_CONTEXT_JSON = previous;
    }
  };

  it('writes RATE/BURST from pik:stage-throttle into the stage (what `cdk synth -c` and the demo pass)', () => {
    const stages = Object.values(resourcesOfType(synthWithContext('40/20'), 'AWS::ApiGatewayV2::Stage'));
    expect(stages).toHaveLength(1);
    expect(stages[0]?.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: 40,
      ThrottlingBurstLimit: 20,
    });
  });

  it('rejects a malformed value, naming the key and the expected form', () => {
    expect(() => synthWithContext('fast')).toThrow(/pik:stage-throttle must be RATE\/BURST/);
    expect(parseStageThrottleContext(undefined)).toBeUndefined();
  });
});

describe('API cache from CDK context', () => {
  it('puts the cache on REST stacks only, with TTL and size from pik:api-cache', () => {
    const previous = process.env.CDK_CONTEXT_JSON;
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ [API_CACHE_CONTEXT_KEY]: '120/6.1' });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'pik-cdk-cache-'));
      const { stacks } = buildPikApp({
        outdir: dir,
        repoRoot: createFixtureRepo(),
        patterns: ['http-lambda-baseline', 'rest-vpclinkv2-alb'],
        nag: false,
      });
      const rest = StackTemplate.fromStack(stacks.get('rest-vpclinkv2-alb') as Stack);
      rest.hasResourceProperties('AWS::ApiGateway::Stage', {
        CacheClusterEnabled: true,
        CacheClusterSize: '6.1',
      });
      rest.hasResourceProperties('AWS::ApiGateway::Stage', {
        MethodSettings: Match.arrayWith([Match.objectLike({ CachingEnabled: true, CacheTtlInSeconds: 120 })]),
      });
      // The HTTP API stack was built (it refuses cacheTtl, so the context did not reach it).
      expect(stacks.get('http-lambda-baseline')).toBeDefined();
    } finally {
      if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
      else process.env.CDK_CONTEXT_JSON = previous;
    }
  });

  it('rejects a malformed value, naming the key and the expected form', () => {
    expect(() => parseApiCacheContext('5 minutes')).toThrow(/pik:api-cache must be TTL or TTL\/SIZE/);
    expect(() => parseApiCacheContext('300/2')).toThrow(/GB in 0.5, 1.6/);
    expect(parseApiCacheContext(undefined)).toBeUndefined();
    expect(parseApiCacheContext('300')?.cacheTtl?.toSeconds()).toBe(300);
  });
});

describe('authorizer choice from CDK context', () => {
  it('puts the Lambda authorizer on REST and HTTP stacks alike, with the TTL from pik:auth; cdk-nag and cfn-lint clean', () => {
    const previous = process.env.CDK_CONTEXT_JSON;
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ [AUTH_CONTEXT_KEY]: 'lambda/45' });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'pik-cdk-auth-'));
      const ids = ['http-lambda-baseline', 'rest-vpclinkv2-alb'] as const;
      // cdk-nag runs as a validation plugin: synth throws on an unacknowledged finding.
      buildPikApp({ outdir: dir, repoRoot: createFixtureRepo(), patterns: ids }).app.synth();
      const file = (id: (typeof ids)[number]) =>
        join(dir, `${PATTERNS.find((p) => p.id === id)?.stackName}.template.json`);
      const rest = JSON.parse(readFileSync(file('rest-vpclinkv2-alb'), 'utf8')) as Template;
      const http = JSON.parse(readFileSync(file('http-lambda-baseline'), 'utf8')) as Template;
      const propsOf = (t: Template, type: string) =>
        Object.values(resourcesOfType(t, type)).map((r) => r.Properties);
      expect(propsOf(rest, 'AWS::ApiGateway::Authorizer')).toEqual([
        expect.objectContaining({ Type: 'TOKEN', AuthorizerResultTtlInSeconds: 45 }),
      ]);
      expect(propsOf(http, 'AWS::ApiGatewayV2::Authorizer')).toEqual([
        expect.objectContaining({ AuthorizerType: 'REQUEST', AuthorizerResultTtlInSeconds: 45 }),
      ]);
      for (const id of ids) {
        const run = spawnSync('cfn-lint', ['--format', 'parseable', file(id)], { encoding: 'utf8' });
        expect(run.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line))).toEqual([]);
      }
    } finally {
      if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
      else process.env.CDK_CONTEXT_JSON = previous;
    }
  });

  it('reads native as the default and rejects anything else, naming the key', () => {
    expect(parseAuthContext('native')).toEqual({});
    expect(parseAuthContext(undefined)).toBeUndefined();
    expect(parseAuthContext('lambda')).toEqual({ auth: 'lambda' });
    expect(() => parseAuthContext('cognito')).toThrow(/pik:auth must be native, lambda or lambda\/TTL/);
    expect(() => parseAuthContext('native/60')).toThrow(/pik:auth must be/);
  });
});

// Response streaming: the export methods of the REST private integrations, on the templates synthesized above.
type StreamProps = Record<string, unknown>;
const REST_PRIVATE: PatternId[] = [
  'rest-vpclink-per-nlb',
  'rest-vpclink-shared-nlb',
  'rest-vpclink-nlb-to-alb',
  'rest-vpclinkv2-alb',
];

const streamTemplate = (id: PatternId): Template =>
  templateOf(PATTERNS.find((p) => p.id === id)?.stackName as string);

function streamMethods(id: PatternId): StreamProps[] {
  const template = streamTemplate(id);
  return Object.values(resourcesOfType(template, 'AWS::ApiGateway::Method')).map((m) => m.Properties);
}

/** The path part of a REST resource: its `PathPart`, looked up through the `ResourceId` reference. */
function pathPartOf(id: PatternId, method: StreamProps): string | undefined {
  const ref = (method.ResourceId as { Ref?: string } | undefined)?.Ref;
  const resources = resourcesOfType(streamTemplate(id), 'AWS::ApiGateway::Resource');
  return ref ? (resources[ref]?.Properties.PathPart as string | undefined) : undefined;
}

const isStreamed = (m: StreamProps) =>
  (m.Integration as StreamProps | undefined)?.ResponseTransferMode === 'STREAM';
const streamed = (id: PatternId) => streamMethods(id).filter(isStreamed);

describe('response streaming in the synthesized templates', () => {
  it.each(REST_PRIVATE)('%s streams GET /<svc>/export over its HTTP_PROXY private integration', (id) => {
    const exports = streamed(id);
    expect(exports).toHaveLength(4);
    for (const method of exports) {
      const integration = method.Integration as StreamProps;
      expect(method.HttpMethod).toBe('GET');
      expect(pathPartOf(id, method)).toBe('export');
      expect(integration.Type).toBe('HTTP_PROXY');
      expect(integration.ConnectionType).toBe('VPC_LINK');
      expect(String(JSON.stringify(integration.Uri))).toContain('/{proxy}');
      expect(integration.RequestParameters).toEqual({ 'integration.request.path.proxy': "'export'" });
    }
    // ANY beside each export (buffered, same backend path): other methods get the service's 405.
    const exportAny = streamMethods(id).filter(
      (m) => m.HttpMethod === 'ANY' && pathPartOf(id, m) === 'export',
    );
    expect(exportAny).toHaveLength(4);
    for (const m of exportAny) {
      expect((m.Integration as StreamProps).RequestParameters).toEqual({
        'integration.request.path.proxy': "'export'",
      });
    }
    // Only the export GETs stream; every other method keeps AWS's default (no property, BUFFERED).
    const others = streamMethods(id).filter((m) => !isStreamed(m));
    expect(others.length).toBeGreaterThan(0);
    for (const m of others) expect((m.Integration as StreamProps).ResponseTransferMode).toBeUndefined();
  });

  it('private-rest-api-alb streams GET /<svc>/export through a Lambda response-streaming invocation', () => {
    const exports = streamed('private-rest-api-alb');
    expect(exports).toHaveLength(4);
    for (const method of exports) {
      const integration = method.Integration as StreamProps;
      expect([method.HttpMethod, pathPartOf('private-rest-api-alb', method), integration.Type]).toEqual([
        'GET',
        'export',
        'AWS_PROXY',
      ]);
      expect(JSON.stringify(integration.Uri)).toMatch(
        /path\/2021-11-15\/functions\/".*"\/response-streaming-invocations"/,
      );
    }
  });

  it.each(
    PATTERNS.map((p) => p.id).filter((id) => !REST_PRIVATE.includes(id) && id !== 'private-rest-api-alb'),
  )('%s streams nothing (HTTP API, or a buffered Lambda proxy)', (id) => {
    expect(streamed(id)).toEqual([]);
  });

  it('a service throttle covers its export method too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pik-cdk-stream-throttle-'));
    buildPikApp({
      outdir: dir,
      repoRoot: createFixtureRepo(),
      patterns: ['rest-vpclink-shared-nlb'],
      commonProps: { serviceThrottles: { orders: { rateLimit: 7, burstLimit: 3 } } },
    }).app.synth();
    const stack = PATTERNS.find((p) => p.id === 'rest-vpclink-shared-nlb')?.stackName as string;
    const template = JSON.parse(readFileSync(join(dir, `${stack}.template.json`), 'utf8')) as Template;
    const stage = Object.values(resourcesOfType(template, 'AWS::ApiGateway::Stage'))[0];
    expect(stage?.Properties.MethodSettings as StreamProps[]).toContainEqual(
      expect.objectContaining({
        ResourcePath: '/~1orders~1export',
        HttpMethod: 'GET',
        ThrottlingRateLimit: 7,
        ThrottlingBurstLimit: 3,
      }),
    );
  });
});
