/**
 * The steps every mapped (non-proxy) integration stage shares around its own call to the backend: the REST
 * `HTTP` stage (`mapped-integration.ts`) and the AWS service stage (`aws-services/aws-integration-stage.ts`)
 * read the body, render the integration request, and after the call select and render the integration
 * response, all on the mapping engine (`../mapping/`).
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { readBody } from '../../http-util.js';
import { type GatewayContext, type Refusal, refusal } from '../context.js';
import {
  type CompiledMapping,
  type MappedRequest,
  type MappingRequest,
  renderRequest,
  renderResponse,
  selectIntegrationResponse,
} from '../mapping/index.js';
import type { GatewayRequest, IntegrationResponse } from '../types.js';
import { gatewayRequest, type IntegrationStageOptions } from './integration.js';

/** The refusals a mapped integration answers with. */
export function mappingRefusals() {
  return {
    tooLarge: refusal('payloadTooLarge'),
    failure: refusal('integrationFailure'),
    timeout: refusal('integrationTimeout'),
    unsupported: refusal('unsupportedMediaType'),
    error: refusal('integrationError'),
  };
}

export type MappingRefusals = ReturnType<typeof mappingRefusals>;

/** What the method request's templates see of the API. */
export interface MappingScope extends Pick<IntegrationStageOptions, 'api' | 'maxPayloadBytes'> {
  readonly stageVariables?: Readonly<Record<string, string>>;
}

/** A method request mapped to its integration request, and the signal that aborts the call. */
export interface MappedMethodRequest {
  readonly request: GatewayRequest;
  /** The method request as templates and parameter mappings see it. */
  readonly facts: MappingRequest;
  readonly mapped: MappedRequest;
  readonly controller: AbortController;
}

/**
 * Reads the body and renders the integration request: the mapped request, a refusal (413 past the payload
 * limit, 415, 400 for a body a template cannot read as JSON), or why the template failed (API Gateway's 500).
 */
export async function mapMethodRequest(
  context: GatewayContext,
  scope: MappingScope,
  mapping: CompiledMapping,
  refusals: MappingRefusals,
): Promise<MappedMethodRequest | Refusal | string> {
  const body = context.body ?? (await readBody(context.req, scope.maxPayloadBytes));
  if (body === undefined) return refusals.tooLarge;
  const controller = new AbortController();
  const request = gatewayRequest(context, scope.api, body, controller.signal);
  const facts: MappingRequest = { ...request, stageVariables: scope.stageVariables };
  const mapped = renderRequest(mapping, facts);
  if (mapped.kind === 'unsupportedMediaType') return refusals.unsupported;
  if (mapped.kind === 'badRequestBody') return { error: 'badRequestBody', message: mapped.message };
  if (mapped.kind === 'failed') return mapped.reason;
  return { request, facts, mapped, controller };
}

/** What the backend answered: its HTTP status, headers and body. */
export interface BackendAnswer {
  readonly statusCode: number;
  readonly headers?: OutgoingHttpHeaders;
  readonly body: Buffer | string;
}

/** The method response for what the backend answered, or why there is none (API Gateway's 500). */
export function mapMethodResponse(
  mapping: CompiledMapping,
  facts: MappingRequest,
  backend: BackendAnswer,
): IntegrationResponse | string {
  const chosen = selectIntegrationResponse(mapping, { statusCode: backend.statusCode });
  if (!chosen) return `no integration response matches status ${backend.statusCode} and none is the default`;
  const outcome = renderResponse(chosen, facts, backend);
  return outcome.kind === 'response' ? outcome.response : outcome.reason;
}
