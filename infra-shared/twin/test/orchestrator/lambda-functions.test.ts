import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notEmulatedReport } from '../../src/orchestrator/report.js';
import { type RunningPattern, standUpPattern } from '../../src/orchestrator/stand-up.js';
import { hostPythonVersion, pythonCommand } from '../../src/runtime/lambda-languages.js';
import { buildTopology } from '../../src/template/build-topology.js';
import type { PatternTopology } from '../../src/template/topology.js';
import { memoryLogs } from '../runtime/lambda-helpers.js';

// An HTTP API and a REST API whose routes each reach one function, as CDK synthesizes them.
const asset = mkdtempSync(join(tmpdir(), 'pik-lambda-asset-'));
writeFileSync(join(asset, 'index.js'), 'exports.handler = async () => ({ statusCode: 200, body: "asset" });');
const NODE_INLINE = `exports.handler = async () => ({ statusCode: 200, body: process.env.TABLE });`;
const PY_INLINE = 'def handler(event, context):\n    return {"statusCode": 200, "body": "python"}\n';

const functions: Record<string, Record<string, unknown>> = {
  NodeInline: {
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Code: { ZipFile: NODE_INLINE },
    Environment: { Variables: { TABLE: { Ref: 'Orders' } } },
  },
  NodeAsset: {
    Runtime: 'nodejs20.x',
    Handler: 'index.handler',
    Code: { S3Bucket: 'b', S3Key: 'abc123.zip' },
  },
  PyInline: { Runtime: 'python3.12', Handler: 'index.handler', Code: { ZipFile: PY_INLINE } },
  ImageFn: { PackageType: 'Image', Code: { ImageUri: '000000000000.dkr.ecr.us-east-1.amazonaws.com/x:tag' } },
  JavaFn: { Runtime: 'java21', Handler: 'Main::handle', Code: { S3Bucket: 'b', S3Key: 'abc123.zip' } },
  OldNode: { Runtime: 'nodejs16.x', Handler: 'index.handler', Code: { ZipFile: NODE_INLINE } },
  Unstaged: { Runtime: 'nodejs22.x', Handler: 'index.handler', Code: { S3Bucket: 'other', S3Key: 'x.zip' } },
};

function httpRoute(id: string): Record<string, unknown> {
  return {
    [`${id}Integration`]: {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: {
        ApiId: { Ref: 'Api' },
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [id, 'Arn'] },
        PayloadFormatVersion: '2.0',
      },
    },
    [`${id}Route`]: {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: {
        ApiId: { Ref: 'Api' },
        RouteKey: `GET /${id}`,
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: `${id}Integration` }]] },
      },
    },
  };
}

function restMethod(id: string): Record<string, unknown> {
  const uri = [
    'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/',
    { 'Fn::GetAtt': [id, 'Arn'] },
  ];
  return {
    [`${id}Resource`]: {
      Type: 'AWS::ApiGateway::Resource',
      Properties: {
        RestApiId: { Ref: 'Api' },
        ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
        PathPart: id,
      },
    },
    [`${id}Method`]: {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        RestApiId: { Ref: 'Api' },
        ResourceId: { Ref: `${id}Resource` },
        HttpMethod: 'GET',
        AuthorizationType: 'NONE',
        Integration: {
          Type: 'AWS_PROXY',
          IntegrationHttpMethod: 'POST',
          Uri: { 'Fn::Join': ['', [...uri, '/invocations']] },
        },
      },
    },
  };
}

function template(flavour: 'http' | 'rest'): Record<string, unknown> {
  const table = {
    Type: 'AWS::DynamoDB::Table',
    Properties: { KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] },
  };
  const api =
    flavour === 'http'
      ? {
          Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'fns', ProtocolType: 'HTTP' } },
          Stage: {
            Type: 'AWS::ApiGatewayV2::Stage',
            Properties: { ApiId: { Ref: 'Api' }, StageName: '$default' },
          },
        }
      : {
          Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'fns' } },
          Deployment: { Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: { Ref: 'Api' } } },
          Stage: {
            Type: 'AWS::ApiGateway::Stage',
            Properties: { RestApiId: { Ref: 'Api' }, StageName: 'prod', DeploymentId: { Ref: 'Deployment' } },
          },
        };
  const resources: Record<string, unknown> = { Orders: table, ...api };
  for (const [id, properties] of Object.entries(functions)) {
    resources[id] = { Type: 'AWS::Lambda::Function', Properties: properties };
    Object.assign(resources, flavour === 'http' ? httpRoute(id) : restMethod(id));
  }
  return { Resources: resources };
}

function topologyOf(flavour: 'http' | 'rest', env: Record<string, string> = {}): PatternTopology {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return buildTopology({
      stackName: 'Fns',
      templatePath: 'Fns.template.json',
      template: template(flavour),
      patternId: `fns-${flavour}`,
      declaredServices: [],
      assets: { files: new Map([['abc123', asset]]), images: new Map() },
    });
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

const hasPython = hostPythonVersion(pythonCommand()) !== undefined;
const logs = memoryLogs();
let topology: PatternTopology;
let running: RunningPattern;
let rest: RunningPattern;
beforeAll(async () => {
  topology = topologyOf('http');
  running = await standUpPattern(topology, { dataStoreEnv: {}, logs });
  rest = await standUpPattern(topologyOf('rest'), { dataStoreEnv: {}, logs });
});
afterAll(async () => {
  await running?.close();
  await rest?.close();
  rmSync(asset, { recursive: true, force: true });
});

const get = (id: string) => fetch(`${running.gateway.baseUrl}/${id}`);

describe('functions the twin runs', () => {
  it('runs inline Node.js code with its resolved environment and staged asset code', async () => {
    const inline = await get('NodeInline');
    expect(inline.status).toBe(200);
    expect(await inline.text()).toBe(topology.tables[0]?.tableName);
    const staged = await get('NodeAsset');
    expect(await staged.text()).toBe('asset');
  });

  it.skipIf(!hasPython)('runs a Python function behind the HTTP API', async () => {
    const response = await get('PyInline');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('python');
  });
});

describe('functions the twin refuses', () => {
  const refused: [string, RegExp][] = [
    ['ImageFn', /container-image function \(PackageType Image\)/],
    ['JavaFn', /runtime java21: the twin runs nodejs18\.x-nodejs24\.x and python3\.x/],
    ['OldNode', /runtime nodejs16\.x/],
    ['Unstaged', /code not staged in cdk\.out \(s3:\/\/other\/x\.zip\)/],
  ];

  it.each(refused)(
    'lists %s at start-up by logical id with its reason and what a request gets',
    (id, reason) => {
      const listing = notEmulatedReport([topology], 1).join('\n');
      const line = listing.split('\n').find((l) => l.includes(`function ${id} is not run`));
      expect(line).toMatch(reason);
      expect(line).toMatch(
        /a request reaching it gets the failed-invoke answer \(REST API 502, HTTP API 500/,
      );
    },
  );

  it.each(refused)('answers a request reaching %s as a failed invoke, and logs why', async (id) => {
    const response = await get(id);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    expect(logs.text()).toMatch(
      new RegExp(`\\[lambda:${id}\\] function ${id} \\(Fns-${id}[^)]*\\) is not run`),
    );
  });

  it('answers a REST API request reaching a refused function with 502, and runs the others', async () => {
    const refused = await fetch(`${rest.gateway.baseUrl}/ImageFn`);
    expect(refused.status).toBe(502);
    expect(await refused.json()).toEqual({ message: 'Internal server error' });
    const inline = await fetch(`${rest.gateway.baseUrl}/NodeInline`);
    expect(inline.status).toBe(200);
  });

  it('refuses a Python function by name when no Python interpreter starts', () => {
    const without = topologyOf('http', { PIK_TWIN_PYTHON: join(asset, 'no-python3') });
    const listing = notEmulatedReport([without], 1).join('\n');
    expect(listing).toMatch(
      /function PyInline is not run \(runtime python3\.12: no Python interpreter \(`.*no-python3` did not start/,
    );
    expect(without.functions.find((f) => f.id === 'PyInline')?.refusal).toMatch(/no Python interpreter/);
  });

  it("states when a template's Node.js major differs from the host's", () => {
    const listing = notEmulatedReport([topology], 1).join('\n');
    const host = Number(process.versions.node.split('.')[0]);
    for (const runtime of ['nodejs20.x', 'nodejs22.x']) {
      // One function each: refused functions (Unstaged is nodejs22.x) run nowhere, so no difference is stated.
      const line = `Lambda ${runtime} runs on this machine's Node.js ${process.versions.node}: AWS::Lambda::Function`;
      expect(listing.split('\n').some((l) => l.endsWith(line))).toBe(runtime !== `nodejs${host}.x`);
    }
  });
});
