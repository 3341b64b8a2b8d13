// biome-ignore-all lint/suspicious/noTemplateCurlyInString: stage variable references are API Gateway's ${} syntax
/**
 * `stages` on option 7: each service function publishes a version and one alias per stage, its Lambda
 * proxy integrations invoke the alias `<svc>Alias` names, every stage sets that variable to its own alias,
 * a canary may name another, each alias carries API Gateway's invoke permission; without `stages` nothing
 * of this exists. cdk-nag and cfn-lint clean.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cfnLintErrors, nagFindings, patternSynthesizer, resourcesOfType } from '@pik/cdk-constructs/testing';
import { describe, expect, it } from 'vitest';
import { PrivateRestApiAlbStack } from './index.js';

const synth = patternSynthesizer(PrivateRestApiAlbStack);
type Props = Record<string, unknown>;

const { stack, json } = synth({
  services: ['catalog', 'orders'],
  stages: [
    { name: 'v1' },
    { name: 'test' },
    { name: 'prod', canary: { percentTraffic: 10, variables: { catalogAlias: 'test' } } },
  ],
});
const props = (type: string) => Object.values(resourcesOfType(json, type)).map((r) => r.Properties ?? {});
const stage = (name: string) => props('AWS::ApiGateway::Stage').find((s) => s.StageName === name) as Props;
const lambdaMethods = () =>
  props('AWS::ApiGateway::Method').filter((m) => (m.Integration as Props | undefined)?.Type === 'AWS_PROXY');

describe('option 7 stages: Lambda aliases as stage variables', () => {
  it('publishes one version per function (each service has two) and one alias per stage on it', () => {
    expect(props('AWS::Lambda::Version')).toHaveLength(4);
    const aliases = props('AWS::Lambda::Alias');
    const perStage = (name: string) => aliases.filter((a) => a.Name === name).length;
    expect([aliases.length, perStage('v1'), perStage('test'), perStage('prod')]).toEqual([12, 4, 4, 4]);
    for (const alias of aliases) {
      expect(alias.FunctionVersion).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Version'] });
    }
  });

  it('points every service method at the alias its stage variable names, the export at its stream', () => {
    const methods = lambdaMethods();
    const streamed = methods.filter((m) => (m.Integration as Props).ResponseTransferMode === 'STREAM');
    expect([methods.length, streamed.length]).toEqual([8, 2]);
    for (const m of methods) {
      const uri = JSON.stringify((m.Integration as Props).Uri);
      const action = streamed.includes(m)
        ? /path\/2021-11-15\/functions\/.*:\$\{stageVariables\.(catalog|orders)Alias\}\/response-streaming-invocations/
        : /path\/2015-03-31\/functions\/.*:\$\{stageVariables\.(catalog|orders)Alias\}\/invocations/;
      expect(uri).toMatch(action);
    }
  });

  it('sets each stage to its own alias and lets the canary name another', () => {
    for (const name of ['v1', 'test', 'prod']) {
      expect(stage(name).Variables).toMatchObject({ catalogAlias: name, ordersAlias: name });
    }
    expect((stage('prod').CanarySetting as Props).StageVariableOverrides).toEqual({ catalogAlias: 'test' });
  });

  it('lets API Gateway invoke each alias of this API, and nothing unqualified', () => {
    const permissions = props('AWS::Lambda::Permission').filter(
      (p) => p.Principal === 'apigateway.amazonaws.com',
    );
    expect(permissions).toHaveLength(12);
    for (const p of permissions) {
      expect(p.FunctionName).toEqual({ Ref: expect.stringMatching(/Aliases.*Alias/) });
      expect(JSON.stringify(p.SourceArn)).toContain('/*/*/*');
    }
  });

  it('adds no version, alias or alias permission without stages', () => {
    const plain = synth({ services: ['catalog'] }).json;
    expect(resourcesOfType(plain, 'AWS::Lambda::Version')).toEqual({});
    expect(resourcesOfType(plain, 'AWS::Lambda::Alias')).toEqual({});
    expect(JSON.stringify(plain)).not.toContain('stageVariables');
  });

  it('refuses an alias variable naming no stage, and a stage name no alias can take', () => {
    expect(() =>
      synth({ services: ['catalog'], stages: [{ name: 'v1', variables: { catalogAlias: 'blue' } }] }),
    ).toThrow("stages[0].variables.catalogAlias: 'blue' names no alias; the aliases are the stages: v1");
    expect(() => synth({ services: ['catalog'], stages: [{ name: 'v1' }, { name: '2' }] })).toThrow(
      "stages[1].name: '2' cannot name a Lambda alias",
    );
  });

  it('is cdk-nag clean and cfn-lint finds no errors', () => {
    expect(nagFindings(stack)).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), 'pik-aliases-')), 'aliases.template.json');
    writeFileSync(file, JSON.stringify(json));
    const errors = cfnLintErrors([file]);
    if (errors) expect(errors).toEqual([]);
  });
});
