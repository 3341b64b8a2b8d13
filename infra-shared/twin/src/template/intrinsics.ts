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
  return new CfnResolver(template, options);
}

/** `Ref` of a pseudo parameter, or undefined when `name` is none. */
function pseudoRef(
  name: string,
  stackName: string,
  arn: (service: string, resource: string) => string,
): unknown {
  const { region, accountId, partition, urlSuffix } = LOCAL_PSEUDO;
  switch (name) {
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
    default:
      return undefined;
  }
}

/** The intrinsics that evaluate conditions (`Condition` names one). */
const CONDITION_FUNCTIONS = new Set(['Fn::If', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Condition']);

/**
 * One template's resolver. Its members are arrow functions so that they can be handed on alone
 * (`list.map(resolver.resolve)`), as the interface's callers do.
 */
class CfnResolver implements TemplateResolver {
  readonly excluded = new Set<string>();
  readonly problems: string[] = [];
  private readonly resources: NonNullable<CfnTemplate['Resources']>;
  private readonly origins = new Map<string, ValueOrigin>();
  private readonly conditionCache = new Map<string, boolean>();

  constructor(
    private readonly template: CfnTemplate,
    private readonly options: ResolverOptions,
  ) {
    this.resources = template.Resources ?? {};
    for (const [logicalId, resource] of Object.entries(this.resources)) {
      if (resource.Condition && !this.evaluateCondition(resource.Condition)) this.excluded.add(logicalId);
    }
  }

  readonly originOf = (value: string): ValueOrigin | undefined => this.origins.get(value);

  readonly resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(this.resolve).filter((v) => v !== NO_VALUE);
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const key = keys[0] as string;
      if (key === 'Ref' || key.startsWith('Fn::') || key === 'Condition') {
        // `Condition` is only an intrinsic inside Conditions/Fn::And etc.; as a resource key it is a property.
        if (key !== 'Condition' || typeof (value as Record<string, unknown>)[key] === 'string') {
          return this.resolveFunction(key, (value as Record<string, unknown>)[key]);
        }
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const resolved = this.resolve(v);
      if (resolved !== NO_VALUE) out[k] = resolved;
    }
    return out;
  };

  readonly ref = (logicalId: string): unknown => {
    const pseudo = pseudoRef(logicalId, this.options.stackName, this.arn);
    if (pseudo !== undefined) return pseudo;
    const parameter = this.template.Parameters?.[logicalId];
    if (parameter) {
      const value = this.options.parameters?.[logicalId] ?? parameter.Default;
      if (value === undefined) return this.problem(`parameter ${logicalId} has no value and no default`);
      if (typeof value === 'string' && String(parameter.Type ?? '').startsWith('List<'))
        return value.split(',');
      return value;
    }
    const resource = this.resources[logicalId];
    if (!resource) return this.problem(`Ref to unknown resource ${logicalId}`);
    return this.record(this.resourceRef(logicalId, resource.Type), logicalId, 'Ref');
  };

  readonly getAtt = (logicalId: string, attribute: string): unknown => {
    const resource = this.resources[logicalId];
    if (!resource) return this.problem(`Fn::GetAtt of unknown resource ${logicalId}`);
    const value = this.attributeOf(logicalId, resource, attribute);
    if (Array.isArray(value)) return value.map((v) => this.record(String(v), logicalId, attribute));
    return typeof value === 'string' ? this.record(value, logicalId, attribute) : value;
  };

  private readonly arn = (service: string, resource: string, sep = ':'): string =>
    `arn:${LOCAL_PSEUDO.partition}:${service}:${LOCAL_PSEUDO.region}:${LOCAL_PSEUDO.accountId}${sep}${resource}`;

  private record(value: string, logicalId: string, attribute: string): string {
    if (!this.origins.has(value)) this.origins.set(value, { logicalId, attribute });
    return value;
  }

  private problem(message: string): Unresolved {
    if (!this.problems.includes(message)) this.problems.push(message);
    return { unresolved: message };
  }

  /** The name CloudFormation would generate (stack-logical-suffix), or the explicit name property. */
  private physicalName(logicalId: string, nameProperty: string): string {
    const explicit = this.resources[logicalId]?.Properties?.[nameProperty];
    if (explicit !== undefined) {
      const resolved = this.resolve(explicit);
      if (typeof resolved === 'string') return resolved;
    }
    return `${this.options.stackName}-${logicalId}`;
  }

  /** The physical id a resource's `Ref` gives, by its type. */
  private resourceRef(logicalId: string, type: string): string {
    const { region, accountId, urlSuffix } = LOCAL_PSEUDO;
    const stackName = this.options.stackName;
    const elbKind = ELB_KIND[type];
    if (elbKind) return this.arn('elasticloadbalancing', `${elbKind}/${logicalId}`);
    switch (type) {
      case 'AWS::Lambda::Function':
        return this.physicalName(logicalId, 'FunctionName');
      case 'AWS::DynamoDB::Table':
      case 'AWS::DynamoDB::GlobalTable':
        return this.physicalName(logicalId, 'TableName');
      case 'AWS::SQS::Queue':
        return `https://sqs.${region}.${urlSuffix}/${accountId}/${stackName}-${logicalId}`;
      case 'AWS::Kinesis::Stream':
        return this.physicalName(logicalId, 'Name');
      case 'AWS::SNS::Topic':
        return this.arn('sns', `${stackName}-${logicalId}`);
      case 'AWS::Cognito::UserPool':
        return `${region}_${logicalId}`;
      case 'AWS::Cognito::UserPoolResourceServer':
        // A resource server's Ref is its identifier, the prefix of its scopes.
        return this.physicalName(logicalId, 'Identifier');
      case 'AWS::ApiGateway::Stage':
      case 'AWS::ApiGatewayV2::Stage':
        // A stage's Ref is its name.
        return this.physicalName(logicalId, 'StageName');
      default:
        // Most resources' Ref is an opaque physical id; the logical id is unique within the stack.
        return logicalId;
    }
  }

  /**
   * The value of a resource's attribute: strings (and lists of them) are stand-ins that `getAtt` records;
   * `Ref`-valued attributes come back already recorded as `Ref`.
   */
  private attributeOf(
    logicalId: string,
    resource: { readonly Type: string; readonly Properties?: Record<string, unknown> },
    attribute: string,
  ): unknown {
    const type = resource.Type;
    const { region, urlSuffix, partition } = LOCAL_PSEUDO;
    const elb = this.loadBalancingAttribute(logicalId, resource, attribute);
    if (elb !== undefined) return elb;
    if (type === 'AWS::Lambda::Function' && attribute === 'Arn')
      return this.arn('lambda', `function:${String(this.ref(logicalId))}`);
    if ((type === 'AWS::DynamoDB::Table' || type === 'AWS::DynamoDB::GlobalTable') && attribute === 'Arn')
      return this.arn('dynamodb', `table/${String(this.ref(logicalId))}`);
    if (type === 'AWS::Kinesis::Stream' && attribute === 'Arn')
      return this.arn('kinesis', `stream/${String(this.ref(logicalId))}`);
    // Bucket names are lower case: the twin's local S3 names the bucket after its Ref, lowered.
    if (type === 'AWS::S3::Bucket' && attribute === 'Arn')
      return `arn:${partition}:s3:::${String(this.ref(logicalId)).toLowerCase()}`;
    if (type === 'AWS::ApiGateway::RestApi' && attribute === 'RootResourceId') return `${logicalId}-root`;
    if (type === 'AWS::EC2::VPCEndpoint' && attribute === 'NetworkInterfaceIds') {
      // One network interface per subnet of an interface endpoint.
      const subnets = resource.Properties?.SubnetIds;
      const count = Array.isArray(subnets) ? subnets.length : 0;
      return Array.from({ length: count }, (_, i) => `${logicalId}.eni-${i}`);
    }
    if (type === 'AWS::ApiGatewayV2::Api' && attribute === 'ApiEndpoint')
      return `https://${logicalId}.execute-api.${region}.${urlSuffix}`;
    if (type === 'AWS::Cognito::UserPool') {
      const poolId = String(this.ref(logicalId));
      if (attribute === 'Arn') return this.arn('cognito-idp', `userpool/${poolId}`);
      if (attribute === 'ProviderURL') return `https://cognito-idp.${region}.${urlSuffix}/${poolId}`;
      if (attribute === 'ProviderName') return `cognito-idp.${region}.${urlSuffix}/${poolId}`;
    }
    if (attribute === 'Arn') return this.arn(type.split('::')[1]?.toLowerCase() ?? 'unknown', logicalId);
    // Any other attribute: a stand-in that can be traced back to its source.
    return `${logicalId}.${attribute}`;
  }

  /** Load balancer, target group and listener attributes; undefined for any other. */
  private loadBalancingAttribute(
    logicalId: string,
    resource: { readonly Type: string; readonly Properties?: Record<string, unknown> },
    attribute: string,
  ): unknown {
    const stackName = this.options.stackName;
    if (resource.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
      const kind = resource.Properties?.Type === 'network' ? 'net' : 'app';
      switch (attribute) {
        case 'DNSName':
          return `${logicalId.toLowerCase()}.${stackName.toLowerCase()}.elb.local`;
        case 'LoadBalancerFullName':
          return `${kind}/${logicalId}/0000000000000000`;
        case 'LoadBalancerName':
          return logicalId;
        case 'LoadBalancerArn':
          return this.ref(logicalId);
        case 'CanonicalHostedZoneID':
          return 'Z00000000LOCAL';
        case 'SecurityGroups':
          return [];
      }
    }
    if (resource.Type === 'AWS::ElasticLoadBalancingV2::TargetGroup') {
      if (attribute === 'TargetGroupFullName') return `targetgroup/${logicalId}/0000000000000000`;
      if (attribute === 'TargetGroupName') return logicalId;
      if (attribute === 'TargetGroupArn') return this.ref(logicalId);
      if (attribute === 'LoadBalancerArns') return [];
    }
    if (resource.Type === 'AWS::ElasticLoadBalancingV2::Listener' && attribute === 'ListenerArn')
      return this.ref(logicalId);
    return undefined;
  }

  private evaluateCondition(name: string): boolean {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    const definition = this.template.Conditions?.[name];
    if (definition === undefined) {
      this.problem(`unknown condition ${name}`);
      return false;
    }
    this.conditionCache.set(name, false); // guards against cycles
    const value = this.resolve(definition) === true;
    this.conditionCache.set(name, value);
    return value;
  }

  private sub(input: string, vars: Record<string, unknown>): unknown {
    let failed: Unresolved | undefined;
    const out = input.replace(/\$\{([^}]+)\}/g, (whole, expr: string) => {
      if (expr.startsWith('!')) return `\${${expr.slice(1)}}`;
      if (expr in vars) return String(this.resolve(vars[expr]));
      const dot = expr.indexOf('.');
      const value =
        dot > 0 && !expr.startsWith('AWS::')
          ? this.getAtt(expr.slice(0, dot), expr.slice(dot + 1))
          : this.ref(expr);
      if (isUnresolved(value)) {
        failed = value;
        return whole;
      }
      return String(value);
    });
    return failed ?? out;
  }

  private resolveFunction(name: string, arg: unknown): unknown {
    if (CONDITION_FUNCTIONS.has(name)) return this.conditionFunction(name, arg);
    switch (name) {
      case 'Ref':
        return this.ref(String(arg));
      case 'Fn::GetAtt': {
        const [logicalId, ...attr] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
        return this.getAtt(String(logicalId), attr.join('.'));
      }
      case 'Fn::Sub': {
        if (typeof arg === 'string') return this.sub(arg, {});
        const [text, vars] = arg as [string, Record<string, unknown>];
        return this.sub(text, vars ?? {});
      }
      case 'Fn::FindInMap': {
        const [map, top, second] = (arg as unknown[]).map((v) => String(this.resolve(v)));
        const value = this.template.Mappings?.[map ?? '']?.[top ?? '']?.[second ?? ''];
        return value === undefined ? this.problem(`Fn::FindInMap ${map}.${top}.${second} not found`) : value;
      }
      case 'Fn::GetAZs':
        return [`${LOCAL_PSEUDO.region}a`, `${LOCAL_PSEUDO.region}b`, `${LOCAL_PSEUDO.region}c`];
      case 'Fn::Base64': {
        const value = this.resolve(arg);
        return typeof value === 'string' ? Buffer.from(value).toString('base64') : this.problem('Fn::Base64');
      }
      default:
        return this.listFunction(name, arg);
    }
  }

  /** One of {@link CONDITION_FUNCTIONS}. */
  private conditionFunction(name: string, arg: unknown): unknown {
    switch (name) {
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = arg as [string, unknown, unknown];
        return this.resolve(this.evaluateCondition(condition) ? whenTrue : whenFalse);
      }
      case 'Fn::Equals': {
        const [a, b] = (arg as unknown[]).map(this.resolve);
        return JSON.stringify(a) === JSON.stringify(b);
      }
      case 'Fn::Not':
        return !(this.resolve((arg as unknown[])[0]) === true);
      case 'Fn::And':
        return (arg as unknown[]).every((c) => this.resolve(c) === true);
      case 'Fn::Or':
        return (arg as unknown[]).some((c) => this.resolve(c) === true);
      default:
        return this.evaluateCondition(String(arg));
    }
  }

  /** `Fn::Join`, `Fn::Select`, `Fn::Split`, `Fn::Contains`; any other function is not supported. */
  private listFunction(name: string, arg: unknown): unknown {
    switch (name) {
      case 'Fn::Join': {
        const [sep, parts] = arg as [string, unknown];
        const list = this.resolve(parts);
        if (!Array.isArray(list)) return this.problem('Fn::Join over a non-list');
        const bad = list.find(isUnresolved);
        return bad ?? list.map((p) => String(p)).join(sep);
      }
      case 'Fn::Select': {
        const [index, list] = arg as [unknown, unknown];
        const items = this.resolve(list);
        const i = Number(this.resolve(index));
        if (!Array.isArray(items) || !(i in items)) return this.problem('Fn::Select index out of range');
        return items[i];
      }
      case 'Fn::Split': {
        const [sep, text] = arg as [string, unknown];
        const value = this.resolve(text);
        return typeof value === 'string' ? value.split(sep) : this.problem('Fn::Split over a non-string');
      }
      case 'Fn::Contains': {
        const [list, value] = (arg as unknown[]).map(this.resolve);
        return Array.isArray(list) && list.some((v) => JSON.stringify(v) === JSON.stringify(value));
      }
      default:
        return this.problem(`${name} is not supported`);
    }
  }
}
