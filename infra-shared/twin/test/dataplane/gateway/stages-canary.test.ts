/**
 * One REST API with two stages and a canary, on one gateway: each stage at its own path with its own
 * variables, an unknown stage refused, and the canary serving its configured share of 2,000 requests
 * (within 5 percentage points) under its overridden variables, named `stage:prod(canary)` in the trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../../src/dataplane/gateway/api-gateway.js';
import type { RouteConfig, RunningApiGateway } from '../../../src/dataplane/gateway/types.js';
import { createHttpForwarder } from '../../../src/dataplane/http-forwarder.js';
import { startBackend } from '../helpers.js';

/** A MOCK that answers the stage it ran in and the `release` stage variable it saw. */
const releaseRoute: RouteConfig = {
  routeKey: 'GET /release',
  integration: {
    id: 'release',
    type: 'MOCK',
    mock: {
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      passthroughBehavior: 'WHEN_NO_MATCH',
      integrationResponses: [
        {
          statusCode: '200',
          responseParameters: {},
          responseTemplates: {
            'application/json': '{"stage": "$context.stage", "release": "$stageVariables.release"}',
          },
        },
      ],
    },
  },
};

let gateway: RunningApiGateway;
beforeAll(async () => {
  gateway = await createApiGateway(
    {
      apiId: 'api1',
      kind: 'rest',
      stageName: 'test',
      routes: [releaseRoute],
      stageVariables: { release: 'r1' },
      moreStages: [
        {
          stageName: 'prod',
          routes: [releaseRoute],
          stageVariables: { release: 'r2' },
          canary: { percentTraffic: 20, routes: [releaseRoute], stageVariables: { release: 'r3' } },
        },
      ],
    },
    { forward: () => Promise.reject(new Error('no HTTP integration in this API')) },
  );
});
afterAll(() => gateway.close());

async function release(stage: string): Promise<{ status: number; body: string; trace: string | null }> {
  const response = await fetch(
    `${gateway.stageUrls[stage] ?? `http://127.0.0.1:${gateway.port}/${stage}`}/release`,
  );
  return { status: response.status, body: await response.text(), trace: response.headers.get('x-pik-trace') };
}

describe('REST stages and canary on one gateway', () => {
  it('serves each stage at its own path with its own variables; an unknown stage is refused', async () => {
    expect(await release('test')).toEqual({
      status: 200,
      body: '{"stage": "test", "release": "r1"}',
      trace: 'gateway:rest > stage:test',
    });
    const missing = await release('staging');
    expect([missing.status, missing.body]).toEqual([403, '{"message":"Forbidden"}']);
  });

  it('sends the canary its share of 2,000 requests, under its own variables', async () => {
    const counts = { canary: 0, stage: 0 };
    const queue = Array.from({ length: 2000 }, (_, i) => i);
    const worker = async () => {
      while (queue.pop() !== undefined) {
        const answer = await release('prod');
        if (answer.trace === 'gateway:rest > stage:prod(canary)') {
          expect(answer.body).toBe('{"stage": "prod", "release": "r3"}');
          counts.canary++;
        } else {
          expect([answer.trace, answer.body]).toEqual([
            'gateway:rest > stage:prod',
            '{"stage": "prod", "release": "r2"}',
          ]);
          counts.stage++;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(counts.canary + counts.stage).toBe(2000);
    const share = (100 * counts.canary) / 2000;
    console.log(`canary share: ${share.toFixed(1)} % of 2,000 (configured 20 %)`);
    expect(Math.abs(share - 20)).toBeLessThanOrEqual(5);
  });
});

describe('HTTP API named stage beside $default', () => {
  it('serves /test/... on the named stage and the rest on $default; overwrite:path keeps the stage out of the backend path', async () => {
    const backend = await startBackend('orders');
    const forwarder = createHttpForwarder(() => ({
      host: '127.0.0.1',
      port: backend.port,
      hops: ['vpclink:v2'],
    }));
    const route = (overwrite: boolean): RouteConfig => ({
      routeKey: 'ANY /orders/{proxy+}',
      integration: {
        id: overwrite ? 'stageless' : 'plain',
        type: 'HTTP_PROXY',
        connectionType: 'VPC_LINK',
        vpcLinkVersion: 'v2',
        uri: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/orders/abc/def',
        payloadFormatVersion: '1.0',
        ...(overwrite ? { requestParameters: { 'overwrite:path': '$request.path' } } : {}),
      },
    });
    const http = await createApiGateway(
      {
        apiId: 'http1',
        kind: 'http',
        stageName: '$default',
        routes: [route(true)],
        moreStages: [
          {
            stageName: 'test',
            routes: [route(true)],
            throttle: { stageDefault: { rateLimit: 100, burstLimit: 10 } },
          },
        ],
      },
      { forward: forwarder.forward },
    );
    try {
      const viaDefault = await fetch(`http://127.0.0.1:${http.port}/orders/o-1`);
      expect([viaDefault.status, viaDefault.headers.get('x-pik-trace')]).toEqual([
        200,
        'gateway:http > stage:$default > vpclink:v2',
      ]);
      expect(backend.last?.url).toBe('/orders/o-1');
      const viaTest = await fetch(`${http.stageUrls.test}/orders/o-1`);
      expect([viaTest.status, viaTest.headers.get('x-pik-trace')]).toEqual([
        200,
        'gateway:http > stage:test > vpclink:v2',
      ]);
      // Without overwrite:path the backend would see /test/orders/o-1 (the fact sheet's gotcha).
      expect(backend.last?.url).toBe('/orders/o-1');
    } finally {
      await http.close();
      forwarder.close();
      await backend.close();
    }
  });
});
