export { runTwinCli } from './cli.js';
export { createTokenIssuer } from './dataplane/auth/token-issuer.js';
export { createEventBus, type RunningEventBus } from './dataplane/events/event-bus.js';
export { createApiGateway } from './dataplane/gateway/api-gateway.js';
export {
  compileMapping,
  renderRequest,
  renderResponse,
  selectIntegrationResponse,
} from './dataplane/gateway/mapping/index.js';
export type { Forward, RequestValidationConfig } from './dataplane/gateway/types.js';
export { createHttpForwarder } from './dataplane/http-forwarder.js';
export { createWebSocketGateway } from './dataplane/websocket/gateway.js';
export type * from './dataplane/websocket/types.js';
export { toCloudFormationBody } from './openapi/cfn-text.js';
export { exportOpenApi, type OpenApiExport } from './openapi/export.js';
export { runOpenApiCli } from './openapi/openapi-cli.js';
export { type Chain, chainFor, type FinalTarget, segment } from './orchestrator/chain.js';
export { type ControlServer, startControlServer } from './orchestrator/control.js';
export { backendPathFor, matchPathTemplate, routeFor } from './orchestrator/routes.js';
export { type RunningPattern, type StandUpOptions, standUpPattern } from './orchestrator/stand-up.js';
export { chainForPath, servicesOf, targetsFileOf } from './orchestrator/targets.js';
export { loadTopologies, type Twin, type TwinUpOptions, twinUp } from './orchestrator/twin-up.js';
export { prepareTables, startDataStore, type TwinDataStore } from './runtime/dynamodb.js';
export { LambdaInvokeError, LambdaRuntime } from './runtime/lambda-runtime.js';
export { createLogSink, type LogSink } from './runtime/logs.js';
export { assemblyTopologies } from './template/assembly-topologies.js';
export { buildTopologies, buildTopology } from './template/build-topology.js';
export { synthesizeApp } from './template/cdk-app.js';
export { loadCloudAssembly } from './template/cdk-out.js';
export { LOCAL_PSEUDO } from './template/intrinsics.js';
export type * from './template/topology.js';
export type { EventRuleSpec, WebSocketApiSpec, WebSocketRouteSpec } from './template/websocket-topology.js';
