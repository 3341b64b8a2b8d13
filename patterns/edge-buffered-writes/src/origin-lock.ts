import type { StageWebAcl } from '@pik/cdk-constructs';
import { acknowledge } from '@pik/cdk-constructs';
import { PIK_HEADERS } from '@pik/contracts/headers';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { RemovalPolicy } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';

/**
 * The secret CloudFront sends as `x-pik-origin-verify` and the stage's web ACL requires: requests that
 * reach the regional API any other way are blocked (403) before API Gateway runs.
 *
 * Why the WAF on the stage and not the resource policy: a REST API resource policy can only match
 * caller identities, source IPs, VPCs and endpoints, not request headers; CloudFront's addresses are many
 * and shared by every distribution. The stage already has a web ACL, and a header match there is one rule.
 */
export class OriginLock extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'OriginSecret', {
      description: 'pik edge-buffered-writes: header value CloudFront proves itself with to the API',
      generateSecretString: { passwordLength: 40, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.secret,
      'AwsSolutions-SMG4',
      'Rotating it means updating the distribution and the web ACL together; rotate by redeploying (a new value).',
    );
  }

  /** The value as a CloudFormation dynamic reference: resolved at deploy time, never in the template. */
  get value(): string {
    return this.secret.secretValue.unsafeUnwrap();
  }

  /** CloudFront's origin custom headers carrying the secret. */
  get originHeaders(): Record<string, string> {
    return { [PIK_HEADERS.originVerify]: this.value };
  }

  /** Puts a rule first in the stage's web ACL that blocks every request without the secret header. */
  lockStage(acl: StageWebAcl, metricPrefix: string): void {
    const existing = (acl.webAcl.rules ?? []) as wafv2.CfnWebACL.RuleProperty[];
    acl.webAcl.rules = [
      {
        name: 'OnlyFromCloudFront',
        priority: 0,
        action: { block: {} },
        statement: {
          notStatement: {
            statement: {
              byteMatchStatement: {
                fieldToMatch: { singleHeader: { Name: PIK_HEADERS.originVerify } },
                positionalConstraint: 'EXACTLY',
                searchString: this.value,
                textTransformations: [{ priority: 0, type: 'NONE' }],
              },
            },
          },
        },
        visibilityConfig: {
          cloudWatchMetricsEnabled: true,
          sampledRequestsEnabled: true,
          metricName: `${metricPrefix}-not-from-cloudfront`,
        },
      },
      ...existing.map((rule) => ({ ...rule, priority: rule.priority + 1 })),
    ];
  }
}
