/**
 * Empties a pattern's caches on AWS before each cached-read run, as the twin's control surface does
 * locally: the stage's API cache (`FlushStageCache`) and, behind CloudFront, the distribution's edge
 * caches (an invalidation of `/*`, waited for until it has completed). Not yet run against AWS: tested
 * against mocked SDK answers.
 */
import {
  type APIGatewayClient,
  BadRequestException,
  FlushStageCacheCommand,
} from '@aws-sdk/client-api-gateway';
import {
  type CloudFrontClient,
  CreateInvalidationCommand,
  ListDistributionsCommand,
  waitUntilInvalidationCompleted,
} from '@aws-sdk/client-cloudfront';
import type { TargetPattern } from '@pik/contracts';
import { executeApiIdOf } from './clients.js';

/** The id of the distribution serving `domainName` (`d111111abcdef8.cloudfront.net`), over every page. */
export async function distributionIdOf(cloudfront: CloudFrontClient, domainName: string): Promise<string> {
  let Marker: string | undefined;
  do {
    const { DistributionList } = await cloudfront.send(new ListDistributionsCommand({ Marker }));
    const found = DistributionList?.Items?.find((d) => d.DomainName === domainName);
    if (found?.Id) return found.Id;
    Marker = DistributionList?.IsTruncated ? DistributionList.NextMarker : undefined;
  } while (Marker);
  throw new Error(`no CloudFront distribution serves ${domainName} in this account`);
}

export interface AwsCacheClients {
  readonly apigateway: APIGatewayClient;
  readonly cloudfront: CloudFrontClient;
}

/**
 * True once every cache in front of the pattern is empty; false when the pattern has no API cache (an HTTP
 * API, or a stage API Gateway refuses to flush because it has none), so the run is skipped as on the twin.
 */
export async function flushAwsCaches(
  clients: AwsCacheClients,
  pattern: TargetPattern,
  options: { readonly maxWaitSec?: number; readonly log?: (line: string) => void } = {},
): Promise<boolean> {
  if (pattern.api !== 'rest') return false;
  const restApiId = executeApiIdOf(pattern.originUrl ?? pattern.baseUrl);
  if (!restApiId) throw new Error(`${pattern.id}: no execute-api URL to read the REST API id from`);
  try {
    await clients.apigateway.send(new FlushStageCacheCommand({ restApiId, stageName: pattern.stage }));
  } catch (error) {
    if (error instanceof BadRequestException) return false;
    throw error;
  }
  if (pattern.originUrl) {
    const DistributionId = await distributionIdOf(clients.cloudfront, new URL(pattern.baseUrl).hostname);
    const { Invalidation } = await clients.cloudfront.send(
      new CreateInvalidationCommand({
        DistributionId,
        InvalidationBatch: { CallerReference: `pik-${Date.now()}`, Paths: { Quantity: 1, Items: ['/*'] } },
      }),
    );
    options.log?.(`  invalidating ${DistributionId} (/*) before the run`);
    const outcome = await waitUntilInvalidationCompleted(
      { client: clients.cloudfront, maxWaitTime: options.maxWaitSec ?? 600, minDelay: 5, maxDelay: 20 },
      { DistributionId, Id: Invalidation?.Id },
    );
    if (outcome.state !== 'SUCCESS')
      throw new Error(`${DistributionId}: invalidation did not complete (${outcome.state})`);
  }
  return true;
}
