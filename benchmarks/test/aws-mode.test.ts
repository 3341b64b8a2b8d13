import { APIGatewayClient, GetApiKeyCommand, GetRestApiCommand } from '@aws-sdk/client-api-gateway';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolDomainCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { PIK_HEADERS } from '@pik/contracts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsMode } from '../src/aws/aws-mode.js';
import type { AwsClients } from '../src/aws/clients.js';
import { COLD_START_NONCE, forceLambdaColdStarts } from '../src/aws/force-cold-start.js';
import { gatewayTimes } from '../src/aws/gateway-metrics.js';
import { INIT_DURATION_QUERY, queryInitDurations } from '../src/aws/init-duration.js';
import { awsSecrets, cognitoDomainOf } from '../src/aws/secrets.js';
import { targetsFromCdkOutputs } from '../src/aws/targets-from-outputs.js';
import type { ResultsFile, ToolResult } from '../src/result-format/schema.js';
import { resolveAuthHeaders } from '../src/targets/auth-headers.js';
import { targetPattern } from './support/targets.js';

const lambda = mockClient(LambdaClient);
const logs = mockClient(CloudWatchLogsClient);
const cloudwatch = mockClient(CloudWatchClient);
const apigateway = mockClient(APIGatewayClient);
const cognito = mockClient(CognitoIdentityProviderClient);
const clients: AwsClients = {
  lambda: new LambdaClient({ region: 'eu-west-1' }),
  logs: new CloudWatchLogsClient({ region: 'eu-west-1' }),
  cloudwatch: new CloudWatchClient({ region: 'eu-west-1' }),
  apigateway: new APIGatewayClient({ region: 'eu-west-1' }),
  cognito: new CognitoIdentityProviderClient({ region: 'eu-west-1' }),
};

const awsPattern = targetPattern({
  baseUrl: 'https://abc123def4.execute-api.eu-west-1.amazonaws.com/prod',
  auth: [
    {
      kind: 'jwt',
      tokenUrl: 'https://pik-demo.auth.eu-west-1.amazoncognito.com/oauth2/token',
      clientId: 'client-1',
      scope: 'pik/read',
    },
    { kind: 'api-key', header: 'x-api-key', apiKeyId: 'key-1' },
  ],
  services: [
    {
      name: 'catalog',
      path: '/catalog',
      compute: 'lambda',
      functionName: 'pik-catalog',
      logGroup: '/aws/lambda/pik-catalog',
    },
    { name: 'orders', path: '/orders', compute: 'fargate', logGroup: '/ecs/orders' },
  ],
});

beforeEach(() => {
  for (const mock of [lambda, logs, cloudwatch, apigateway, cognito]) mock.reset();
});

describe('targets from cdk deploy --outputs-file', () => {
  const outputs = {
    PikRestVpcLinkSharedNlb: {
      PatternId: 'rest-vpclink-shared-nlb',
      InvokeUrl: 'https://abc123def4.execute-api.eu-central-1.amazonaws.com/prod/',
      Stage: 'prod',
      StageThrottleRateLimit: '500',
      StageThrottleBurstLimit: '250',
      AuthKind: 'none',
      ApiKeyId: 'key-1',
      ServiceNames: 'orders',
      ServiceOrdersPath: '/orders',
      ServiceOrdersCompute: 'lambda',
      ServiceOrdersFunctionName: 'pik-orders',
      ServiceOrdersLogGroup: '/aws/lambda/pik-orders',
    },
    SomeOtherStack: { Foo: 'bar' },
  };

  it('labels the world with the Region of the invoke URLs and keeps the stage limit', () => {
    const targets = targetsFromCdkOutputs(outputs);
    expect(targets.world).toBe('aws:eu-central-1');
    expect(targets.patterns).toHaveLength(1);
    expect(targets.patterns[0]).toMatchObject({
      baseUrl: 'https://abc123def4.execute-api.eu-central-1.amazonaws.com/prod',
      throttle: { rateLimit: 500, burstLimit: 250 },
    });
  });

  it('carries the ALB dimensions of the AlbDimensions output, so TargetResponseTime can be fetched', () => {
    const withAlbs = {
      PikRestVpcLinkV2Alb: {
        ...outputs.PikRestVpcLinkSharedNlb,
        PatternId: 'rest-vpclinkv2-alb',
        AlbDimensions: 'app/pik-orders-alb/50dc6c495c0c9188,app/pik-catalog-alb/6d0ecf831eec9f09',
      },
    };
    expect(targetsFromCdkOutputs(withAlbs).patterns[0]?.albDimensions).toEqual([
      'app/pik-orders-alb/50dc6c495c0c9188',
      'app/pik-catalog-alb/6d0ecf831eec9f09',
    ]);
    expect(targetsFromCdkOutputs(outputs).patterns[0]).not.toHaveProperty('albDimensions');
  });

  it("carries the live feed's FeedUrl as the entry's webSocket, its stage from the URL's path", () => {
    const feed = {
      PikWebSocketLiveFeed: {
        ...outputs.PikRestVpcLinkSharedNlb,
        PatternId: 'websocket-live-feed',
        FeedUrl: 'wss://f33dabc123.execute-api.eu-central-1.amazonaws.com/live',
      },
    };
    expect(targetsFromCdkOutputs(feed).patterns[0]?.webSocket).toEqual({
      url: 'wss://f33dabc123.execute-api.eu-central-1.amazonaws.com/live',
      stage: 'live',
    });
    expect(targetsFromCdkOutputs(outputs).patterns[0]).not.toHaveProperty('webSocket');
  });

  it('refuses a file without pattern stacks', () => {
    expect(() => targetsFromCdkOutputs({ SomeOtherStack: { Foo: 'bar' } })).toThrow(/PatternId/);
  });
});

describe('credentials on AWS', () => {
  it('reads the client secret through the token URL domain and the API key value, and builds headers', async () => {
    cognito
      .on(DescribeUserPoolDomainCommand, { Domain: 'pik-demo' })
      .resolves({ DomainDescription: { UserPoolId: 'eu-west-1_pool' } });
    cognito
      .on(DescribeUserPoolClientCommand, { UserPoolId: 'eu-west-1_pool', ClientId: 'client-1' })
      .resolves({ UserPoolClient: { ClientSecret: 's3cret' } });
    apigateway.on(GetApiKeyCommand, { apiKey: 'key-1', includeValue: true }).resolves({ value: 'the-key' });
    const seen: { auth?: string; body?: string } = {};
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      seen.auth = (init.headers as Record<string, string>).authorization;
      seen.body = String(init.body);
      return new Response(JSON.stringify({ access_token: 'jwt-token', token_type: 'Bearer' }), {
        status: 200,
      });
    }) as typeof fetch;
    const headers = await resolveAuthHeaders(awsPattern, awsSecrets(clients), fakeFetch);
    // REST Cognito authorizers take the bare token; HTTP API JWT authorizers `Bearer <token>`.
    expect(headers).toEqual({ authorization: 'jwt-token', 'x-api-key': 'the-key' });
    const httpHeaders = await resolveAuthHeaders(
      { ...awsPattern, api: 'http' },
      awsSecrets(clients),
      fakeFetch,
    );
    expect(httpHeaders.authorization).toBe('Bearer jwt-token');
    expect(seen.auth).toBe(`Basic ${Buffer.from('client-1:s3cret').toString('base64')}`);
    expect(seen.body).toContain('grant_type=client_credentials');
    expect(cognitoDomainOf('https://auth.example.com/oauth2/token')).toBe('auth.example.com');
  });
});

describe('cold starts on AWS', () => {
  it('changes only the Lambda functions, keeps their variables, and waits for LastUpdateStatus Successful', async () => {
    lambda.on(GetFunctionConfigurationCommand).resolves({ Environment: { Variables: { TABLE: 'catalog' } } });
    lambda.on(UpdateFunctionConfigurationCommand).resolves({ LastUpdateStatus: 'InProgress' });
    lambda
      .on(GetFunctionCommand)
      .resolvesOnce({ Configuration: { LastUpdateStatus: 'InProgress' } })
      .resolves({ Configuration: { LastUpdateStatus: 'Successful' } });
    const names = await forceLambdaColdStarts(clients, awsPattern, { nonce: 'n1' });
    expect(names).toEqual(['pik-catalog']);
    const update = lambda.commandCalls(UpdateFunctionConfigurationCommand);
    expect(update).toHaveLength(1);
    expect(update[0]?.args[0].input).toEqual({
      FunctionName: 'pik-catalog',
      Environment: { Variables: { TABLE: 'catalog', [COLD_START_NONCE]: 'n1' } },
    });
    expect(lambda.commandCalls(GetFunctionCommand).length).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('fails when the update fails', async () => {
    lambda.on(GetFunctionConfigurationCommand).resolves({});
    lambda.on(UpdateFunctionConfigurationCommand).resolves({});
    lambda.on(GetFunctionCommand).resolves({ Configuration: { LastUpdateStatus: 'Failed' } });
    await expect(forceLambdaColdStarts(clients, awsPattern)).rejects.toThrow();
  }, 30_000);

  it('counts cold starts and Init Duration with Logs Insights over the run window', async () => {
    logs.on(StartQueryCommand).resolves({ queryId: 'q1' });
    logs
      .on(GetQueryResultsCommand)
      .resolvesOnce({ status: 'Running' })
      .resolves({
        status: 'Complete',
        results: [
          [
            { field: 'coldStarts', value: '7' },
            { field: 'p50', value: '212.5' },
            { field: 'p95', value: '301' },
            { field: 'maxInit', value: '330.2' },
          ],
        ],
      });
    const init = await queryInitDurations(
      clients,
      ['/aws/lambda/pik-catalog'],
      { start: new Date(1_000_000), end: new Date(2_000_000) },
      { pollMs: 1 },
    );
    expect(init).toEqual({ count: 7, p50: 212.5, p95: 301, max: 330.2 });
    expect(logs.commandCalls(StartQueryCommand)[0]?.args[0].input).toMatchObject({
      logGroupNames: ['/aws/lambda/pik-catalog'],
      startTime: 1000,
      endTime: 2000,
      queryString: INIT_DURATION_QUERY,
    });
  });
});

describe('gateway vs integration time', () => {
  it('asks CloudWatch for REST metrics by ApiName and Stage and converts TargetResponseTime to ms', async () => {
    apigateway.on(GetRestApiCommand, { restApiId: 'abc123def4' }).resolves({ name: 'pik-shared-nlb' });
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'latency', Values: [30, 40] },
        { Id: 'integration', Values: [20, 30] },
        { Id: 'target0', Values: [0.012] },
      ],
    });
    const times = await gatewayTimes(
      clients,
      awsPattern,
      { start: new Date(0), end: new Date(60_000) },
      'app/pik-alb/123',
    );
    expect(times).toEqual({
      pattern: 'rest-vpclink-shared-nlb',
      latencyMs: 35,
      integrationLatencyMs: 25,
      targetResponseTimeMs: 12,
    });
    const query = cloudwatch.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries?.[0];
    expect(query?.MetricStat?.Metric?.Dimensions).toEqual([
      { Name: 'ApiName', Value: 'pik-shared-nlb' },
      { Name: 'Stage', Value: 'prod' },
    ]);
  });

  it('averages TargetResponseTime over every ALB of the pattern, each asked by its LoadBalancer dimension', async () => {
    apigateway.on(GetRestApiCommand).resolves({ name: 'pik-v2-alb' });
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'target0', Values: [0.01, 0.02] },
        { Id: 'target1', Values: [0.03] },
      ],
    });
    const times = await gatewayTimes(clients, awsPattern, { start: new Date(0), end: new Date(1) }, [
      'app/a/1',
      'app/b/2',
    ]);
    expect(times.targetResponseTimeMs).toBe(20);
    const queries = cloudwatch.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries ?? [];
    expect(queries.slice(2).map((q) => q.MetricStat?.Metric?.Dimensions)).toEqual([
      [{ Name: 'LoadBalancer', Value: 'app/a/1' }],
      [{ Name: 'LoadBalancer', Value: 'app/b/2' }],
    ]);
  });

  it('uses ApiId for HTTP APIs', async () => {
    cloudwatch.on(GetMetricDataCommand).resolves({ MetricDataResults: [] });
    const times = await gatewayTimes(
      clients,
      { ...awsPattern, api: 'http', stage: '$default' },
      { start: new Date(0), end: new Date(1) },
    );
    expect(times.latencyMs).toBeNull();
    const dims =
      cloudwatch.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries?.[0]?.MetricStat
        ?.Metric?.Dimensions;
    expect(dims).toEqual([
      { Name: 'ApiId', Value: 'abc123def4' },
      { Name: 'Stage', Value: '$default' },
    ]);
    expect(apigateway.commandCalls(GetRestApiCommand)).toHaveLength(0);
  });
});

describe('results on AWS', () => {
  it('replaces client-side cold-start figures with REPORT Init Duration for cold-start records only', async () => {
    logs.on(StartQueryCommand).resolves({ queryId: 'q' });
    logs.on(GetQueryResultsCommand).resolves({
      status: 'Complete',
      results: [
        [
          { field: 'coldStarts', value: '3' },
          { field: 'p50', value: '200' },
          { field: 'p95', value: '250' },
          { field: 'maxInit', value: '260' },
        ],
      ],
    });
    apigateway.on(GetRestApiCommand).resolves({ name: 'api' });
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'latency', Values: [10] },
        { Id: 'integration', Values: [6] },
        { Id: 'target0', Values: [0.004] },
      ],
    });
    const record = (scenario: string): ToolResult =>
      ({
        pattern: awsPattern.id,
        scenario,
        startedAt: new Date(0).toISOString(),
        durationSec: 10,
        requestWindow: { first: new Date(12_000).toISOString(), last: new Date(21_000).toISOString() },
        cold: { count: 1, source: PIK_HEADERS.cold, latencyMs: null, warmLatencyMs: null, initMs: null },
      }) as unknown as ToolResult;
    const file = { results: [record('cold-start'), record('latency')] } as unknown as ResultsFile;
    const mode = awsMode('aws:eu-west-1', { settleMs: 0 }, clients);
    const enriched = await mode.enrich(file, {
      patterns: [{ ...awsPattern, albDimensions: ['app/pik-orders-alb/50dc6c495c0c9188'] }],
      startedAt: new Date(0),
      endedAt: new Date(10_000),
    });
    expect(enriched.results[0]?.cold).toMatchObject({
      source: 'lambda-report-init-duration',
      count: 3,
      initMs: { count: 3, p50: 200, p95: 250, max: 260 },
    });
    // Logs Insights over the requests' own window (1 s before the first, 5 s after the last response).
    expect(logs.commandCalls(StartQueryCommand)[0]?.args[0].input).toMatchObject({
      startTime: 11,
      endTime: 26,
    });
    expect(enriched.results[1]?.cold.source).toBe(PIK_HEADERS.cold);
    expect(enriched.gatewayMetrics).toEqual([
      { pattern: awsPattern.id, latencyMs: 10, integrationLatencyMs: 6, targetResponseTimeMs: 4 },
    ]);
  });
});
