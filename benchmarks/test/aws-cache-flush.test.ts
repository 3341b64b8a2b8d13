/**
 * Emptying a pattern's caches on AWS before a cached-read run, against mocked SDK answers (not yet run
 * against AWS): the stage's API cache, and behind CloudFront the distribution found by its domain and
 * invalidated, waited for until complete.
 */
import { APIGatewayClient, BadRequestException, FlushStageCacheCommand } from '@aws-sdk/client-api-gateway';
import {
  CloudFrontClient,
  CreateInvalidationCommand,
  GetInvalidationCommand,
  ListDistributionsCommand,
} from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { executeApiIdOf } from '../src/aws/clients.js';
import { flushAwsCaches } from '../src/aws/flush-caches.js';
import { targetPattern } from './support/targets.js';

const apigateway = mockClient(APIGatewayClient);
const cloudfront = mockClient(CloudFrontClient);
const clients = {
  apigateway: apigateway as unknown as APIGatewayClient,
  cloudfront: cloudfront as unknown as CloudFrontClient,
};
const REGIONAL = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/v1';

describe('emptying the caches on AWS before cached-read', () => {
  beforeEach(() => {
    apigateway.reset();
    cloudfront.reset();
  });

  it('flushes the REST stage cache of the API named in the invoke URL, and touches no distribution', async () => {
    apigateway.on(FlushStageCacheCommand).resolves({});
    const pattern = targetPattern({ baseUrl: REGIONAL, stage: 'v1' });
    expect(await flushAwsCaches(clients, pattern)).toBe(true);
    expect(apigateway.commandCalls(FlushStageCacheCommand).map((c) => c.args[0].input)).toEqual([
      { restApiId: 'a1b2c3d4e5', stageName: 'v1' },
    ]);
    expect(cloudfront.calls()).toHaveLength(0);
  });

  it('behind CloudFront: flushes the origin API, finds the distribution over pages and waits for its /* invalidation', async () => {
    apigateway.on(FlushStageCacheCommand).resolves({});
    cloudfront
      .on(ListDistributionsCommand, { Marker: undefined })
      .resolves({
        DistributionList: {
          Items: [{ Id: 'EOTHER', DomainName: 'dother.cloudfront.net' }],
          IsTruncated: true,
          NextMarker: 'page2',
          Marker: '',
          MaxItems: 1,
          Quantity: 1,
        } as never,
      })
      .on(ListDistributionsCommand, { Marker: 'page2' })
      .resolves({
        DistributionList: {
          Items: [{ Id: 'EEDGE', DomainName: 'd111.cloudfront.net' }],
          IsTruncated: false,
          Marker: 'page2',
          MaxItems: 1,
          Quantity: 1,
        } as never,
      });
    cloudfront
      .on(CreateInvalidationCommand)
      .resolves({ Invalidation: { Id: 'I1', Status: 'InProgress' } as never });
    cloudfront
      .on(GetInvalidationCommand)
      .resolves({ Invalidation: { Id: 'I1', Status: 'Completed' } as never });
    const pattern = targetPattern({
      id: 'edge-buffered-writes',
      baseUrl: 'https://d111.cloudfront.net',
      originUrl: REGIONAL,
      stage: 'v1',
    });
    expect(await flushAwsCaches(clients, pattern, { maxWaitSec: 30 })).toBe(true);
    expect(apigateway.commandCalls(FlushStageCacheCommand)[0]?.args[0].input.restApiId).toBe('a1b2c3d4e5');
    const invalidation = cloudfront.commandCalls(CreateInvalidationCommand)[0]?.args[0].input;
    expect(invalidation?.DistributionId).toBe('EEDGE');
    expect(invalidation?.InvalidationBatch?.Paths).toEqual({ Quantity: 1, Items: ['/*'] });
    expect(cloudfront.commandCalls(GetInvalidationCommand)[0]?.args[0].input).toEqual({
      DistributionId: 'EEDGE',
      Id: 'I1',
    });
  });

  it('answers "no API cache" for an HTTP API and for a stage API Gateway refuses to flush', async () => {
    expect(await flushAwsCaches(clients, targetPattern({ api: 'http', baseUrl: REGIONAL }))).toBe(false);
    expect(apigateway.calls()).toHaveLength(0);
    apigateway
      .on(FlushStageCacheCommand)
      .rejects(new BadRequestException({ message: 'Cache cluster is not enabled', $metadata: {} }));
    expect(await flushAwsCaches(clients, targetPattern({ baseUrl: REGIONAL }))).toBe(false);
  });

  it('names the pattern when its URL is no execute-api URL, and a distribution it cannot find', async () => {
    expect(executeApiIdOf('https://api.example.com/v1')).toBeUndefined();
    await expect(
      flushAwsCaches(clients, targetPattern({ baseUrl: 'https://api.example.com/v1' })),
    ).rejects.toThrow(/rest-vpclink-shared-nlb: no execute-api URL/);
    apigateway.on(FlushStageCacheCommand).resolves({});
    cloudfront
      .on(ListDistributionsCommand)
      .resolves({ DistributionList: { Items: [], IsTruncated: false } as never });
    const edge = targetPattern({ baseUrl: 'https://d999.cloudfront.net', originUrl: REGIONAL });
    await expect(flushAwsCaches(clients, edge)).rejects.toThrow(
      /no CloudFront distribution serves d999\.cloudfront\.net/,
    );
  });
});
