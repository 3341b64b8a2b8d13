// biome-ignore-all lint/suspicious/noTemplateCurlyInString: stage variable references are API Gateway's ${} syntax
/**
 * Option 7's Lambda integrations. Streaming (the default synth): each service's `GET /<svc>/export`
 * invokes its export function (the bundle's `index.streamingHandler`) through the Lambda streaming
 * invocation URI with `ResponseTransferMode: STREAM`; `ANY /<svc>/export` and every other method stay
 * buffered on the service's own function; API Gateway may invoke the export function for that method and
 * path only. With `stages`: each function publishes a version and one alias per stage, its integrations
 * invoke the alias `<svc>Alias` names, every stage sets that variable to its own alias, a canary may name
 * another, each alias carries API Gateway's invoke permission; without `stages` nothing of this exists.
 * cdk-nag and cfn-lint clean. One file, so the suite pays for loading the CDK once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cfnLintErrors,
  nagFindings,
  patternSynthesizer,
  resourcesOfType,
  roleActionsOf,
  serviceOf,
} from '@pik/cdk-constructs/testing';
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
    const plain = plainJson;
    expect(resourcesOfType(plain, 'AWS::Lambda::Version')).toEqual({});
    expect(resourcesOfType(plain, 'AWS::Lambda::Alias')).toEqual({});
    expect(JSON.stringify(plain)).not.toContain('stageVariables');
  });

  it('refuses an alias variable naming no stage, and a stage name no alias can take', () => {
    expect(() =>
      synth({ services: ['catalog'], stages: [{ name: 'v1', variables: { catalogAlias: 'blue' } }] }),
    ).toThrow("stages[0].variables.catalogAlias: 'blue' names no alias; the aliases are the stages: v1");
    // `v1` is always a stage (and an alias), listed or not.
    expect(() =>
      synth({ services: ['catalog'], stages: [{ name: 'test', variables: { catalogAlias: 'v1' } }] }),
    ).not.toThrow();
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

const { json: plainJson } = synth({ services: ['catalog'] });
const functions = Object.entries(resourcesOfType(plainJson, 'AWS::Lambda::Function')).filter(
  ([, r]) => serviceOf(r) === 'catalog',
);
const handlerOf = (id: string) => functions.find(([fid]) => fid === id)?.[1].Properties.Handler;
const methods = Object.values(resourcesOfType(plainJson, 'AWS::ApiGateway::Method')).map((m) => m.Properties);
const integration = (m: Props) => m.Integration as Props;
/** The function logical id an integration URI names. */
const uriFunction = (m: Props) =>
  /"Fn::GetAtt":\["([^"]+)","Arn"\]/.exec(JSON.stringify(integration(m).Uri))?.[1];

describe('option 7 streams GET /<svc>/export through a Lambda response-streaming invocation', () => {
  const streamed = methods.filter((m) => integration(m).ResponseTransferMode === 'STREAM');

  it('gives the service a second function running the streaming handler of the same bundle', () => {
    expect(functions.map(([, r]) => r.Properties.Handler).sort()).toEqual([
      'index.handler',
      'index.streamingHandler',
    ]);
  });

  it('streams the GET export from that function, through the 2021-11-15 streaming URI', () => {
    expect(streamed).toHaveLength(1);
    const [get] = streamed as [Props];
    expect([get.HttpMethod, integration(get).Type, integration(get).IntegrationHttpMethod]).toEqual([
      'GET',
      'AWS_PROXY',
      'POST',
    ]);
    const uri = JSON.stringify(integration(get).Uri);
    expect(uri).toContain(':lambda:path/2021-11-15/functions/');
    expect(uri).toMatch(/"\/response-streaming-invocations"\]\]\}$/);
    expect(handlerOf(uriFunction(get) ?? '')).toBe('index.streamingHandler');
  });

  it('keeps every other method buffered on the service function', () => {
    const buffered = methods.filter((m) => integration(m).Type === 'AWS_PROXY' && !streamed.includes(m));
    expect(buffered).toHaveLength(3);
    for (const m of buffered) {
      expect(integration(m).ResponseTransferMode).toBeUndefined();
      expect(JSON.stringify(integration(m).Uri)).toContain('/invocations"');
      expect(handlerOf(uriFunction(m) ?? '')).toBe('index.handler');
    }
  });

  it("grants the export function the table's item reads only; the service function keeps its writes", () => {
    const idOf = (handler: string) => functions.find(([, r]) => r.Properties.Handler === handler)?.[0] ?? '?';
    expect(roleActionsOf(plainJson, idOf('index.streamingHandler'), 'dynamodb:')).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
    expect(roleActionsOf(plainJson, idOf('index.handler'), 'dynamodb:')).toEqual(
      expect.arrayContaining([
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
      ]),
    );
  });

  it('lets API Gateway invoke the export function for GET /catalog/export only', () => {
    const exportId = functions.find(([, r]) => r.Properties.Handler === 'index.streamingHandler')?.[0];
    const permissions = Object.values(resourcesOfType(plainJson, 'AWS::Lambda::Permission'))
      .map((p) => p.Properties)
      .filter((p) => JSON.stringify(p.FunctionName).includes(exportId ?? '?'));
    expect(permissions).toHaveLength(1);
    expect(permissions[0]?.Principal).toBe('apigateway.amazonaws.com');
    expect(JSON.stringify(permissions[0]?.SourceArn)).toMatch(/\/\*\/GET\/catalog\/export"/);
  });
});
