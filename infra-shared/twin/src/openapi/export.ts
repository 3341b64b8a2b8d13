/**
 * `pik openapi export`: one API of a synthesized stack as OpenAPI 3.0, REST or HTTP, with or without API
 * Gateway's extensions.
 */
import type { CfnTemplate } from '../template/cdk-out.js';
import { type ExportExtensions, type OpenApiDocument, withoutApiGatewayExtensions } from './document.js';
import { exportHttpApi } from './http-export.js';
import { exportRestApi } from './rest-export.js';

export interface ExportOptions {
  /** The API's logical id; needed only when the stack has more than one API. */
  readonly apiId?: string;
  /** The stage whose invoke URL the document names. @default the API's first stage */
  readonly stage?: string;
  /** @default 'apigateway' */
  readonly extensions?: ExportExtensions;
}

export interface OpenApiExport {
  readonly document: OpenApiDocument;
  readonly apiId: string;
  readonly flavour: 'rest' | 'http';
  /** Routes the document leaves out, with the reason (a `$default` route has no OpenAPI path). */
  readonly skipped: readonly string[];
}

/** The REST APIs and HTTP APIs (not WebSocket APIs) of a template, by logical id. */
export function apisOf(template: CfnTemplate): { id: string; flavour: 'rest' | 'http' }[] {
  return Object.entries(template.Resources ?? {}).flatMap(
    ([id, r]): { id: string; flavour: 'rest' | 'http' }[] => {
      if (r.Type === 'AWS::ApiGateway::RestApi') return [{ id, flavour: 'rest' as const }];
      if (r.Type === 'AWS::ApiGatewayV2::Api' && (r.Properties?.ProtocolType ?? 'HTTP') === 'HTTP')
        return [{ id, flavour: 'http' as const }];
      return [];
    },
  );
}

export function exportOpenApi(template: CfnTemplate, options: ExportOptions = {}): OpenApiExport {
  const apis = apisOf(template);
  const api = options.apiId
    ? apis.find((a) => a.id === options.apiId)
    : apis.length === 1
      ? apis[0]
      : undefined;
  if (!api) {
    const listed = apis.map((a) => a.id).join(', ') || 'none';
    throw new Error(
      options.apiId
        ? `--api: no REST or HTTP API '${options.apiId}' in the stack (APIs: ${listed})`
        : `--api: the stack has ${apis.length} APIs (${listed}); name one`,
    );
  }
  const exported =
    api.flavour === 'rest'
      ? { document: exportRestApi(template, api.id, options.stage), skipped: [] }
      : exportHttpApi(template, api.id, options.stage);
  const document =
    (options.extensions ?? 'apigateway') === 'none'
      ? withoutApiGatewayExtensions(exported.document)
      : exported.document;
  return { document, apiId: api.id, flavour: api.flavour, skipped: exported.skipped };
}
