import { MANAGED_RULE_GROUPS } from '@pik/cdk-constructs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Stack, type StackProps } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';

/** The Region every web ACL for CloudFront lives in (`Scope: CLOUDFRONT`). */
export const CLOUDFRONT_WAF_REGION = 'us-east-1';

export interface EdgeWafStackProps extends StackProps {
  readonly metricPrefix: string;
  /** Requests one client address may make in any 5 minutes before the edge blocks it. */
  readonly requestsPerFiveMinutesPerIp: number;
}

/**
 * The edge web ACL of `edge-buffered-writes`: AWS managed rule groups and a per-address rate rule, for
 * CloudFront. Such ACLs can only be created in us-east-1, so they get this small stack there; the pattern
 * stack reads its ARN through a cross-Region reference (CDK's `crossRegionReferences`).
 */
export class EdgeWafStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeWafStackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: CLOUDFRONT_WAF_REGION } });
    const visibility = (name: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${props.metricPrefix}-${name}`,
    });
    this.webAcl = new wafv2.CfnWebACL(this, 'EdgeWebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('edge-acl'),
      rules: [
        {
          name: 'RatePerClientAddress',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: { limit: props.requestsPerFiveMinutesPerIp, aggregateKeyType: 'IP' },
          },
          visibilityConfig: visibility('rate'),
        },
        ...MANAGED_RULE_GROUPS.map((name, index) => ({
          name,
          priority: index + 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
          visibilityConfig: visibility(name),
        })),
      ],
    });
  }
}
