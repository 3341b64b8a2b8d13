import { createServer, type IncomingMessage } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { closeServer, listen, type RunningComponent } from '../http-util.js';
import { appendTrace, incomingTrace } from '../trace.js';
import { answerForbidden, forwardToGateway, type GatewayTarget } from './forward-to-gateway.js';

/** A private custom domain name associated with the endpoint, and the stage its base path maps to. */
export interface PrivateDomainConfig {
  readonly domainName: string;
  /** `v1` for `https://api.example.com/v1/...`; '' maps the domain's root. */
  readonly basePath: string;
  readonly apiId: string;
  readonly stage: string;
}

export interface ExecuteApiEndpointConfig {
  /** The endpoint's id, stamped on every request as `aws:SourceVpce`. */
  readonly endpointId: string;
  /** Region in `{api-id}.execute-api.{region}.amazonaws.com`. @default 'us-east-1' */
  readonly region?: string;
  /** Private APIs the endpoint reaches: the local port of each gateway. */
  readonly apis: readonly { readonly apiId: string; readonly port: number }[];
  /** Private custom domain names with an access association to this endpoint. */
  readonly domains?: readonly PrivateDomainConfig[];
  /** Shared with the gateways (`ApiGatewayDeps.privateEndpoints.token`): what makes the stamp trusted. */
  readonly stampToken: string;
  /** @default 'vpce:execute-api' */
  readonly traceSegment?: string;
}

/**
 * The execute-api interface endpoint on 127.0.0.1: it finds the private API a request is for the way the
 * endpoint does (apigateway-private-api-test-invoke-url): a `Host` naming a private custom domain name
 * associated with it (the base path mapped to the stage), a `Host` of `{api-id}.execute-api.{region}.
 * amazonaws.com`, or an `x-apigw-api-id` header. Anything else gets 403 `{"message":"Forbidden"}`. The
 * request goes on stamped with the endpoint id (`aws:SourceVpce` for the API's resource policy).
 */
export async function createExecuteApiEndpoint(
  config: ExecuteApiEndpointConfig,
  options: { readonly host?: string; readonly port?: number } = {},
): Promise<RunningComponent> {
  const segment = config.traceSegment ?? 'vpce:execute-api';
  const resolve = resolver(config);
  const server = createServer((req, res) => {
    const trace = appendTrace(incomingTrace(req.headers), segment);
    const target = resolve(req);
    if (!target) {
      answerForbidden(res, trace);
      return;
    }
    forwardToGateway(req, res, target, {
      trace,
      headers: { [PIK_HEADERS.sourceVpce]: `${config.stampToken}:${config.endpointId}` },
    });
  });
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, host, options.port ?? 0);
  return { host, port, close: () => closeServer(server) };
}

function resolver(config: ExecuteApiEndpointConfig): (req: IncomingMessage) => GatewayTarget | undefined {
  const region = config.region ?? 'us-east-1';
  const ports = new Map(config.apis.map((a) => [a.apiId.toLowerCase(), a.port]));
  const domains = new Map((config.domains ?? []).map((d) => [d.domainName.toLowerCase(), d]));
  const apiHost = new RegExp(
    `^([a-z0-9]+)\\.execute-api\\.${region.replace(/-/g, '\\-')}\\.amazonaws\\.com$`,
  );
  return (req) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = req.url ?? '/';
    const domain = domains.get(host);
    if (domain) {
      const port = ports.get(domain.apiId.toLowerCase());
      const prefix = domain.basePath === '' ? '' : `/${domain.basePath}`;
      if (port === undefined || (prefix !== '' && url !== prefix && !url.startsWith(`${prefix}/`)))
        return undefined;
      return { port, path: `/${domain.stage}${url.slice(prefix.length)}` };
    }
    const header = req.headers['x-apigw-api-id'];
    const apiId = apiHost.exec(host)?.[1] ?? (typeof header === 'string' ? header.toLowerCase() : undefined);
    const port = apiId === undefined ? undefined : ports.get(apiId);
    return port === undefined ? undefined : { port, path: url };
  };
}
