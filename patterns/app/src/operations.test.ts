import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixtureRepo, resourcesOfType } from '@pik/cdk-constructs/testing';
import { ALARM_TOPIC_CONTEXT_KEY, OUTPUT_KEYS, PATTERNS, type PatternId } from '@pik/contracts';
import { describe, expect, it } from 'vitest';
import { alarmTopicContext, buildPikApp } from './app.js';

type Template = Parameters<typeof resourcesOfType>[0] & { Outputs?: Record<string, { Value: unknown }> };
const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:pik-ops';

function synth(patterns: readonly PatternId[], context: Record<string, string> = {}): Map<string, Template> {
  const previous = process.env.CDK_CONTEXT_JSON;
  process.env.CDK_CONTEXT_JSON = JSON.stringify(context);
  try {
    const outdir = mkdtempSync(join(tmpdir(), 'pik-cdk-ops-'));
    buildPikApp({ outdir, repoRoot: createFixtureRepo(), patterns }).app.synth();
    return new Map(
      PATTERNS.filter((p) => patterns.includes(p.id)).map((p) => [
        p.id,
        JSON.parse(readFileSync(join(outdir, `${p.stackName}.template.json`), 'utf8')) as Template,
      ]),
    );
  } finally {
    if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
    else process.env.CDK_CONTEXT_JSON = previous;
  }
}

const alarms = (t: Template) => Object.values(resourcesOfType(t, 'AWS::CloudWatch::Alarm'));
/** The dashboard body as written, with every CloudFormation reference in it replaced by `REF`. */
function dashboardBody(t: Template): string {
  const dashboards = Object.values(resourcesOfType(t, 'AWS::CloudWatch::Dashboard'));
  expect(dashboards).toHaveLength(1);
  const body = dashboards[0]?.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] };
  return body['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : 'REF')).join('');
}
const described = (t: Template, text: string) =>
  alarms(t).filter((a) => String(a.Properties.AlarmDescription).includes(text));

// Option 4 has every element: a REST stage, an NLB, an ALB per service and Lambda functions; the
// baseline an HTTP API stage and functions only; option 2 an NLB per service and containers.
const IDS: PatternId[] = ['rest-vpclink-nlb-to-alb', 'http-lambda-baseline', 'rest-vpclink-per-nlb'];
const templates = synth(IDS);

describe('operations: every pattern stack has a dashboard and alarms', () => {
  it('draws API traffic, 4xx, 5xx, latency and integration latency of the stage, per API type', () => {
    const rest = dashboardBody(templates.get('rest-vpclink-nlb-to-alb') as Template);
    for (const metric of ['"Count"', '"4XXError"', '"5XXError"', '"Latency"', '"IntegrationLatency"'])
      expect(rest).toContain(metric);
    expect(rest).toContain('"ApiName"');
    const http = dashboardBody(templates.get('http-lambda-baseline') as Template);
    for (const metric of ['"Count"', '"4xx"', '"5xx"', '"Latency"', '"IntegrationLatency"'])
      expect(http).toContain(metric);
    expect(http).toContain('"ApiId"');
  });

  it('draws target health and response time of the load balancers, Lambda and DynamoDB throttling, init duration', () => {
    const body = dashboardBody(templates.get('rest-vpclink-nlb-to-alb') as Template);
    for (const metric of ['UnHealthyHostCount', 'TargetResponseTime', 'TCP_Target_Reset_Count'])
      expect(body).toContain(metric);
    for (const metric of [
      '"Duration"',
      '"Throttles"',
      '"ConcurrentExecutions"',
      'ReadThrottleEvents',
      'WriteThrottleEvents',
    ])
      expect(body).toContain(metric);
    expect(body).toContain('@initDuration');
    const containers = dashboardBody(templates.get('rest-vpclink-per-nlb') as Template);
    expect(containers).not.toContain('"ConcurrentExecutions"');
  });

  it('alarms on the 5xx rate and p99 latency of the stage, one unhealthy-target alarm per target group, one throttle alarm per function', () => {
    for (const [id, t] of templates) {
      const rate = described(t, 'Share of 5xx');
      expect(rate, id).toHaveLength(1);
      expect(JSON.stringify(rate[0]?.Properties.Metrics)).toContain('100 * errors / requests');
      expect(rate[0]?.Properties).toMatchObject({ Threshold: 1, EvaluationPeriods: 5, DatapointsToAlarm: 3 });
      const latency = described(t, 'p99 latency');
      expect(latency[0]?.Properties).toMatchObject({ ExtendedStatistic: 'p99', Threshold: 2000 });
      const groups = Object.keys(resourcesOfType(t, 'AWS::ElasticLoadBalancingV2::TargetGroup'));
      expect(described(t, 'Unhealthy targets'), id).toHaveLength(groups.length);
      const functions = Object.keys(t.Outputs ?? {}).filter((k) => k.endsWith('FunctionName'));
      expect(described(t, 'Throttled invocations'), id).toHaveLength(functions.length);
      for (const a of alarms(t)) expect(a.Properties.AlarmActions, id).toBeUndefined();
    }
    expect(described(templates.get('rest-vpclink-per-nlb') as Template, 'Unhealthy targets').length).toBe(4);
    expect(Object.keys(templates.get('http-lambda-baseline')?.Outputs ?? {})).toContain(
      OUTPUT_KEYS.invokeUrl,
    );
  });

  it('notifies the topic of pik:alarm-topic-arn on alarm and on recovery, and refuses a value that is no topic ARN', () => {
    const t = synth(['http-lambda-baseline'], { [ALARM_TOPIC_CONTEXT_KEY]: TOPIC }).get(
      'http-lambda-baseline',
    );
    const all = alarms(t as Template);
    expect(all.length).toBeGreaterThan(2);
    for (const a of all) {
      expect(a.Properties.AlarmActions).toEqual([TOPIC]);
      expect(a.Properties.OKActions).toEqual([TOPIC]);
    }
    expect(() => alarmTopicContext('ops-topic')).toThrow(/pik:alarm-topic-arn must be an SNS topic ARN/);
  });
});

/** Logical ids of the template's application load balancers. */
const albIds = (t: Template) =>
  Object.entries(resourcesOfType(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer'))
    .filter(([, r]) => r.Properties.Type === 'application')
    .map(([id]) => id)
    .sort();
/** The logical ids whose LoadBalancerFullName a value refers to. */
const fullNamesIn = (value: unknown) =>
  [...JSON.stringify(value).matchAll(/"Fn::GetAtt":\["([^"]+)","LoadBalancerFullName"\]/g)]
    .map((m) => m[1])
    .sort();

describe('operations: the ALBs behind TargetResponseTime', () => {
  it('publishes the LoadBalancer dimension of every ALB in the AlbDimensions output, and none without an ALB', () => {
    const t = templates.get('rest-vpclink-nlb-to-alb') as Template;
    expect(albIds(t).length).toBeGreaterThan(1);
    expect(fullNamesIn(t.Outputs?.[OUTPUT_KEYS.albDimensions]?.Value)).toEqual(albIds(t));
    expect(templates.get('http-lambda-baseline')?.Outputs).not.toHaveProperty(OUTPUT_KEYS.albDimensions);
    expect(templates.get('rest-vpclink-per-nlb')?.Outputs).not.toHaveProperty(OUTPUT_KEYS.albDimensions);
  });

  it('option 7: its public ALB is on the dashboard, alarmed and published', () => {
    const t = synth(['private-rest-api-alb']).get('private-rest-api-alb') as Template;
    const [publicAlb] = albIds(t);
    expect(albIds(t)).toHaveLength(1);
    const dashboard = Object.values(resourcesOfType(t, 'AWS::CloudWatch::Dashboard'))[0];
    expect(fullNamesIn(dashboard)).toContain(publicAlb);
    expect(dashboardBody(t)).toContain('TargetResponseTime');
    const [group] = Object.keys(resourcesOfType(t, 'AWS::ElasticLoadBalancingV2::TargetGroup'));
    expect(JSON.stringify(described(t, 'Unhealthy targets'))).toContain(group as string);
    expect(fullNamesIn(t.Outputs?.[OUTPUT_KEYS.albDimensions]?.Value)).toEqual([publicAlb]);
  });
});
