import { describe, expect, it } from 'vitest';
import {
  type ConditionContext,
  conditionHolds,
  conditionProblem,
} from '../../../src/dataplane/auth/iam-conditions.js';

/** A request context with the given keys (names as a policy writes them; IAM compares them case-blind). */
const request = (keys: Record<string, string> = {}): ConditionContext =>
  new Map(Object.entries(keys).map(([k, v]) => [k.toLowerCase(), v]));

describe('IAM condition operators', () => {
  // IAM User Guide, "IAM JSON policy elements: Condition operators" > String condition operators:
  // StringEquals is exact and case-sensitive; StringEqualsIgnoreCase is not; StringLike takes * and ?.
  it('string operators: exact, case-blind and wildcard matching', () => {
    const vpce = request({ 'aws:SourceVpce': 'vpce-1a2b3c4d' });
    expect(conditionHolds({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, vpce)).toBe(true);
    expect(conditionHolds({ StringEquals: { 'aws:SourceVpce': 'VPCE-1A2B3C4D' } }, vpce)).toBe(false);
    expect(conditionHolds({ StringEqualsIgnoreCase: { 'aws:SourceVpce': 'VPCE-1A2B3C4D' } }, vpce)).toBe(
      true,
    );
    expect(conditionHolds({ StringLike: { 'aws:SourceVpce': 'vpce-1a2b*' } }, vpce)).toBe(true);
    expect(conditionHolds({ StringLike: { 'aws:SourceVpce': 'vpce-????????' } }, vpce)).toBe(true);
    expect(conditionHolds({ StringLike: { 'aws:SourceVpce': 'vpce-9*' } }, vpce)).toBe(false);
    expect(conditionHolds({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, vpce)).toBe(false);
    expect(conditionHolds({ StringNotEquals: { 'aws:SourceVpce': 'vpce-other' } }, vpce)).toBe(true);
  });

  // IAM User Guide, "Conditions with multiple context keys or values": several values for one key are ORed;
  // under a negated operator they are NORed; several keys, and several operators, are ANDed.
  it('values of one key are ORed (NORed when negated); keys and operators are ANDed', () => {
    const ctx = request({ 'aws:SourceVpce': 'vpce-b', 'aws:SourceVpc': 'vpc-1' });
    expect(conditionHolds({ StringEquals: { 'aws:SourceVpce': ['vpce-a', 'vpce-b'] } }, ctx)).toBe(true);
    expect(conditionHolds({ StringNotEquals: { 'aws:SourceVpce': ['vpce-a', 'vpce-b'] } }, ctx)).toBe(false);
    expect(conditionHolds({ StringNotEquals: { 'aws:SourceVpce': ['vpce-a', 'vpce-c'] } }, ctx)).toBe(true);
    const both = { 'aws:SourceVpce': 'vpce-b', 'aws:SourceVpc': 'vpc-2' };
    expect(conditionHolds({ StringEquals: both }, ctx)).toBe(false);
    expect(
      conditionHolds(
        { StringEquals: { 'aws:SourceVpce': 'vpce-b' }, StringLike: { 'aws:SourceVpc': 'vpc-*' } },
        ctx,
      ),
    ).toBe(true);
  });

  // IAM User Guide, "Condition operators": "If the key that you specify in a policy condition is not
  // present in the request context, the values do not match and the condition is false. If the policy
  // condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key
  // is not present, the condition is true."
  it('a key absent from the request: false, except for negated operators, which hold', () => {
    const none = request();
    expect(conditionHolds({ StringEquals: { 'aws:SourceVpce': 'vpce-1' } }, none)).toBe(false);
    expect(conditionHolds({ StringLike: { 'aws:SourceVpce': '*' } }, none)).toBe(false);
    expect(conditionHolds({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, none)).toBe(false);
    expect(conditionHolds({ ArnLike: { 'aws:SourceArn': '*' } }, none)).toBe(false);
    expect(conditionHolds({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }, none)).toBe(true);
    expect(conditionHolds({ StringNotLike: { 'aws:SourceVpce': 'vpce-*' } }, none)).toBe(true);
    expect(conditionHolds({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, none)).toBe(true);
    expect(conditionHolds({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } }, none)).toBe(true);
  });

  // IAM User Guide, "...IfExists condition operators": "If the policy key is present in the context of the
  // request, process the key as specified in the policy. If the key is not present, evaluate the condition
  // element as true." (the guide's example: StringLikeIfExists on ec2:InstanceType ["t1.*", "t2.*", "m3.*"]).
  it('...IfExists: checked when the key is present, true when it is absent', () => {
    const types = { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } };
    expect(conditionHolds(types, request({ 'ec2:InstanceType': 't2.micro' }))).toBe(true);
    expect(conditionHolds(types, request({ 'ec2:InstanceType': 'c5.large' }))).toBe(false);
    expect(conditionHolds(types, request())).toBe(true);
    const vpce = { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } };
    expect(conditionHolds(vpce, request({ 'aws:SourceVpce': 'vpce-2' }))).toBe(false);
    expect(conditionHolds(vpce, request())).toBe(true);
  });

  // IAM User Guide, "Condition operator to check existence of condition keys" (the guide's example:
  // "Null": {"aws:TokenIssueTime": "true"} holds when the key is absent).
  it('Null tests whether the key is absent ("true") or present ("false")', () => {
    expect(conditionHolds({ Null: { 'aws:TokenIssueTime': 'true' } }, request())).toBe(true);
    expect(conditionHolds({ Null: { 'aws:TokenIssueTime': 'false' } }, request())).toBe(false);
    const temp = request({ 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' });
    expect(conditionHolds({ Null: { 'aws:TokenIssueTime': 'false' } }, temp)).toBe(true);
  });

  // IAM User Guide, "IP address condition operators" (the guide's examples: "IpAddress": {"aws:SourceIp":
  // "203.0.113.0/24"} and the mixed list ["203.0.113.0/24", "2001:DB8:1234:5678::/64"]).
  it('IpAddress / NotIpAddress: IPv4 and IPv6 CIDR ranges, a bare address as a single host', () => {
    const range = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } };
    expect(conditionHolds(range, request({ 'aws:SourceIp': '203.0.113.77' }))).toBe(true);
    expect(conditionHolds(range, request({ 'aws:SourceIp': '203.0.114.1' }))).toBe(false);
    expect(conditionHolds(range, request({ 'aws:SourceIp': '2001:db8:1234:5678::9' }))).toBe(true);
    expect(conditionHolds(range, request({ 'aws:SourceIp': '2001:db8:1234:5679::9' }))).toBe(false);
    expect(conditionHolds(range, request({ 'aws:SourceIp': '::ffff:203.0.113.5' }))).toBe(true);
    const host = { IpAddress: { 'aws:SourceIp': '192.0.2.10' } };
    expect(conditionHolds(host, request({ 'aws:SourceIp': '192.0.2.10' }))).toBe(true);
    expect(conditionHolds(host, request({ 'aws:SourceIp': '192.0.2.11' }))).toBe(false);
    const outside = { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } };
    expect(conditionHolds(outside, request({ 'aws:SourceIp': '198.51.100.1' }))).toBe(true);
    expect(conditionHolds(outside, request({ 'aws:SourceIp': '192.0.2.1' }))).toBe(false);
  });

  // IAM User Guide, "Amazon Resource Name (ARN) condition operators" (the guide's example: an SQS queue
  // policy with "ArnEquals": {"aws:SourceArn": "arn:aws:sns:REGION:123456789012:TOPIC-ID"}); ArnLike
  // matches each of the six colon-separated components, with wildcards.
  it('ArnLike / ArnEquals compare ARN component by component', () => {
    const topic = request({ 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders' });
    expect(
      conditionHolds({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders' } }, topic),
    ).toBe(true);
    expect(conditionHolds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } }, topic)).toBe(
      true,
    );
    expect(conditionHolds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sqs:*:123456789012:*' } }, topic)).toBe(
      false,
    );
    expect(conditionHolds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*' } }, topic)).toBe(false);
    expect(conditionHolds({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:999999999999:*' } }, topic)).toBe(
      true,
    );
    const vpc = request({ 'aws:SourceArn': 'arn:aws:execute-api:us-east-1:1:abc/prod/GET/a:b' });
    expect(conditionHolds({ ArnLike: { 'aws:SourceArn': 'arn:aws:execute-api:*:*:abc/*' } }, vpc)).toBe(true);
  });

  it('condition key names compare case-blind, values case-sensitively', () => {
    const ctx = request({ 'aws:SourceVpc': 'vpc-1a2b3c4d' });
    // The API Gateway resource policy example writes the key as `aws:sourceVpc`.
    expect(conditionHolds({ StringEquals: { 'aws:sourceVpc': 'vpc-1a2b3c4d' } }, ctx)).toBe(true);
    expect(conditionHolds({ stringequals: { 'AWS:SOURCEVPC': 'vpc-1a2b3c4d' } }, ctx)).toBe(true);
  });

  it('names what it cannot decide, so a policy using it is refused rather than misread', () => {
    expect(conditionProblem({ StringEquals: { 'aws:SourceVpce': 'vpce-1' } })).toBeUndefined();
    expect(conditionProblem({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } })).toMatch(
      /NumericLessThan/,
    );
    expect(conditionProblem({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'a' } })).toMatch(
      /set qualifiers/,
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, literally
    expect(conditionProblem({ StringEquals: { 'aws:userid': '${aws:username}' } })).toMatch(
      /policy variables/,
    );
    expect(conditionProblem('StringEquals')).toMatch(/object/);
  });
});
