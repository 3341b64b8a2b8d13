import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureRepo, resourcesOfType } from '@pik/cdk-constructs/testing';
import { PATTERNS, type PatternId } from '@pik/contracts';
import { describe, expect, it } from 'vitest';
import { buildPikApp } from './app.js';

type Template = Parameters<typeof resourcesOfType>[0];
type Props = Record<string, unknown>;

const ALL = PATTERNS.map((p) => p.id);
const REST_PRIVATE: PatternId[] = [
  'rest-vpclink-per-nlb',
  'rest-vpclink-shared-nlb',
  'rest-vpclink-nlb-to-alb',
  'rest-vpclinkv2-alb',
];

const outdir = mkdtempSync(join(tmpdir(), 'pik-cdk-stream-'));
buildPikApp({ outdir, repoRoot: createFixtureRepo(), patterns: ALL }).app.synth();
const templates = new Map(
  PATTERNS.map((p) => [
    p.id,
    JSON.parse(readFileSync(join(outdir, `${p.stackName}.template.json`), 'utf8')) as Template,
  ]),
);

function methods(id: PatternId): Props[] {
  const template = templates.get(id) as Template;
  return Object.values(resourcesOfType(template, 'AWS::ApiGateway::Method')).map((m) => m.Properties);
}

/** The path part of a REST resource: its `PathPart`, looked up through the `ResourceId` reference. */
function pathPartOf(id: PatternId, method: Props): string | undefined {
  const ref = (method.ResourceId as { Ref?: string } | undefined)?.Ref;
  const resources = resourcesOfType(templates.get(id) as Template, 'AWS::ApiGateway::Resource');
  return ref ? (resources[ref]?.Properties.PathPart as string | undefined) : undefined;
}

const streamed = (id: PatternId) =>
  methods(id).filter((m) => (m.Integration as Props | undefined)?.ResponseTransferMode === 'STREAM');

describe('response streaming in the synthesized templates', () => {
  it.each(REST_PRIVATE)('%s streams GET /<svc>/export over its HTTP_PROXY private integration', (id) => {
    const exports = streamed(id);
    expect(exports).toHaveLength(4);
    for (const method of exports) {
      const integration = method.Integration as Props;
      expect(method.HttpMethod).toBe('GET');
      expect(pathPartOf(id, method)).toBe('export');
      expect(integration.Type).toBe('HTTP_PROXY');
      expect(integration.ConnectionType).toBe('VPC_LINK');
      expect(String(JSON.stringify(integration.Uri))).toContain('/{proxy}');
      expect(integration.RequestParameters).toEqual({ 'integration.request.path.proxy': "'export'" });
    }
    // Only the export methods stream; every other method keeps AWS's default (no property, BUFFERED).
    const others = methods(id).filter((m) => !exports.includes(m));
    expect(others.length).toBeGreaterThan(0);
    for (const m of others) expect((m.Integration as Props).ResponseTransferMode).toBeUndefined();
  });

  it.each(ALL.filter((id) => !REST_PRIVATE.includes(id)))(
    '%s streams nothing (HTTP API, or Lambda proxy)',
    (id) => {
      expect(streamed(id)).toEqual([]);
    },
  );

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
    expect(stage?.Properties.MethodSettings as Props[]).toContainEqual(
      expect.objectContaining({
        ResourcePath: '/~1orders~1export',
        HttpMethod: 'GET',
        ThrottlingRateLimit: 7,
        ThrottlingBurstLimit: 3,
      }),
    );
  });
});
