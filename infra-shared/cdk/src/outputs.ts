/**
 * Stack output names and how they map to the targets file. Pure: no CDK import, so the benchmarks and the
 * CLI can turn `cdk deploy --outputs-file` into a TargetsFile without loading aws-cdk-lib.
 */
import {
  type ApiKeyAuth,
  type JwtAuth,
  OUTPUT_KEYS,
  type PatternId,
  patternById,
  serviceOutputKey,
  type TargetPattern,
} from '@pik/contracts';

/** One stack's outputs, as `cdk deploy --outputs-file` writes them under the stack name. */
export type StackOutputs = Readonly<Record<string, string>>;

function required(outputs: StackOutputs, key: string): string {
  const value = outputs[key];
  if (value === undefined || value === '') throw new Error(`stack output ${key} is missing`);
  return value;
}

/** The targets-file entry of one deployed pattern, from its stack outputs. */
export function targetPatternFromOutputs(outputs: StackOutputs): TargetPattern {
  const pattern = patternById(required(outputs, OUTPUT_KEYS.patternId));
  const auth: (JwtAuth | ApiKeyAuth)[] = [];
  if (required(outputs, OUTPUT_KEYS.authKind) === 'jwt') {
    auth.push({
      kind: 'jwt',
      tokenUrl: required(outputs, OUTPUT_KEYS.tokenUrl),
      clientId: required(outputs, OUTPUT_KEYS.userPoolClientId),
      scope: required(outputs, OUTPUT_KEYS.authScope),
    });
  }
  const apiKeyId = outputs[OUTPUT_KEYS.apiKeyId];
  if (apiKeyId) auth.push({ kind: 'api-key', header: 'x-api-key', apiKeyId });
  const services = required(outputs, OUTPUT_KEYS.serviceNames)
    .split(',')
    .map((name) => {
      const compute = required(outputs, serviceOutputKey(name, 'Compute'));
      if (compute !== 'lambda' && compute !== 'fargate')
        throw new Error(`service ${name}: compute '${compute}'`);
      const functionName = outputs[serviceOutputKey(name, 'FunctionName')];
      return {
        name,
        path: required(outputs, serviceOutputKey(name, 'Path')),
        compute,
        ...(functionName ? { functionName } : {}),
        logGroup: required(outputs, serviceOutputKey(name, 'LogGroup')),
      } as const;
    });
  const albDimensions = outputs[OUTPUT_KEYS.albDimensions]?.split(',').filter(Boolean);
  const webSocket = webSocketOf(outputs[OUTPUT_KEYS.feedUrl]);
  const target = {
    id: pattern.id as PatternId,
    title: pattern.title,
    api: pattern.api,
    baseUrl: required(outputs, OUTPUT_KEYS.invokeUrl).replace(/\/+$/, ''),
    stage: required(outputs, OUTPUT_KEYS.stage),
    auth,
    services,
    throttle: {
      rateLimit: Number(required(outputs, OUTPUT_KEYS.throttleRateLimit)),
      burstLimit: Number(required(outputs, OUTPUT_KEYS.throttleBurstLimit)),
    },
    ...(albDimensions?.length ? { albDimensions } : {}),
    ...edgeFieldsOf(outputs),
    ...(webSocket ? { webSocket } : {}),
  };
  // The contract's `id` union is built from PATTERN_IDS at run time; its static type does not narrow.
  return target as unknown as TargetPattern;
}

/** Behind CloudFront: the regional API as `originUrl`; buffered writes: their bucket, queue and consumer. */
function edgeFieldsOf(outputs: StackOutputs): Pick<TargetPattern, 'originUrl' | 'writeBuffer'> {
  const originUrl = outputs[OUTPUT_KEYS.originInvokeUrl];
  const bucketName = outputs[OUTPUT_KEYS.durableCopyBucketName];
  const dataPrefix = outputs[OUTPUT_KEYS.durableCopyPrefix];
  const queue = outputs[OUTPUT_KEYS.writeOnFailureQueueUrl];
  const consumer = outputs[OUTPUT_KEYS.writeConsumerFunctionName];
  return {
    ...(originUrl ? { originUrl: originUrl.replace(/\/+$/, '') } : {}),
    ...(bucketName
      ? {
          writeBuffer: {
            bucketName,
            ...(dataPrefix ? { dataPrefix } : {}),
            ...(queue ? { onFailureQueueUrl: queue } : {}),
            ...(consumer ? { consumerFunctionName: consumer } : {}),
          },
        }
      : {}),
  };
}

/** The live feed's `FeedUrl` (`wss://.../<stage>`) as the targets file's `webSocket`: the stage is its path. */
function webSocketOf(feedUrl: string | undefined): TargetPattern['webSocket'] {
  if (!feedUrl) return undefined;
  const url = feedUrl.replace(/\/+$/, '');
  const stage = new URL(url).pathname.split('/').filter(Boolean).pop();
  if (!stage) throw new Error(`stack output ${OUTPUT_KEYS.feedUrl}: '${feedUrl}' names no stage`);
  return { url, stage };
}

/** Every pattern found in an outputs file (`{ <StackName>: { <OutputKey>: value } }`); other stacks are skipped. */
export function targetPatternsFromOutputsFile(file: Readonly<Record<string, StackOutputs>>): TargetPattern[] {
  return Object.values(file)
    .filter((outputs) => outputs[OUTPUT_KEYS.patternId] !== undefined)
    .map(targetPatternFromOutputs);
}
