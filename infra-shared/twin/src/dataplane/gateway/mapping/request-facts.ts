import type { GatewayRequest } from '../types.js';

/**
 * What a mapping template can see of the method request: the gateway's request to an integration carries
 * all of it, so an integration's `forward` can hand its `GatewayRequest` over as it is.
 */
export type MappingRequest = Pick<
  GatewayRequest,
  | 'apiId'
  | 'stage'
  | 'requestId'
  | 'method'
  | 'path'
  | 'resourcePath'
  | 'pathParameters'
  | 'rawQueryString'
  | 'headers'
  | 'body'
  | 'sourceIp'
  | 'requestTimeEpoch'
  | 'authorizer'
  | 'apiKeyId'
> & {
  /** The stage's variables (`$stageVariables.name`, `stageVariables.name` in parameter mappings). */
  readonly stageVariables?: Readonly<Record<string, string>>;
};

/** Method request parameters by location, as `$input.params()` returns them. */
export interface RequestParams {
  readonly path: Readonly<Record<string, string>>;
  readonly querystring: Readonly<Record<string, string>>;
  readonly header: Readonly<Record<string, string>>;
}

/** Query string values by name; a repeated name keeps its last value, as API Gateway's single-value map does. */
export function queryParams(rawQueryString: string): Record<string, string> {
  const query: Record<string, string> = {};
  if (rawQueryString === '') return query;
  for (const [name, value] of new URLSearchParams(rawQueryString)) query[name] = value;
  return query;
}

/** Header values by lower-case name; repeated headers joined with `,`. */
export function headerParams(headers: MappingRequest['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return out;
}

/** All three maps, built once per request on first use. */
export function requestParams(request: MappingRequest): RequestParams {
  return {
    path: request.pathParameters,
    querystring: queryParams(request.rawQueryString),
    header: headerParams(request.headers),
  };
}

/** `$input.params(x)`: the path, then the query string, then the header of that name (header case-blind). */
export function paramNamed(params: RequestParams, name: string): string | undefined {
  return params.path[name] ?? params.querystring[name] ?? params.header[name.toLowerCase()];
}
