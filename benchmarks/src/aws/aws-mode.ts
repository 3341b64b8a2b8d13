import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { ECSClient } from '@aws-sdk/client-ecs';
import type { TargetPattern } from '@pik/contracts';
import type { TargetKiller } from '../failover/run-failover.js';
import type { ResultsFile } from '../result-format/schema.js';
import type { SecretResolver } from '../targets/auth-headers.js';
import { type AwsClients, awsClients, regionOfWorld } from './clients.js';
import { awsTargetKiller } from './failover-targets.js';
import { flushAwsCaches } from './flush-caches.js';
import { forceLambdaColdStarts } from './force-cold-start.js';
import { gatewayTimes } from './gateway-metrics.js';
import { queryInitDurations } from './init-duration.js';
import { awsSecrets } from './secrets.js';

export interface AwsModeOptions {
  /** Wait before querying logs and metrics, so the REPORT lines and datapoints have arrived. */
  readonly settleMs?: number;
  readonly log?: (line: string) => void;
}

/**
 * The pieces `runBench` needs on AWS: secrets from Cognito and API Gateway, cold starts forced by a
 * configuration change, caches emptied before cached-read runs, and results enriched with Init Duration
 * (Logs Insights) and gateway vs integration time (CloudWatch metrics).
 */
export function awsMode(
  world: string,
  options: AwsModeOptions = {},
  clients: AwsClients = awsClients(regionOfWorld(world)),
): {
  secrets: SecretResolver;
  forceColdStart: (pattern: TargetPattern) => Promise<void>;
  flushCache: (pattern: TargetPattern) => Promise<boolean>;
  failoverTargets: TargetKiller;
  enrich: (
    results: ResultsFile,
    context: { patterns: readonly TargetPattern[]; startedAt: Date; endedAt: Date },
  ) => Promise<ResultsFile>;
} {
  const log = options.log ?? (() => {});
  return {
    secrets: awsSecrets(clients),
    failoverTargets: awsTargetKiller({
      ecs: clients.ecs ?? new ECSClient({ region: regionOfWorld(world) }),
      lambda: clients.lambda,
    }),
    flushCache: (pattern) =>
      flushAwsCaches(
        {
          apigateway: clients.apigateway,
          cloudfront: clients.cloudfront ?? new CloudFrontClient({ region: 'us-east-1' }),
        },
        pattern,
        { log },
      ),
    async forceColdStart(pattern) {
      const names = await forceLambdaColdStarts(clients, pattern);
      log(`  forced cold starts: ${names.join(', ') || '(no Lambda functions in this pattern)'}`);
    },
    async enrich(results, context) {
      await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 60_000));
      const updated = [];
      for (const result of results.results) {
        const pattern = context.patterns.find((p) => p.id === result.pattern);
        updated.push(await withInitDuration(clients, result, pattern));
      }
      const gatewayMetrics = [];
      for (const pattern of context.patterns) {
        gatewayMetrics.push(
          await gatewayTimes(
            clients,
            pattern,
            { start: context.startedAt, end: context.endedAt },
            pattern.albDimensions,
          ),
        );
      }
      return { ...results, results: updated, gatewayMetrics };
    },
  };
}

type BenchResult = ResultsFile['results'][number];

/**
 * A cold-start result of a pattern with Lambda services, with Init Duration from the REPORT lines of the
 * requests' own window (a REPORT line is written when its invocation ends), so the next tool's forced
 * cold starts never count for this one. Other results are returned as they are.
 */
async function withInitDuration(
  clients: AwsClients,
  result: BenchResult,
  pattern: TargetPattern | undefined,
): Promise<BenchResult> {
  const logGroups =
    pattern?.services.filter((s) => s.compute === 'lambda' && s.logGroup).map((s) => s.logGroup as string) ??
    [];
  if (result.scenario !== 'cold-start' || logGroups.length === 0) return result;
  const start = new Date(Date.parse(result.requestWindow?.first ?? result.startedAt) - 1000);
  const end = new Date(
    result.requestWindow
      ? Date.parse(result.requestWindow.last) + 5000
      : start.getTime() + (result.durationSec + 30) * 1000,
  );
  const init = await queryInitDurations(clients, logGroups, { start, end });
  return {
    ...result,
    cold: {
      ...result.cold,
      source: 'lambda-report-init-duration' as const,
      count: init.count,
      initMs: init.count === 0 ? null : { count: init.count, p50: init.p50, p95: init.p95, max: init.max },
    },
  };
}
