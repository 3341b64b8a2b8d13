/** The targets file entry for a running pattern, and the file itself, checked against the contract. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  isPatternId,
  PATTERNS,
  TARGETS_SCHEMA_VERSION,
  type TargetPattern,
  type TargetService,
  type TargetStage,
  TargetsFile,
} from '@pik/contracts';
import { SERVICES } from '@pik/service-kit/catalogue';
import { Value } from 'typebox/value';
import type { PatternTopology } from '../template/topology.js';
import { type Chain, chainFor } from './chain.js';
import { servicesFromRoutes } from './route-services.js';
import { backendPathFor, routeFor } from './routes.js';
import type { RunningPattern } from './stand-up.js';

/** The chain a GET on `path` (below the stage) takes, or undefined when no route answers it. */
export function chainForPath(topology: PatternTopology, method: string, path: string): Chain | undefined {
  const match = routeFor(topology, method, path);
  if (!match) return undefined;
  return chainFor(topology, match.route, method, backendPathFor(topology, match.route, path, match.params));
}

/**
 * The services this pattern serves (those its template metadata declares, else the catalogue's), each
 * with the compute the template actually puts behind its path.
 */
export function servicesOf(topology: PatternTopology): TargetService[] {
  if (!topology.declaredServices.length && !isPatternId(topology.patternId))
    return servicesFromRoutes(topology, chainForPath);
  const out: TargetService[] = [];
  const candidates = topology.declaredServices.length ? topology.declaredServices : SERVICES;
  for (const service of candidates) {
    for (const path of [service.basePath, `${service.basePath}/probe`]) {
      const chain = chainForPath(topology, 'GET', path);
      const final = chain?.final;
      if (!final || (final.kind !== 'lambda' && final.kind !== 'container') || final.service !== service.name)
        continue;
      const fn =
        final.kind === 'lambda' ? topology.functions.find((f) => f.id === final.functionId) : undefined;
      out.push({
        name: service.name,
        path: service.basePath,
        compute: final.kind === 'lambda' ? 'lambda' : 'fargate',
        ...(fn ? { functionName: fn.functionName, logGroup: `/aws/lambda/${fn.functionName}` } : {}),
      });
      break;
    }
  }
  return out;
}

export function targetPatternOf(
  running: RunningPattern,
  controlUrl: string | undefined,
  s3Endpoint?: string,
): TargetPattern {
  const t = running.topology;
  const descriptor = PATTERNS.find((p) => p.id === t.patternId);
  const auth: TargetPattern['auth'] = [];
  const client = running.clients[0];
  if (running.issuer && client) {
    const routeScopes = [...new Set(t.api.routes.flatMap((r) => r.scopes))];
    auth.push({
      kind: 'jwt',
      tokenUrl: running.issuer.tokenEndpoint,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      scope: (routeScopes.length ? routeScopes : client.scopes).join(' '),
    });
  }
  const key = running.apiKeys[0];
  if (key && t.api.routes.some((r) => r.apiKeyRequired)) {
    auth.push({ kind: 'api-key', header: 'x-api-key', value: key.value, apiKeyId: key.id });
  }
  // A private API is reached through its public ALB, with the Host of its custom domain.
  const entry = running.privateEntry;
  return {
    id: t.patternId,
    title: descriptor?.title ?? t.stackName,
    api: t.api.flavour,
    // Behind CloudFront, benchmarks go through the edge as users do; the regional API is the origin.
    baseUrl: (running.edge?.url ?? entry?.baseUrl ?? running.gateway.baseUrl).replace(/\/$/, ''),
    ...(running.edge ? { originUrl: running.gateway.baseUrl.replace(/\/$/, '') } : {}),
    ...(entry ? { headers: { host: entry.host } } : {}),
    stage: t.api.stage.name,
    auth,
    services: servicesOf(t),
    ...(t.api.stage.throttle ? { throttle: t.api.stage.throttle } : {}),
    ...(t.api.moreStages && !entry ? { stages: targetStagesOf(running) } : {}),
    ...(controlUrl ? { controlUrl } : {}),
    streamedRoutes: streamedRoutesOf(t),
    ...writeBufferOf(t, s3Endpoint),
    ...(running.webSocket && t.webSocketApi
      ? { webSocket: { url: running.webSocket.url, stage: t.webSocketApi.stage.name } }
      : {}),
  };
}

/** The durable copy's bucket (served by the twin's S3) of a pattern whose writes go through Firehose. */
function writeBufferOf(
  t: PatternTopology,
  s3Endpoint: string | undefined,
): Pick<TargetPattern, 'writeBuffer'> {
  const delivery = t.deliveryStreams?.[0];
  if (!delivery) return {};
  return {
    writeBuffer: {
      bucketName: delivery.bucketName,
      dataPrefix: delivery.prefix,
      ...(s3Endpoint ? { s3Endpoint } : {}),
    },
  };
}

/** Every stage of a REST API with several, each at its own URL, with its throttle and canary share. */
function targetStagesOf(running: RunningPattern): TargetStage[] {
  const api = running.topology.api;
  return [api.stage, ...(api.moreStages ?? []).map((v) => v.stage)].map((stage) => ({
    name: stage.name,
    baseUrl: (running.gateway.stageUrls[stage.name] ?? '').replace(/\/$/, ''),
    ...(stage.throttle ? { throttle: stage.throttle } : {}),
    ...(stage.canary ? { canaryPercent: stage.canary.percentTraffic } : {}),
  }));
}

/** `GET /orders/export` for each route whose integration streams (the twin knows; AWS files leave it out). */
function streamedRoutesOf(t: PatternTopology): string[] {
  return t.api.routes
    .filter((route) => route.integration.responseTransferMode === 'STREAM')
    .map((route) => `${route.method} ${route.path}`);
}

export function targetsFileOf(patterns: readonly TargetPattern[]): TargetsFile {
  const file: TargetsFile = {
    schemaVersion: TARGETS_SCHEMA_VERSION,
    world: 'local-twin',
    createdAt: new Date().toISOString(),
    patterns: [...patterns],
  };
  if (!Value.Check(TargetsFile, file)) {
    const first = [...Value.Errors(TargetsFile, file)][0];
    throw new Error(`targets file does not match the contract: ${JSON.stringify(first)}`);
  }
  return file;
}

/** Writes atomically (temp file + rename) so a reader never sees half a file. */
export function writeTargetsFile(path: string, file: TargetsFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
