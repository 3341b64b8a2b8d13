import { OUTPUT_KEYS, serviceOutputKey, TargetPattern } from '@pik/contracts';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { targetPatternFromOutputs, targetPatternsFromOutputsFile } from './outputs.js';

const restOutputs = {
  [OUTPUT_KEYS.patternId]: 'rest-vpclinkv2-alb',
  [OUTPUT_KEYS.invokeUrl]: 'https://abc123.execute-api.eu-west-1.amazonaws.com/v1',
  [OUTPUT_KEYS.stage]: 'v1',
  [OUTPUT_KEYS.accessLogGroup]: 'PikRestVpcLinkV2Alb-RestApiAccessLogs',
  [OUTPUT_KEYS.throttleRateLimit]: '1000',
  [OUTPUT_KEYS.throttleBurstLimit]: '500',
  [OUTPUT_KEYS.authKind]: 'jwt',
  [OUTPUT_KEYS.userPoolId]: 'eu-west-1_abc',
  [OUTPUT_KEYS.userPoolClientId]: 'client123',
  [OUTPUT_KEYS.tokenUrl]:
    'https://pik-rest-vpclinkv2-alb-111122223333.auth.eu-west-1.amazoncognito.com/oauth2/token',
  [OUTPUT_KEYS.authScope]: 'pik/invoke',
  [OUTPUT_KEYS.apiKeyId]: 'key123',
  [OUTPUT_KEYS.serviceNames]: 'orders,syn001',
  [serviceOutputKey('orders', 'Path')]: '/orders',
  [serviceOutputKey('orders', 'Compute')]: 'lambda',
  [serviceOutputKey('orders', 'FunctionName')]: 'PikRestVpcLinkV2Alb-Orders',
  [serviceOutputKey('orders', 'LogGroup')]: '/aws/lambda/orders',
  [serviceOutputKey('syn001', 'Path')]: '/syn001',
  [serviceOutputKey('syn001', 'Compute')]: 'fargate',
  [serviceOutputKey('syn001', 'LogGroup')]: 'syn001-logs',
};

describe('stack outputs to targets file', () => {
  it('builds a contract-valid target with JWT then API key auth, per-service paths and functions', () => {
    const target = targetPatternFromOutputs(restOutputs);
    expect(Value.Check(TargetPattern, target)).toBe(true);
    expect(target).toMatchObject({
      id: 'rest-vpclinkv2-alb',
      api: 'rest',
      baseUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com/v1',
      throttle: { rateLimit: 1000, burstLimit: 500 },
      auth: [
        { kind: 'jwt', clientId: 'client123', scope: 'pik/invoke' },
        { kind: 'api-key', header: 'x-api-key', apiKeyId: 'key123' },
      ],
      services: [
        { name: 'orders', path: '/orders', compute: 'lambda', functionName: 'PikRestVpcLinkV2Alb-Orders' },
        { name: 'syn001', path: '/syn001', compute: 'fargate' },
      ],
    });
    expect(target.services[1]).not.toHaveProperty('functionName');
  });

  it('reads every pattern stack of an outputs file and skips other stacks', () => {
    const targets = targetPatternsFromOutputsFile({
      CDKToolkit: { BucketName: 'x' },
      PikRestVpcLinkV2Alb: restOutputs,
    });
    expect(targets.map((t) => t.id)).toEqual(['rest-vpclinkv2-alb']);
  });

  it('carries the ALBs LoadBalancer dimensions of AlbDimensions, contract-valid', () => {
    const target = targetPatternFromOutputs({
      ...restOutputs,
      [OUTPUT_KEYS.albDimensions]: 'app/pik-orders/50dc6c495c0c9188,app/pik-syn001/6d0ecf831eec9f09',
    });
    expect(Value.Check(TargetPattern, target)).toBe(true);
    expect(target.albDimensions).toEqual([
      'app/pik-orders/50dc6c495c0c9188',
      'app/pik-syn001/6d0ecf831eec9f09',
    ]);
    expect(targetPatternFromOutputs(restOutputs)).not.toHaveProperty('albDimensions');
  });

  it('points a pattern behind CloudFront at the distribution, with its regional API and write buffer', () => {
    const target = targetPatternFromOutputs({
      ...restOutputs,
      [OUTPUT_KEYS.patternId]: 'edge-buffered-writes',
      [OUTPUT_KEYS.invokeUrl]: 'https://d111.cloudfront.net',
      [OUTPUT_KEYS.originInvokeUrl]: 'https://abc123.execute-api.eu-west-1.amazonaws.com/v1/',
      [OUTPUT_KEYS.durableCopyBucketName]: 'pik-copy',
      [OUTPUT_KEYS.durableCopyPrefix]: 'writes/!{timestamp:yyyy/MM/dd/HH}/',
      [OUTPUT_KEYS.writeOnFailureQueueUrl]: 'https://sqs.eu-west-1.amazonaws.com/1/q',
      [OUTPUT_KEYS.writeConsumerFunctionName]: 'PikEdge-Consumer',
    });
    expect(Value.Check(TargetPattern, target)).toBe(true);
    expect(target).toMatchObject({
      baseUrl: 'https://d111.cloudfront.net',
      originUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com/v1',
      writeBuffer: {
        bucketName: 'pik-copy',
        dataPrefix: 'writes/!{timestamp:yyyy/MM/dd/HH}/',
        onFailureQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/1/q',
        consumerFunctionName: 'PikEdge-Consumer',
      },
    });
    expect(targetPatternFromOutputs(restOutputs)).not.toHaveProperty('originUrl');
  });

  it('names the missing output', () => {
    const { [OUTPUT_KEYS.tokenUrl]: _dropped, ...withoutToken } = restOutputs;
    expect(() => targetPatternFromOutputs(withoutToken)).toThrow(/stack output TokenUrl is missing/);
  });
});
