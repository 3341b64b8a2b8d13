/** Lambda functions, ECS services, DynamoDB tables and Cognito user pools from a template. */
import { inlineCodeDir } from '../runtime/lambda-code.js';
import { lambdaLanguageOf } from '../runtime/lambda-languages.js';
import { num, type Props, str, strList, type TemplateContext } from './context.js';
import { functionAliases } from './lambda-alias-topology.js';
import type { ContainerServiceSpec, LambdaFunctionSpec, TableSpec, UserPoolSpec } from './topology.js';

/** Resource Metadata key (or tag) naming the service a resource belongs to (docs/template-conventions.md). */
export const SERVICE_TAG = 'pik:service';
/** Resource Metadata key naming the catalogue bundle (code) a service instance runs. */
export const BUNDLE_TAG = 'pik:bundle';

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((value ?? {}) as Props)) {
    if (v !== undefined && v !== null && typeof v !== 'object') out[k] = String(v);
  }
  return out;
}

type CodeSource = { readonly codeDir: string; readonly inlineCode?: string } | { readonly refusal: string };

/** Where a function's code is: a staged asset folder, inline source, or somewhere the twin cannot reach. */
function codeSource(ctx: TemplateContext, code: Props, runtime: string): CodeSource {
  if (typeof code.ZipFile === 'string') {
    return { codeDir: inlineCodeDir(code.ZipFile, runtime), inlineCode: code.ZipFile };
  }
  const key = str(code.S3Key);
  const codeDir = key ? ctx.stack.assets.files.get(key.replace(/\.zip$/, '')) : undefined;
  if (codeDir) return { codeDir };
  const where = key ? `s3://${str(code.S3Bucket) ?? '?'}/${key}` : 'no Code.S3Key or Code.ZipFile';
  return { refusal: `code not staged in cdk.out (${where})` };
}

export function buildFunctions(ctx: TemplateContext): LambdaFunctionSpec[] {
  const out: LambdaFunctionSpec[] = [];
  for (const [id, p] of ctx.ofType('AWS::Lambda::Function')) {
    const runtime = str(p.Runtime) ?? '';
    const support = lambdaLanguageOf({ runtime: str(p.Runtime), packageType: str(p.PackageType) });
    const source: CodeSource = support.refusal
      ? { refusal: support.refusal }
      : codeSource(ctx, (p.Code ?? {}) as Props, runtime);
    // A refused function is not consumed: the start-up report lists it with its refusal.
    if (!('refusal' in source)) ctx.consumed.add(id);
    const environment = stringMap(((p.Environment ?? {}) as Props).Variables);
    out.push({
      id,
      functionName: String(ctx.resolver.ref(id)),
      ...('refusal' in source ? { codeDir: '', refusal: source.refusal } : source),
      handler: str(p.Handler) ?? 'index.handler',
      runtime: runtime || (str(p.PackageType) === 'Image' ? 'image' : ''),
      memoryMb: num(p.MemorySize, 128),
      timeoutSeconds: num(p.Timeout, 3),
      reservedConcurrency: num(p.ReservedConcurrentExecutions),
      environment,
      serviceName: ctx.tag(id, SERVICE_TAG) ?? environment.PIK_SERVICE_INSTANCE ?? environment.SERVICE_NAME,
      hostDifference: support.hostDifference,
      aliases: functionAliases(ctx, id),
    });
  }
  return out;
}

/** The image tag of an ECR asset image URI: `...container-assets-...:<hash>`. */
function imageTag(image: unknown): string | undefined {
  if (typeof image !== 'string') return undefined;
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? image.slice(colon + 1) : undefined;
}

export function buildContainerServices(ctx: TemplateContext): ContainerServiceSpec[] {
  const out: ContainerServiceSpec[] = [];
  for (const [id, p] of ctx.ofType('AWS::ECS::Service')) {
    const taskDefinitionId = ctx.referencedId(p.TaskDefinition, 'AWS::ECS::TaskDefinition');
    if (!taskDefinitionId) continue;
    const containers = (ctx.props(taskDefinitionId).ContainerDefinitions ?? []) as Props[];
    const loadBalancers = (Array.isArray(p.LoadBalancers) ? p.LoadBalancers : []) as Props[];
    const fronted = str(loadBalancers[0]?.ContainerName);
    const container = containers.find((c) => c.Name === fronted) ?? containers[0];
    const tag = imageTag(container?.Image);
    const imageDir = tag ? ctx.stack.assets.images.get(tag) : undefined;
    if (!container || !imageDir) continue;
    ctx.consumed.add(id);
    ctx.consumed.add(taskDefinitionId);
    const environment: Record<string, string> = {};
    for (const e of (container.Environment ?? []) as Props[]) {
      if (typeof e.Name === 'string' && e.Value !== undefined) environment[e.Name] = String(e.Value);
    }
    const mappings = (container.PortMappings ?? []) as Props[];
    out.push({
      id,
      desiredCount: num(p.DesiredCount, 1),
      containerName: str(container.Name) ?? id,
      containerPort: num(loadBalancers[0]?.ContainerPort ?? mappings[0]?.ContainerPort, 80),
      imageDir,
      environment,
      // The service instance (pik:service, PIK_SERVICE_INSTANCE) before the code bundle it runs (SERVICE_NAME).
      serviceName:
        ctx.tag(id, SERVICE_TAG) ??
        ctx.tag(taskDefinitionId, SERVICE_TAG) ??
        environment.PIK_SERVICE_INSTANCE ??
        environment.SERVICE_NAME,
      targetGroupIds: loadBalancers
        .map((lb) => ctx.referencedId(lb.TargetGroupArn, 'AWS::ElasticLoadBalancingV2::TargetGroup'))
        .filter((x): x is string => !!x),
    });
  }
  return out;
}

export function buildTables(
  ctx: TemplateContext,
  functions: readonly LambdaFunctionSpec[],
  containers: readonly ContainerServiceSpec[],
): TableSpec[] {
  const out: TableSpec[] = [];
  for (const type of ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable']) {
    for (const [id, p] of ctx.ofType(type)) {
      ctx.consumed.add(id);
      const tableName = String(ctx.resolver.ref(id));
      // The service is whoever is handed this table name in TABLE_NAME, unless the table is tagged.
      const user = [...functions, ...containers].find((c) => c.environment.TABLE_NAME === tableName);
      out.push({
        id,
        tableName,
        serviceName: ctx.tag(id, SERVICE_TAG) ?? user?.serviceName,
        bundle: ctx.tag(id, BUNDLE_TAG) ?? user?.environment.SERVICE_NAME ?? ctx.tag(id, SERVICE_TAG),
        keySchema: (p.KeySchema ?? []) as TableSpec['keySchema'],
        attributeDefinitions: (p.AttributeDefinitions ?? []) as TableSpec['attributeDefinitions'],
        globalSecondaryIndexes: (p.GlobalSecondaryIndexes ?? []) as unknown[],
      });
    }
  }
  return out;
}

export function buildUserPools(ctx: TemplateContext): UserPoolSpec[] {
  const clients = ctx.ofType('AWS::Cognito::UserPoolClient');
  const servers = ctx.ofType('AWS::Cognito::UserPoolResourceServer');
  return ctx.ofType('AWS::Cognito::UserPool').map(([id]) => {
    ctx.consumed.add(id);
    const mine = <T extends [string, Props]>(list: T[]) =>
      list.filter(([, p]) => ctx.referencedId(p.UserPoolId, 'AWS::Cognito::UserPool') === id);
    for (const [cid] of [...mine(clients), ...mine(servers)]) ctx.consumed.add(cid);
    return {
      id,
      issuer: String(ctx.resolver.getAtt(id, 'ProviderURL')),
      clients: mine(clients).map(([cid, p]) => ({
        id: cid,
        clientId: String(ctx.resolver.ref(cid)),
        scopes: strList(p.AllowedOAuthScopes),
        generateSecret: p.GenerateSecret === true,
      })),
      scopes: mine(servers).flatMap(([, p]) =>
        ((p.Scopes ?? []) as Props[]).map((s) => `${String(p.Identifier)}/${String(s.ScopeName)}`),
      ),
    };
  });
}
