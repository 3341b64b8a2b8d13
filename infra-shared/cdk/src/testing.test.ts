import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { App, Stack } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { acknowledge } from './nag.js';
import type { PikPatternStackProps } from './pattern-stack.js';
import { nagFindings, patternSynthesizer, securityProblems, type TemplateJson } from './testing.js';

class ProbeStack extends Stack {
  readonly repoRoot: string | undefined;
  constructor(scope: Construct, props: PikPatternStackProps) {
    super(scope, 'Probe', props);
    this.repoRoot = props.repoRoot;
    new sqs.Queue(this, 'Queue', { enforceSSL: true });
  }
}

describe('the checks the pattern tests rely on', () => {
  it('nagFindings reports an unacknowledged finding and drops it once acknowledged', () => {
    const stack = new Stack(new App(), 'Probe');
    const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
    expect(nagFindings(stack).some((f) => f.startsWith('AwsSolutions-SQS3'))).toBe(true);
    acknowledge(queue, 'AwsSolutions-SQS3', 'probe queue without a dead-letter queue');
    expect(nagFindings(stack).some((f) => f.startsWith('AwsSolutions-SQS3'))).toBe(false);
  });

  it('securityProblems flags public load balancers, CIDR ingress, off-port rules and wildcard actions', () => {
    const template: TemplateJson = {
      Resources: {
        Lb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Scheme: 'internet-facing' } },
        Open: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: { SecurityGroupIngress: [{ CidrIp: '0.0.0.0/0', FromPort: 8081, ToPort: 8081 }] },
        },
        Wide: {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: { SourceSecurityGroupId: { Ref: 'Sg' }, FromPort: 0, ToPort: 65535 },
        },
        Policy: {
          Type: 'AWS::IAM::Policy',
          Properties: { PolicyDocument: { Statement: [{ Action: 'dynamodb:*', Resource: '*' }] } },
        },
      },
    };
    const problems = securityProblems(template, [8081]);
    expect(problems).toEqual([
      'Lb: load balancer is not internal',
      'Open: ingress from 0.0.0.0/0',
      'Wide: ingress on 0-65535',
      'Policy: wildcard action dynamodb:*',
    ]);
  });

  it('securityProblems accepts a rule from a security group on a listener port, and endpoint HTTPS from the VPC', () => {
    const template: TemplateJson = {
      Resources: {
        Rule: {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: {
            SourceSecurityGroupId: { 'Fn::GetAtt': ['LinkSg', 'GroupId'] },
            FromPort: 8081,
            ToPort: 8081,
          },
        },
        Endpoints: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: { SecurityGroupIngress: [{ CidrIp: '10.64.0.0/16', FromPort: 443, ToPort: 443 }] },
        },
      },
    };
    expect(securityProblems(template, [8081])).toEqual([]);
  });

  it('patternSynthesizer builds each stack in its own App against one fixture repository', () => {
    const synth = patternSynthesizer(ProbeStack);
    const first = synth();
    const second = synth({ description: 'second probe' });
    expect(first.stack.node.root).not.toBe(second.stack.node.root);
    expect(second.stack.repoRoot).toBe(first.stack.repoRoot);
    expect(existsSync(join(first.stack.repoRoot as string, 'package.json'))).toBe(true);
    expect(Object.values(first.json.Resources).map((r) => r.Type)).toEqual([
      'AWS::SQS::Queue',
      'AWS::SQS::QueuePolicy',
    ]);
    second.template.templateMatches({ Description: 'second probe' });
  });
});
