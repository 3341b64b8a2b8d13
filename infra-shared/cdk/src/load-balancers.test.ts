import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { App, Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import type { LambdaService } from './lambda-service.js';
import { ServiceAlb } from './load-balancers.js';
import type { DeployedService } from './service-fleet.js';
import type { ServiceTable } from './service-table.js';

/** A ServiceAlb for a service at `basePath`, in front of a one-line Lambda function. */
function albFor(basePath: `/${string}`): { stack: Stack; alb: ServiceAlb } {
  const stack = new Stack(new App(), 'S');
  const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  });
  const service: DeployedService = {
    spec: { name: 'orders', basePath, port: 8083, bundle: 'orders', compute: 'lambda', synthetic: false },
    table: {} as ServiceTable,
    lambda: { function: fn } as unknown as LambdaService,
    logGroup: new logs.LogGroup(stack, 'Logs'),
  };
  return { stack, alb: new ServiceAlb(stack, 'Orders', { vpc, subnets: {}, service }) };
}

describe('ServiceAlb.stripPathSegment', () => {
  it('adds one rule on /<segment>/* that rewrites to the rest of the path and forwards to the service', () => {
    const { stack, alb } = albFor('/orders');
    alb.stripPathSegment('v1', 10);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::ElasticLoadBalancingV2::ListenerRule', 1);
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', {
      Priority: 10,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v1/*'] } }],
      Actions: [
        {
          Type: 'forward',
          TargetGroupArn: stack.resolve(alb.targetGroup.targetGroupArn),
        },
      ],
      Transforms: [
        { Type: 'url-rewrite', UrlRewriteConfig: { Rewrites: [{ Regex: '^/v1/(.*)$', Replace: '/$1' }] } },
      ],
    });
  });

  it('refuses a service whose own paths start with the segment, since the rewrite would change them', () => {
    expect(() => albFor('/v1').alb.stripPathSegment('v1', 10)).toThrow(/service path \/v1 starts with \/v1/);
    expect(() => albFor('/v1/orders').alb.stripPathSegment('v1', 10)).toThrow(/starts with \/v1/);
    expect(() => albFor('/v1x').alb.stripPathSegment('v1', 10)).not.toThrow();
  });
});
