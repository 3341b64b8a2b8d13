/** Turns one stack of the cloud assembly into the pattern topology the twin runs. */
import { integrationProblem } from '../dataplane/gateway/integration-support.js';
import { REFUSED_FUNCTION_ANSWER } from '../runtime/lambda-languages.js';
import { apiIdsOf, buildApiById } from './api-topology.js';
import { awsIntegrationNotes, iamAuthorizationNotes } from './aws-integration-notes.js';
import type { AssemblyStack } from './cdk-out.js';
import { buildDistributions } from './cloudfront-topology.js';
import { buildContainerServices, buildFunctions, buildTables, buildUserPools } from './compute-topology.js';
import { type ContainerCommands, launchContainers } from './container-launch.js';
import { createTemplateContext, type TemplateContext } from './context.js';
import { buildCustomDomains } from './custom-domain-topology.js';
import { buildLoadBalancers, buildTargetGroups } from './elb-topology.js';
import { buildEventSources } from './event-source-topology.js';
import { buildDeliveryStreams } from './firehose-topology.js';
import { buildVpcLinks } from './integration-topology.js';
import { withoutUnevaluableRules } from './listener-rule-support.js';
import { buildPrivateAccess } from './private-api-topology.js';
import { allStageRoutes } from './rest-stage-topology.js';
import { buildStreams } from './stream-topology.js';
import type {
  ApiSpec,
  EventSourceSpec,
  LambdaFunctionSpec,
  NotEmulated,
  PatternTopology,
  PrivateAccessSpec,
  TargetGroupSpec,
} from './topology.js';
import {
  buildEventRules,
  buildWebSocketApis,
  type EventRuleSpec,
  type WebSocketApiSpec,
} from './websocket-topology.js';

/** Why the twin leaves a resource type out; anything not listed gets a generic reason. */
const NOT_EMULATED_REASONS: ReadonlyArray<[RegExp, string]> = [
  [/^AWS::WAFv2::/, 'WAF rules are not evaluated: requests are not filtered'],
  [/^AWS::XRay::/, 'X-Ray is not emulated: no traces are recorded'],
  [/^AWS::EC2::SecurityGroup/, 'security group rules are not enforced (everything is on 127.0.0.1)'],
  [/^AWS::EC2::/, 'networking (VPC, subnets, routes, endpoints): everything runs on 127.0.0.1'],
  [/^AWS::IAM::|^AWS::Lambda::Permission$/, 'IAM and resource policies are not enforced'],
  [/^AWS::Logs::/, 'CloudWatch Logs: the twin logs to its own output'],
  [/^AWS::CloudWatch::/, 'CloudWatch metrics, alarms and dashboards are not emulated'],
  [/^AWS::ECS::Cluster$|^AWS::ECS::TaskDefinition$/, 'ECS control plane: tasks run as local processes'],
  [/^AWS::ECR::/, 'container registry: images run from the staged build folder'],
  [/^AWS::Cognito::UserPoolDomain$/, 'hosted domain: the twin runs its own token endpoint'],
  [/^AWS::Cognito::/, 'Cognito control plane: the twin issues tokens itself'],
  [/^AWS::ApiGateway::Account$/, 'API Gateway account settings (CloudWatch role)'],
  [/^AWS::KMS::|^AWS::SecretsManager::|^AWS::SSM::/, 'keys, secrets and parameters are not emulated'],
  [/^AWS::S3::/, 'S3 is not emulated'],
  [/^AWS::CertificateManager::/, 'certificates: custom domains are served over plain HTTP on 127.0.0.1'],
  [/^AWS::Route53::/, "DNS: clients send the custom domain in Host to its listener's port"],
  [/^AWS::SQS::/, 'SQS is not emulated (no maintained SQS emulator on npm runs on Node.js 20)'],
  [/^Custom::|^AWS::CloudFormation::CustomResource$/, 'custom resources do not run (deploy-time only)'],
  [/^AWS::Lambda::Function$/, 'function is on no request path (deploy-time helper)'],
];

/** CDK bookkeeping with no runtime meaning at all. */
const IGNORED_TYPES = new Set(['AWS::CDK::Metadata']);

/**
 * Routes whose integration the twin does not run (`integrationProblem`, the same answer the gateway's
 * pipeline uses): listed with the route's logical id, what is missing, and what a request gets.
 */
function unrunRoutes(api: ApiSpec): NotEmulated[] {
  const type = api.flavour === 'rest' ? 'AWS::ApiGateway::Method' : 'AWS::ApiGatewayV2::Route';
  return api.routes.flatMap((r) => {
    const missing = integrationProblem(api.flavour, r.integration);
    if (!missing) return [];
    const route = r.path === '$default' ? '$default' : `${r.method} ${r.path}`;
    return [{ logicalId: r.id, type, reason: `${r.id} (${route}): ${missing}; answers 500` }];
  });
}

function notEmulated(
  ctx: TemplateContext,
  tracingEnabled: boolean,
  stageId: string,
  functions: readonly LambdaFunctionSpec[],
): NotEmulated[] {
  const out: NotEmulated[] = [];
  const refusals = new Map(functions.flatMap((f) => (f.refusal ? [[f.id, f.refusal] as const] : [])));
  for (const [id, resource] of ctx.resources) {
    if (ctx.consumed.has(id) || IGNORED_TYPES.has(resource.Type)) continue;
    const refusal = refusals.get(id);
    const reason = refusal
      ? `function ${id} is not run (${refusal}); ${REFUSED_FUNCTION_ANSWER}`
      : (NOT_EMULATED_REASONS.find(([pattern]) => pattern.test(resource.Type))?.[1] ??
        'not emulated by the twin');
    out.push({ logicalId: id, type: resource.Type, reason });
  }
  if (tracingEnabled) {
    out.push({
      logicalId: stageId,
      type: 'AWS::ApiGateway::Stage',
      reason: 'X-Ray tracing is on; no traces are recorded',
    });
  }
  return out;
}

/** Functions that run, but on the host's interpreter of another version than the template names. */
function hostDifferences(functions: readonly LambdaFunctionSpec[]): NotEmulated[] {
  return functions.flatMap((f) =>
    f.hostDifference && !f.refusal
      ? [{ logicalId: f.id, type: 'AWS::Lambda::Function', reason: `Lambda ${f.hostDifference}` }]
      : [],
  );
}

/** Raised when a stack declares no API Gateway API: the twin has no front door to run. */
export class NoApiError extends Error {}

/**
 * Raised for a private REST API (endpoint type `PRIVATE`) in a stack without an execute-api VPC endpoint:
 * such an API answers only requests that arrive through one, so the stack is listed as not run rather than
 * served on a port that would answer what AWS never would.
 */
export class PrivateApiError extends Error {}

function isPrivateRestApi(ctx: TemplateContext, api: { flavour: string; id: string }): boolean {
  if (api.flavour !== 'rest') return false;
  const types = (ctx.props(api.id).EndpointConfiguration as { Types?: unknown } | undefined)?.Types;
  return Array.isArray(types) && types.includes('PRIVATE');
}

/** Each private API's endpoints and domains; throws when a private API has no endpoint to arrive through. */
function privateAccessOf(ctx: TemplateContext, apiIds: readonly { flavour: string; id: string }[]) {
  const access = new Map<string, PrivateAccessSpec>();
  for (const api of apiIds.filter((a) => isPrivateRestApi(ctx, a))) {
    const spec = buildPrivateAccess(ctx, api.id);
    if (!spec) {
      throw new PrivateApiError(
        `private REST API ${api.id} (endpoint type PRIVATE): reached only through an execute-api VPC endpoint, and the stack declares none`,
      );
    }
    access.set(api.id, spec);
  }
  return access;
}

export interface BuildOptions {
  /** `--container <ECS service logical id>=<command>`: what runs in place of an image the twin cannot run. */
  readonly containerCommands?: ContainerCommands;
}

/**
 * One topology per API Gateway API of the stack (a pattern has one; a user's stack may have several, then
 * each is named `<stack>.<api logical id>`). What the APIs share (load balancers, compute) is read once.
 */
export function buildTopologies(stack: AssemblyStack, options: BuildOptions = {}): PatternTopology[] {
  const ctx = createTemplateContext(stack);
  const apiIds = apiIdsOf(ctx);
  const [webSocketApi] = buildWebSocketApis(ctx);
  if (apiIds.length === 0 && !webSocketApi)
    throw new NoApiError(`${stack.stackName}: no API Gateway API (HTTP, REST or WebSocket) in the stack`);
  const privateAccess = privateAccessOf(ctx, apiIds);
  const customDomains = buildCustomDomains(ctx);
  const rules = withoutUnevaluableRules(buildLoadBalancers(ctx));
  const loadBalancers = rules.loadBalancers;
  const targetGroups = buildTargetGroups(ctx);
  const vpcLinks = buildVpcLinks(ctx);
  // A stack whose only API is a WebSocket API runs it beside an HTTP front without routes (see below).
  const apis = apiIds.length
    ? apiIds.map((api) => buildApiById(ctx, api, loadBalancers))
    : [routelessFront(webSocketApi as WebSocketApiSpec)];
  const functions = buildFunctions(ctx);
  const launched = launchContainers(ctx, buildContainerServices(ctx), options.containerCommands ?? {});
  const containerServices = launched.services;
  const tables = buildTables(ctx, functions, containerServices);
  const userPools = buildUserPools(ctx);
  const streams = buildStreams(ctx);
  const eventSources = buildEventSources(ctx, streams, functions);
  const deliveryStreams = buildDeliveryStreams(ctx, streams);
  const distributions = buildDistributions(ctx);

  const eventRules = buildEventRules(ctx);
  const usedBy = functionsRunBy(apis[0]?.id, { webSocketApi, eventRules, targetGroups, eventSources });
  const used = new Set(apis.flatMap((api) => [...usedBy(api)]));
  for (const fn of functions) if (!used.has(fn.id)) ctx.consumed.delete(fn.id);
  const running = functions.filter((f) => used.has(f.id));

  const patternId = stack.patternId ?? stack.stackName;
  return apis.map((api) => ({
    patternId: apis.length > 1 ? `${patternId}.${api.id}` : patternId,
    stackName: stack.stackName,
    templatePath: stack.templatePath,
    declaredServices: stack.declaredServices,
    api,
    vpcLinks,
    loadBalancers,
    targetGroups,
    // Refused functions on a request path stay: their invocations answer as a failed invoke does.
    functions: functions.filter((f) => usedBy(api).has(f.id)),
    containerServices,
    tables,
    streams,
    eventSources,
    deliveryStreams,
    distributions,
    userPools,
    notEmulated: [
      ...launched.refused,
      ...rules.notEmulated,
      ...unrunRoutes(api),
      ...awsIntegrationNotes(api, streams),
      ...iamAuthorizationNotes(api),
      ...notEmulated(ctx, api.stage.tracingEnabled, api.stage.id, functions),
      ...hostDifferences(running),
    ],
    resolutionProblems: ctx.resolver.problems,
    ...(privateAccess.has(api.id) ? { privateAccess: privateAccess.get(api.id) } : {}),
    ...(customDomains.length ? { customDomains } : {}),
    ...(webSocketApi && api.id === apis[0]?.id ? { webSocketApi } : {}),
    ...(eventRules.length > 0 && api.id === apis[0]?.id ? { eventRules } : {}),
  }));
}

/**
 * The functions an API runs. Only functions on a request path run; the rest are deploy-time helpers and
 * are reported. Each API runs the functions its routes and Lambda authorizers invoke and those behind the
 * load balancers and event sources; the WebSocket API's routes and authorizer, and the rules' targets,
 * run beside the first API.
 */
function functionsRunBy(
  firstApiId: string | undefined,
  parts: {
    readonly webSocketApi: WebSocketApiSpec | undefined;
    readonly eventRules: readonly EventRuleSpec[];
    readonly targetGroups: readonly TargetGroupSpec[];
    readonly eventSources: readonly EventSourceSpec[];
  },
): (api: ApiSpec) => Set<string> {
  const { webSocketApi, eventRules, targetGroups, eventSources } = parts;
  const behindLoadBalancers = targetGroups.flatMap((tg) =>
    tg.targets.kind === 'lambda' ? tg.targets.functionIds : [],
  );
  const feedFunctions = [
    ...(webSocketApi?.routes.flatMap((r) => (r.functionId ? [r.functionId] : [])) ?? []),
    ...(webSocketApi?.authorizers.map((a) => a.functionId) ?? []),
    ...eventRules.flatMap((r) => r.functionIds),
  ];
  return (api) =>
    new Set<string>([
      ...(api.id === firstApiId ? feedFunctions : []),
      ...allStageRoutes(api).flatMap((r) =>
        r.integration.target.kind === 'lambda' ? [r.integration.target.functionId] : [],
      ),
      ...(api.lambdaAuthorizers ?? []).map((a) => a.functionId),
      ...behindLoadBalancers,
      ...eventSources.map((e) => e.functionId),
    ]);
}

/**
 * The HTTP front of a stack whose only API is a WebSocket API: no routes (every request answers 404, as an
 * HTTP API without routes does), named after the WebSocket API and its stage. The twin's stand-up, targets
 * file and control surface are built around one such front; the WebSocket gateway runs beside it.
 */
function routelessFront(ws: WebSocketApiSpec): ApiSpec {
  return {
    id: ws.id,
    name: ws.name,
    flavour: 'http',
    stage: { id: ws.stage.id, name: ws.stage.name, tracingEnabled: false },
    routes: [],
    authorizers: [],
    usagePlans: [],
    apiKeys: [],
  };
}

/** The stack's one API as a topology (the kit's patterns each have exactly one front door). */
export function buildTopology(stack: AssemblyStack, options: BuildOptions = {}): PatternTopology {
  const topologies = buildTopologies(stack, options);
  if (topologies.length !== 1) {
    throw new Error(
      `${stack.stackName}: expected exactly one API Gateway API, found ${topologies.length} (${topologies.map((t) => t.api.id).join(', ')})`,
    );
  }
  return topologies[0] as PatternTopology;
}
