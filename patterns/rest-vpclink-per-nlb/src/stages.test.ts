// biome-ignore-all lint/suspicious/noTemplateCurlyInString: stage variable references are API Gateway's ${} syntax
/**
 * `stages` on a REST pattern: several stages of one API on one deployment, each with its throttle, cache,
 * logging and variables, a canary with variable overrides, the private integrations reading their VPC link
 * and host from stage variables; cdk-nag and cfn-lint clean.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nagFindings, patternSynthesizer, resourcesOfType } from '@pik/cdk-constructs/testing';
import { Duration } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { RestVpcLinkPerNlbStack } from './index.js';

const synth = patternSynthesizer(RestVpcLinkPerNlbStack);
type Props = Record<string, unknown>;

const { stack, json } = synth({
  services: ['catalog', 'orders'],
  cacheTtl: Duration.minutes(5),
  stages: [
    { name: 'v1' },
    {
      name: 'test',
      throttle: { rateLimit: 50, burstLimit: 25 },
      loggingLevel: 'INFO',
      variables: { release: 'r2' },
    },
    { name: 'prod', cacheTtl: false, canary: { percentTraffic: 10, variables: { release: 'r3' } } },
  ],
});
const stages = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Stage')).map((s) => s.Properties ?? {});
const stage = (name: string) => stages.find((s) => s.StageName === name) as Props;
const stageWide = (name: string) =>
  (stage(name).MethodSettings as Props[]).find((m) => m.ResourcePath === '/*');

describe('REST pattern stages', () => {
  it('makes one stage per entry on the one deployment', () => {
    expect(stages.map((s) => s.StageName).sort()).toEqual(['prod', 'test', 'v1']);
    expect(Object.keys(resourcesOfType(json, 'AWS::ApiGateway::Deployment'))).toHaveLength(1);
    expect(new Set(stages.map((s) => JSON.stringify(s.DeploymentId))).size).toBe(1);
  });

  it('gives each stage its throttle, logging and cache cluster', () => {
    expect(stageWide('v1')).toMatchObject({
      ThrottlingRateLimit: 1000,
      ThrottlingBurstLimit: 500,
      LoggingLevel: 'ERROR',
    });
    expect(stageWide('test')).toMatchObject({
      ThrottlingRateLimit: 50,
      ThrottlingBurstLimit: 25,
      LoggingLevel: 'INFO',
    });
    expect(stage('v1')).toMatchObject({ CacheClusterEnabled: true, TracingEnabled: true });
    expect(stage('test')).toMatchObject({ CacheClusterEnabled: true });
    expect(stage('prod').CacheClusterEnabled).toBeUndefined();
    const cachedIn = (name: string) =>
      (stage(name).MethodSettings as Props[]).filter((m) => m.CachingEnabled === true);
    expect(cachedIn('test')).toHaveLength(4);
    expect(cachedIn('test')[0]).toMatchObject({ ThrottlingRateLimit: 50, CacheTtlInSeconds: 300 });
    expect(cachedIn('prod')).toHaveLength(0);
    for (const s of stages) expect(s.AccessLogSetting).toBeDefined();
  });

  it('points each private integration at its link and host through stage variables every stage sets', () => {
    const methods = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method')).map(
      (m) => m.Properties ?? {},
    );
    const catalog = methods.filter((m) => JSON.stringify(m).includes('catalogVpcLinkId'));
    expect(catalog.length).toBeGreaterThan(0);
    for (const m of catalog) {
      const integration = m.Integration as Props;
      expect(integration.ConnectionId).toBe('${stageVariables.catalogVpcLinkId}');
      expect(integration.Uri).toMatch(
        /^http:\/\/\$\{stageVariables\.catalogHost\}:8081\/catalog(\/\{proxy\})?$/,
      );
    }
    for (const name of ['v1', 'test', 'prod']) {
      const variables = stage(name).Variables as Props;
      expect(variables.catalogVpcLinkId).toEqual({ Ref: expect.stringMatching(/^PrivateCatalogVpcLink/) });
      expect(variables.catalogHost).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^PrivateCatalogNlb/), 'DNSName'],
      });
      expect(variables.ordersVpcLinkId).toBeDefined();
    }
    expect((stage('test').Variables as Props).release).toBe('r2');
  });

  it('puts the canary on its stage: the same deployment, its share, its variable overrides', () => {
    expect(stage('prod').CanarySetting).toEqual({
      DeploymentId: stage('prod').DeploymentId,
      PercentTraffic: 10,
      StageVariableOverrides: { release: 'r3' },
      UseStageCache: false,
    });
    expect(stage('v1').CanarySetting).toBeUndefined();
  });

  it('associates the WAF web ACL with every stage', () => {
    expect(Object.keys(resourcesOfType(json, 'AWS::WAFv2::WebACLAssociation'))).toHaveLength(3);
    expect(Object.keys(resourcesOfType(json, 'AWS::WAFv2::WebACL'))).toHaveLength(1);
  });

  it('is cdk-nag clean and cfn-lint finds no errors', () => {
    expect(nagFindings(stack)).toEqual([]);
    const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) {
      if (process.env.CI) throw new Error('cfn-lint is required in CI');
      console.warn('skipping cfn-lint: not on PATH');
      return;
    }
    const file = join(mkdtempSync(join(tmpdir(), 'pik-stages-')), 'stages.template.json');
    writeFileSync(file, JSON.stringify(json));
    const run = spawnSync('cfn-lint', ['--format', 'parseable', file], { encoding: 'utf8' });
    expect(run.stdout.split('\n').filter((l) => /:E\d{4}:/.test(l))).toEqual([]);
  });

  it('refuses stages API Gateway would not take, naming the field', () => {
    expect(() => synth({ stages: [{ name: 'v1' }, { name: 'v1' }] })).toThrow(
      "stages[1].name: 'v1' is listed twice",
    );
    expect(() => synth({ stages: [{ name: 'pre prod' }] })).toThrow("stages[0].name: 'pre prod' must be");
    expect(() => synth({ stages: [{ name: 'v1', canary: { percentTraffic: 150 } }] })).toThrow(
      'stages[0].canary.percentTraffic: must be 0 to 100, got 150',
    );
    expect(() => synth({ stages: [{ name: 'v1', variables: { 'bad-name': 'x' } }] })).toThrow(
      "stages[0].variables: stage variable name 'bad-name' must be [A-Za-z0-9_]+",
    );
    expect(() => synth({ stages: Array.from({ length: 11 }, (_, i) => ({ name: `s${i}` })) })).toThrow(
      'stages must list 1 to 10 stages',
    );
  });
});
