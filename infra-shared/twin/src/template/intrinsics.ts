/**
 * Resolves the CloudFormation intrinsic functions CDK emits into plain values, the way CloudFormation
 * would at deploy time, with fixed local values for pseudo parameters and deterministic stand-ins for
 * physical ids, ARNs and DNS names. Every stand-in is recorded, so a resolved string such as an
 * integration URI can be traced back to the resource (and attribute) it came from.
 */
import type { CfnTemplate } from './cdk-out.js';

/** Pseudo parameter values the twin uses everywhere: one fixed, obviously local account. */
export const LOCAL_PSEUDO = {
  region: 'us-east-1',
  accountId: '000000000000',
  partition: 'aws',
  urlSuffix: 'amazonaws.com',
} as const;

/** Where a resolved stand-in value came from. */
export interface ValueOrigin {
  readonly logicalId: string;
  /** `Ref` for a Ref, otherwise the Fn::GetAtt attribute name. */
  readonly attribute: string;
}

/** Marks a value the resolver could not compute (unknown function, missing resource). */
export interface Unresolved {
  readonly unresolved: string;
}

export function isUnresolved(value: unknown): value is Unresolved {
  return typeof value === 'object' && value !== null && 'unresolved' in value;
}

/** `AWS::NoValue` removes the property it stands in, as CloudFormation does. */
const NO_VALUE = Symbol('AWS::NoValue');

export interface TemplateResolver {
  /** Resolves any template fragment (deeply). */
  resolve(value: unknown): unknown;
  /** The value `Ref` gives for a resource or parameter. */
  ref(logicalId: string): unknown;
  /** The value `Fn::GetAtt` gives. */
  getAtt(logicalId: string, attribute: string): unknown;
  /** Which resource (and attribute) a stand-in string stands for, if it is one. */
  originOf(value: string): ValueOrigin | undefined;
  /** Logical ids of resources whose `Condition` is false: they do not exist. */
  readonly excluded: ReadonlySet<string>;
  /** Intrinsics the resolver met but could not compute, for the start-up report. */
  readonly problems: readonly string[];
}

export interface ResolverOptions {
  readonly stackName: string;
  /** Values for template parameters; absent ones use their `Default`. */
  readonly parameters?: Readonly<Record<string, string>>;
}

const ELB_KIND: Record<string, string> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'loadbalancer',
  'AWS::ElasticLoadBalancingV2::Listener': 'listener',
  'AWS::ElasticLoadBalancingV2::ListenerRule': 'listener-rule',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'targetgroup',
};

export function createResolver(template: CfnTemplate, options: ResolverOptions): TemplateResolver {
  const resources = template.Resources ?? {};
  const parameters = template.Parameters ?? {};
  const conditions = template.Conditions ?? {};
  const mappings = template.Mappings ?? {};
  const { region, accountId, partition, urlSuffix } = LOCAL_PSEUDO;
  const stackName = options.stackName;
  const origins = new Map<string, ValueOrigin>();
  const problems: string[] = [];
  const conditionCache = new Map<string, boolean>();

  const record = (value: string, logicalId: string, attribute: string): string => {
    if (!origins.has(value)) origins.set(value, { logicalId, attribute });
    return value;
  };
  const problem = (message: string): Unresolved => {
    if (!problems.includes(message)) problems.push(message);
    return { unresolved: message };
  };

  const arn = (service: string, resource: string, sep = ':'): string =>
    `arn:${partition}:${service}:${region}:${accountId}${sep}${resource}`;

  /** The name CloudFormation would generate (stack-logical-suffix), or the explicit name property. */
  const physicalName = (logicalId: string, nameProperty: string | undefined): string => {
    const props = resources[logicalId]?.Properties ?? {};
    if (nameProperty) {
      const explicit = props[nameProperty];
      if (explicit !== undefined) {
        const resolved = resolve(explicit);
        if (typeof resolved === 'string') return resolved;
      }
    }
    return `${stackName}-${logicalId}`;
  };

  const ref = (logicalId: string): unknown => {
    switch (logicalId) {
      case 'AWS::Region':
        return region;
      case 'AWS::AccountId':
        return accountId;
      case 'AWS::Partition':
        return partition;
      case 'AWS::URLSuffix':
        return urlSuffix;
      case 'AWS::StackName':
        return stackName;
      case 'AWS::StackId':
        return arn('cloudformation', `stack/${stackName}/00000000-0000-0000-0000-000000000000`);
      case 'AWS::NotificationARNs':
        return [];
      case 'AWS::NoValue':
        return NO_VALUE;
    }
    const parameter = parameters[logicalId];
    if (parameter) {
      const value = options.parameters?.[logicalId] ?? parameter.Default;
      if (value === undefined) return problem(`parameter ${logicalId} has no value and no default`);
      if (typeof value === 'string' && String(parameter.Type ?? '').startsWith('List<'))
        return value.split(',');
      return value;
    }
    const resource = resources[logicalId];
    if (!resource) return problem(`Ref to unknown resource ${logicalId}`);
    const type = resource.Type;
    const elbKind = ELB_KIND[type];
    if (elbKind) return record(arn('elasticloadbalancing', `${elbKind}/${logicalId}`), logicalId, 'Ref');
    switch (type) {
      case 'AWS::Lambda::Function':
        return record(physicalName(logicalId, 'FunctionName'), logicalId, 'Ref');
      case 'AWS::DynamoDB::Table':
      case 'AWS::DynamoDB::GlobalTable':
        return record(physicalName(logicalId, 'TableName'), logicalId, 'Ref');
      case 'AWS::SQS::Queue':
        return record(
          `https://sqs.${region}.${urlSuffix}/${accountId}/${stackName}-${logicalId}`,
          logicalId,
          'Ref',
        );
      case 'AWS::Kinesis::Stream':
        return record(physicalName(logicalId, 'Name'), logicalId, 'Ref');
      case 'AWS::SNS::Topic':
        return record(arn('sns', `${stackName}-${logicalId}`), logicalId, 'Ref');
      case 'AWS::Cognito::UserPool':
        return record(`${region}_${logicalId}`, logicalId, 'Ref');
      case 'AWS::Cognito::UserPoolResourceServer':
        // A resource server's Ref is its identifier, the prefix of its scopes.
        return record(physicalName(logicalId, 'Identifier'), logicalId, 'Ref');
      case 'AWS::ApiGateway::Stage':
      case 'AWS::ApiGatewayV2::Stage':
        // A stage's Ref is its name.
        return record(physicalName(logicalId, 'StageName'), logicalId, 'Ref');
      default:
        // Most resources' Ref is an opaque physical id; the logical id is unique within the stack.
        return record(logicalId, logicalId, 'Ref');
    }
  };

  const getAtt = (logicalId: string, attribute: string): unknown => {
    const resource = resources[logicalId];
    if (!resource) return problem(`Fn::GetAtt of unknown resource ${logicalId}`);
    const type = resource.Type;
    const id = (v: string) => record(v, logicalId, attribute);
    if (type === 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
      const kind = resource.Properties?.Type === 'network' ? 'net' : 'app';
      switch (attribute) {
        case 'DNSName':
          return id(`${logicalId.toLowerCase()}.${stackName.toLowerCase()}.elb.local`);
        case 'LoadBalancerFullName':
          return id(`${kind}/${logicalId}/0000000000000000`);
        case 'LoadBalancerName':
          return id(logicalId);
        case 'LoadBalancerArn':
          return ref(logicalId);
        case 'CanonicalHostedZoneID':
          return id('Z00000000LOCAL');
        case 'SecurityGroups':
          return [];
      }
    }
    if (type === 'AWS::ElasticLoadBalancingV2::TargetGroup') {
      if (attribute === 'TargetGroupFullName') return id(`targetgroup/${logicalId}/0000000000000000`);
      if (attribute === 'TargetGroupName') return id(logicalId);
      if (attribute === 'TargetGroupArn') return ref(logicalId);
      if (attribute === 'LoadBalancerArns') return [];
    }
    if (type === 'AWS::ElasticLoadBalancingV2::Listener' && attribute === 'ListenerArn')
      return ref(logicalId);
    if (type === 'AWS::Lambda::Function' && attribute === 'Arn') {
      return id(arn('lambda', `function:${String(ref(logicalId))}`));
    }
    if ((type === 'AWS::DynamoDB::Table' || type === 'AWS::DynamoDB::GlobalTable') && attribute === 'Arn') {
      return id(arn('dynamodb', `table/${String(ref(logicalId))}`));
    }
    if (type === 'AWS::Kinesis::Stream' && attribute === 'Arn') {
      return id(arn('kinesis', `stream/${String(ref(logicalId))}`));
    }
    if (type === 'AWS::S3::Bucket' && attribute === 'Arn') {
      // Bucket names are lower case: the twin's local S3 names the bucket after its Ref, lowered.
      return id(`arn:${partition}:s3:::${String(ref(logicalId)).toLowerCase()}`);
    }
    if (type === 'AWS::ApiGateway::RestApi' && attribute === 'RootResourceId') return id(`${logicalId}-root`);
    if (type === 'AWS::EC2::VPCEndpoint' && attribute === 'NetworkInterfaceIds') {
      // One network interface per subnet of an interface endpoint.
      const subnets = resource.Properties?.SubnetIds;
      const count = Array.isArray(subnets) ? subnets.length : 0;
      return Array.from({ length: count }, (_, i) => id(`${logicalId}.eni-${i}`));
    }
    if (type === 'AWS::ApiGatewayV2::Api' && attribute === 'ApiEndpoint') {
      return id(`https://${logicalId}.execute-api.${region}.${urlSuffix}`);
    }
    if (type === 'AWS::Cognito::UserPool') {
      const poolId = String(ref(logicalId));
      if (attribute === 'Arn') return id(arn('cognito-idp', `userpool/${poolId}`));
      if (attribute === 'ProviderURL') return id(`https://cognito-idp.${region}.${urlSuffix}/${poolId}`);
      if (attribute === 'ProviderName') return id(`cognito-idp.${region}.${urlSuffix}/${poolId}`);
    }
    if (attribute === 'Arn') {
      const service = type.split('::')[1]?.toLowerCase() ?? 'unknown';
      return id(arn(service, `${logicalId}`));
    }
    // Any other attribute: a stand-in that can be traced back to its source.
    return id(`${logicalId}.${attribute}`);
  };

  const evaluateCondition = (name: string): boolean => {
    const cached = conditionCache.get(name);
    if (cached !== undefined) return cached;
    const definition = conditions[name];
    if (definition === undefined) {
      problem(`unknown condition ${name}`);
      return false;
    }
    conditionCache.set(name, false); // guards against cycles
    const value = resolve(definition) === true;
    conditionCache.set(name, value);
    return value;
  };

  const sub = (input: string, vars: Record<string, unknown>): unknown => {
    let failed: Unresolved | undefined;
    const out = input.replace(/\$\{([^}]+)\}/g, (whole, expr: string) => {
      if (expr.startsWith('!')) return `\${${expr.slice(1)}}`;
      if (expr in vars) return String(resolve(vars[expr]));
      const dot = expr.indexOf('.');
      const value =
        dot > 0 && !expr.startsWith('AWS::') ? getAtt(expr.slice(0, dot), expr.slice(dot + 1)) : ref(expr);
      if (isUnresolved(value)) {
        failed = value;
        return whole;
      }
      return String(value);
    });
    return failed ?? out;
  };

  const resolveFunction = (name: string, arg: unknown): unknown => {
    switch (name) {
      case 'Ref':
        return ref(String(arg));
      case 'Fn::GetAtt': {
        const [logicalId, ...attr] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
        return getAtt(String(logicalId), attr.join('.'));
      }
      case 'Fn::Join': {
        const [sep, parts] = arg as [string, unknown];
        const list = resolve(parts);
        if (!Array.isArray(list)) return problem('Fn::Join over a non-list');
        const bad = list.find(isUnresolved);
        return bad ?? list.map((p) => String(p)).join(sep);
      }
      case 'Fn::Sub': {
        if (typeof arg === 'string') return sub(arg, {});
        const [text, vars] = arg as [string, Record<string, unknown>];
        return sub(text, vars ?? {});
      }
      case 'Fn::Select': {
        const [index, list] = arg as [unknown, unknown];
        const items = resolve(list);
        const i = Number(resolve(index));
        if (!Array.isArray(items) || !(i in items)) return problem('Fn::Select index out of range');
        return items[i];
      }
      case 'Fn::Split': {
        const [sep, text] = arg as [string, unknown];
        const value = resolve(text);
        return typeof value === 'string' ? value.split(sep) : problem('Fn::Split over a non-string');
      }
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = arg as [string, unknown, unknown];
        return resolve(evaluateCondition(condition) ? whenTrue : whenFalse);
      }
      case 'Fn::Equals': {
        const [a, b] = (arg as unknown[]).map(resolve);
        return JSON.stringify(a) === JSON.stringify(b);
      }
      case 'Fn::Not':
        return !(resolve((arg as unknown[])[0]) === true);
      case 'Fn::And':
        return (arg as unknown[]).every((c) => resolve(c) === true);
      case 'Fn::Or':
        return (arg as unknown[]).some((c) => resolve(c) === true);
      case 'Condition':
        return evaluateCondition(String(arg));
      case 'Fn::FindInMap': {
        const [map, top, second] = (arg as unknown[]).map((v) => String(resolve(v)));
        const value = mappings[map ?? '']?.[top ?? '']?.[second ?? ''];
        return value === undefined ? problem(`Fn::FindInMap ${map}.${top}.${second} not found`) : value;
      }
      case 'Fn::GetAZs':
        return [`${region}a`, `${region}b`, `${region}c`];
      case 'Fn::Base64': {
        const value = resolve(arg);
        return typeof value === 'string' ? Buffer.from(value).toString('base64') : problem('Fn::Base64');
      }
      case 'Fn::Contains': {
        const [list, value] = (arg as unknown[]).map(resolve);
        return Array.isArray(list) && list.some((v) => JSON.stringify(v) === JSON.stringify(value));
      }
      default:
        return problem(`${name} is not supported`);
    }
  };

  function resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(resolve).filter((v) => v !== NO_VALUE);
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const key = keys[0] as string;
      if (key === 'Ref' || key.startsWith('Fn::') || key === 'Condition') {
        // `Condition` is only an intrinsic inside Conditions/Fn::And etc.; as a resource key it is a property.
        if (key !== 'Condition' || typeof (value as Record<string, unknown>)[key] === 'string') {
          return resolveFunction(key, (value as Record<string, unknown>)[key]);
        }
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const resolved = resolve(v);
      if (resolved !== NO_VALUE) out[k] = resolved;
    }
    return out;
  }

  const excluded = new Set<string>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Condition && !evaluateCondition(resource.Condition)) excluded.add(logicalId);
  }

  return {
    resolve,
    ref,
    getAtt,
    originOf: (value) => origins.get(value),
    excluded,
    problems,
  };
}
