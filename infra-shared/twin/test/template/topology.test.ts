// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Fn::Sub strings use ${} syntax on purpose
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../src/template/build-topology.js';
import { loadCloudAssembly } from '../../src/template/cdk-out.js';
import { buildContainerServices, buildFunctions } from '../../src/template/compute-topology.js';
import { createTemplateContext } from '../../src/template/context.js';
import { buildLoadBalancers } from '../../src/template/elb-topology.js';
import { createResolver } from '../../src/template/intrinsics.js';
import { withoutUnevaluableRules } from '../../src/template/listener-rule-support.js';
import { unescapeResourcePath } from '../../src/template/stage-settings-topology.js';

const CDK_OUT = join(import.meta.dirname, '..', 'fixtures', 'cloud-assembly');

function topologyOf(stackName: string) {
  const stack = loadCloudAssembly(CDK_OUT).find((s) => s.stackName === stackName);
  if (!stack) throw new Error(`fixture stack ${stackName} missing`);
  return buildTopology(stack);
}

describe('intrinsic functions', () => {
  const template = {
    Parameters: { Env: { Type: 'String', Default: 'dev' }, Zones: { Type: 'List<String>', Default: 'a,b' } },
    Conditions: {
      IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] },
      IsProd: { 'Fn::Not': [{ Condition: 'IsDev' }] },
    },
    Mappings: { Sizes: { dev: { Memory: 256 } } },
    Resources: {
      Fn: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'named-fn' } },
      Nlb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'network' } },
      ProdOnly: { Type: 'AWS::SNS::Topic', Condition: 'IsProd' },
    },
  };
  const r = createResolver(template, { stackName: 'S' });

  it('resolves pseudo parameters, parameters with defaults and list parameters', () => {
    expect(
      r.resolve({ 'Fn::Sub': '${AWS::Region}/${AWS::AccountId}/${AWS::Partition}/${AWS::StackName}' }),
    ).toBe('us-east-1/000000000000/aws/S');
    expect(r.resolve({ Ref: 'Env' })).toBe('dev');
    expect(r.resolve({ 'Fn::Select': [1, { Ref: 'Zones' }] })).toBe('b');
  });

  it('joins, splits, selects and substitutes with a variable map and escapes', () => {
    expect(r.resolve({ 'Fn::Join': ['-', ['a', { Ref: 'Env' }, 'c']] })).toBe('a-dev-c');
    expect(r.resolve({ 'Fn::Select': [2, { 'Fn::Split': ['/', 'x/y/z'] }] })).toBe('z');
    expect(r.resolve({ 'Fn::Sub': ['${A}-${!Literal}', { A: { Ref: 'Env' } }] })).toBe('dev-${Literal}');
    expect(r.resolve({ 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Memory'] })).toBe(256);
  });

  it('evaluates conditions, Fn::If and AWS::NoValue, and drops resources whose condition is false', () => {
    expect(r.resolve({ 'Fn::If': ['IsDev', 'yes', 'no'] })).toBe('yes');
    expect(r.resolve({ A: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] }, B: 2 })).toEqual({ B: 2 });
    expect(r.excluded.has('ProdOnly')).toBe(true);
  });

  it('gives refs and attributes stand-ins that trace back to their resource', () => {
    const dns = r.resolve({ 'Fn::GetAtt': ['Nlb', 'DNSName'] }) as string;
    expect(r.originOf(dns)).toEqual({ logicalId: 'Nlb', attribute: 'DNSName' });
    expect(r.resolve({ Ref: 'Fn' })).toBe('named-fn');
    expect(r.resolve({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toBe(
      'arn:aws:lambda:us-east-1:000000000000:function:named-fn',
    );
  });

  it('reports what it cannot resolve instead of inventing a value', () => {
    expect(r.resolve({ Ref: 'Missing' })).toEqual({ unresolved: 'Ref to unknown resource Missing' });
    expect(r.resolve({ 'Fn::ImportValue': 'x' })).toEqual({ unresolved: 'Fn::ImportValue is not supported' });
    expect(r.problems).toContain('Fn::ImportValue is not supported');
  });
});

describe('REST method settings resource paths', () => {
  it('decode ~1 as / after the leading slash', () => {
    expect(unescapeResourcePath('/~1orders~1{proxy+}')).toBe('/orders/{proxy+}');
    expect(unescapeResourcePath('/~1orders')).toBe('/orders');
    expect(unescapeResourcePath('/~1')).toBe('/');
  });
});

describe('REST API -> VPC link V1 -> NLB -> ALB topology', () => {
  const t = topologyOf('FixtureRestNlbToAlb');

  it('reads the pattern id from the template metadata', () => {
    expect(t.patternId).toBe('rest-vpclink-nlb-to-alb');
  });

  it('builds the REST resource tree, stage throttles and the private integration to the NLB listener', () => {
    expect(t.api.flavour).toBe('rest');
    expect(t.api.stage).toMatchObject({
      name: 'prod',
      throttle: { rateLimit: 100, burstLimit: 50 },
      tracingEnabled: true,
    });
    expect(t.api.routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'ANY /catalog/{proxy+}',
      'ANY /orders/{proxy+}',
    ]);
    const route = t.api.routes.find((r) => r.path === '/orders/{proxy+}');
    expect(route).toMatchObject({
      method: 'ANY',
      path: '/orders/{proxy+}',
      apiKeyRequired: true,
      authorizationType: 'COGNITO_USER_POOLS',
      scopes: ['pik/read'],
      throttle: { rateLimit: 10, burstLimit: 5 },
    });
    // The catalog method has no method setting of its own: the stage default applies to it.
    expect(t.api.routes.find((r) => r.path === '/catalog/{proxy+}')?.throttle).toBeUndefined();
    expect(route?.integration.target).toEqual({
      kind: 'vpc-link',
      linkVersion: 'v1',
      vpcLinkId: 'ApiVpcLinkF1E2D3C4',
      loadBalancerId: 'Nlb3A4B5C6D',
      listenerId: 'NlbListener8083E1F2A3B4',
      port: 8083,
    });
    expect(route?.integration.timeoutMs).toBe(10000);
    expect(route?.integration.uri).toMatch(/^http:\/\/nlb3a4b5c6d\..*:8083\/orders\/\{proxy\}$/);
  });

  it('links the Cognito authorizer to the user pool issuer and reads usage plans and keys', () => {
    expect(t.api.authorizers[0]).toMatchObject({
      kind: 'cognito',
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool6BA7E5F2',
      identityHeader: 'Authorization',
    });
    expect(t.api.usagePlans[0]).toMatchObject({
      throttle: { rateLimit: 40, burstLimit: 20 },
      quota: { limit: 100000, period: 'DAY' },
      methodThrottles: { '/orders/{proxy+}/GET': { rateLimit: 6, burstLimit: 3 } },
      apiKeyIds: ['ApiKey1A2B3C4D'],
    });
    expect(t.userPools[0]?.clients[0]).toMatchObject({ scopes: ['pik/read'], generateSecret: true });
  });

  it('chains NLB listener -> alb target group -> ALB listener rules in priority order', () => {
    const nlb = t.loadBalancers.find((l) => l.kind === 'network');
    expect(nlb?.listeners.map((l) => l.port)).toEqual([8083]);
    const albTg = t.targetGroups.find((g) => g.id === 'NlbAlbTargetGroupC5D6E7F8');
    expect(albTg?.targets).toEqual({ kind: 'alb', loadBalancerIds: ['Alb16C2F182'], port: 80 });
    const alb = t.loadBalancers.find((l) => l.kind === 'application');
    const rules = alb?.listeners[0]?.rules ?? [];
    expect(rules.map((r) => r.priority)).toEqual([5, 10]);
    expect(rules[1]?.conditions[0]).toEqual({ field: 'path-pattern', values: ['/orders', '/orders/*'] });
    expect(alb?.listeners[0]?.defaultAction).toMatchObject({ kind: 'fixed-response', statusCode: 404 });
  });

  it('finds the Lambda asset folder, its settings and the table name its environment refers to', () => {
    expect(t.functions).toHaveLength(1);
    const fn = t.functions[0];
    expect(fn).toMatchObject({
      handler: 'index.handler',
      memoryMb: 512,
      timeoutSeconds: 5,
      reservedConcurrency: 2,
      serviceName: 'orders',
      functionName: 'FixtureRestNlbToAlb-OrdersFn8A9B0C1D',
    });
    expect(fn?.codeDir).toBe(join(CDK_OUT, 'asset.1111aaaa'));
    expect(fn?.environment.TABLE_NAME).toBe(t.tables[0]?.tableName);
    expect(t.tables[0]?.serviceName).toBe('orders');
  });

  it('finds the ECS service image folder, desired count and its target group health check', () => {
    expect(t.containerServices[0]).toMatchObject({
      desiredCount: 2,
      containerPort: 8081,
      serviceName: 'catalog',
      imageDir: join(CDK_OUT, 'asset.2222bbbb'),
      targetGroupIds: ['CatalogTargetGroup5F6A7B8C'],
    });
    const tg = t.targetGroups.find((g) => g.id === 'CatalogTargetGroup5F6A7B8C');
    expect(tg?.targets).toEqual({ kind: 'ip', containerServiceIds: ['CatalogService5A6B7C8D'], port: 8081 });
    expect(tg?.healthCheck).toMatchObject({
      enabled: true,
      path: '/healthz',
      intervalSeconds: 5,
      healthyThreshold: 2,
      timeoutSeconds: 2,
    });
    expect(tg?.deregistrationDelaySeconds).toBe(5);
  });

  it('lists what it does not emulate: WAF, X-Ray, networking, IAM; not resources excluded by conditions', () => {
    const types = t.notEmulated.map((n) => n.type);
    expect(types).toContain('AWS::WAFv2::WebACL');
    expect(types).toContain('AWS::WAFv2::WebACLAssociation');
    expect(types).toContain('AWS::EC2::VPC');
    expect(types).toContain('AWS::IAM::Role');
    expect(t.notEmulated.find((n) => n.type === 'AWS::ApiGateway::Stage')?.reason).toMatch(/X-Ray/);
    expect(t.notEmulated.map((n) => n.logicalId)).not.toContain('DebugTopicOnlyWhenNeverTrue');
    expect(types).not.toContain('AWS::ElasticLoadBalancingV2::ListenerRule');
    expect(t.resolutionProblems).toEqual([]);
  });
});

describe('HTTP API -> VPC link V2 -> ALB listener ARN topology', () => {
  const t = topologyOf('FixtureHttpAlbs');

  it('resolves a listener-ARN integration URI to the ALB listener and reads route throttles', () => {
    const route = t.api.routes.find((r) => r.path === '/orders/{proxy+}');
    expect(t.api.flavour).toBe('http');
    expect(t.api.stage).toMatchObject({ name: '$default', throttle: { rateLimit: 100, burstLimit: 200 } });
    expect(route).toMatchObject({
      method: 'GET',
      throttle: { rateLimit: 20, burstLimit: 10 },
      authorizationType: 'JWT',
    });
    expect(route?.integration.target).toEqual({
      kind: 'vpc-link',
      linkVersion: 'v2',
      vpcLinkId: 'HttpApiVpcLink1A2B3C4D',
      loadBalancerId: 'Alb16C2F182',
      listenerId: 'AlbListener80A1B2C3D4',
      port: 80,
    });
    expect(route?.integration.payloadFormatVersion).toBe('1.0');
  });

  it('reads the JWT authorizer issuer and audience as the template writes them', () => {
    expect(t.api.authorizers[0]).toEqual({
      id: 'HttpApiAuthorizerJwt1A2B3C4D',
      name: 'jwt',
      kind: 'jwt',
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool6BA7E5F2',
      audience: ['UserPoolBenchClient1A2B3C4D'],
      identityHeader: 'Authorization',
      userPoolId: 'UserPool6BA7E5F2',
    });
  });

  it('resolves a Lambda proxy route to its function and keeps only functions on a request path', () => {
    const ping = t.api.routes.find((r) => r.path === '/ping');
    expect(ping?.integration.target).toEqual({ kind: 'lambda', functionId: 'OrdersFn8A9B0C1D' });
    expect(ping?.integration.timeoutMs).toBe(5000);
    expect(t.functions.map((f) => f.id)).toEqual(['OrdersFn8A9B0C1D']);
    expect(t.functions[0]?.functionName).toBe('pik-http-orders');
    expect(t.tables[0]?.tableName).toBe('FixtureHttpAlbs-orders');
    const helper = t.notEmulated.find((n) => n.logicalId.startsWith('LogRetention'));
    expect(helper?.reason).toMatch(/no request path/);
  });
});

describe('which service a function or task is', () => {
  it('prefers the instance (pik:service metadata, PIK_SERVICE_INSTANCE) over the bundle it runs (SERVICE_NAME)', () => {
    const env = [
      { Name: 'SERVICE_NAME', Value: 'catalog' },
      { Name: 'PIK_SERVICE_INSTANCE', Value: 'syn001' },
    ];
    const template = {
      Resources: {
        Task: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: { ContainerDefinitions: [{ Name: 'Server', Image: 'repo:img1', Environment: env }] },
        },
        Svc: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: { Ref: 'Task' } } },
        Fn: {
          Type: 'AWS::Lambda::Function',
          Metadata: { 'pik:service': 'syn002' },
          Properties: {
            Code: { S3Key: 'code1.zip' },
            Environment: { Variables: { SERVICE_NAME: 'catalog', PIK_SERVICE_INSTANCE: 'syn002' } },
          },
        },
      },
    };
    const ctx = createTemplateContext({
      stackName: 'S',
      templatePath: 'S.template.json',
      template,
      patternId: undefined,
      declaredServices: [],
      assets: { files: new Map([['code1', '/code']]), images: new Map([['img1', '/image']]) },
    });
    expect(buildContainerServices(ctx)[0]?.serviceName).toBe('syn001');
    expect(buildFunctions(ctx)[0]?.serviceName).toBe('syn002');
  });
});

describe('ALB listener rule transforms', () => {
  it('reads the url-rewrite transform of a rule and leaves rules without one unchanged', () => {
    const forward = [{ Type: 'forward', TargetGroupArn: { Ref: 'Tg' } }];
    const template = {
      Resources: {
        Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'application' } },
        Tg: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { TargetType: 'lambda' } },
        Listener: {
          Type: 'AWS::ElasticLoadBalancingV2::Listener',
          Properties: { LoadBalancerArn: { Ref: 'Alb' }, Port: 8083, DefaultActions: forward },
        },
        Strip: {
          Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
          Properties: {
            ListenerArn: { Ref: 'Listener' },
            Priority: 10,
            Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v1/*'] } }],
            Actions: forward,
            Transforms: [
              {
                Type: 'host-header-rewrite',
                HostHeaderRewriteConfig: { Rewrites: [{ Regex: 'a', Replace: 'b' }] },
              },
              {
                Type: 'url-rewrite',
                UrlRewriteConfig: { Rewrites: [{ Regex: '^/v1/(.*)$', Replace: '/$1' }] },
              },
            ],
          },
        },
        Plain: {
          Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
          Properties: {
            ListenerArn: { Ref: 'Listener' },
            Priority: 20,
            Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/x'] } }],
            Actions: forward,
          },
        },
      },
    };
    const ctx = createTemplateContext({
      stackName: 'S',
      templatePath: 'S.template.json',
      template,
      patternId: undefined,
      declaredServices: [],
      assets: { files: new Map(), images: new Map() },
    });
    const rules = buildLoadBalancers(ctx)[0]?.listeners[0]?.rules ?? [];
    expect(rules.map((r) => [r.priority, r.urlRewrites])).toEqual([
      [10, [{ regex: '^/v1/(.*)$', replace: '/$1' }]],
      [20, []],
    ]);
    // The transform it does not apply is listed at start-up; the rule itself still runs.
    const listed = withoutUnevaluableRules(buildLoadBalancers(ctx));
    expect(listed.notEmulated.map((n) => [n.logicalId, n.reason])).toEqual([
      ['Strip', expect.stringContaining('transform host-header-rewrite is not applied')],
    ]);
    expect(listed.loadBalancers[0]?.listeners[0]?.rules.map((r) => r.id)).toEqual(['Strip', 'Plain']);
  });
});
