/**
 * Runs one AWS service action against the twin's local emulator of that service, as API Gateway's `AWS`
 * integration calls the service: the already rendered request body (the integration request template's
 * output) is POSTed with the action in `X-Amz-Target`, and the service's answer comes back as it is (status,
 * body), so its errors (`ResourceNotFoundException`, `ValidationException`, ...) reach the integration
 * responses exactly as AWS's would.
 */
import { type EmulatedServiceName, emulatedService, serviceActionOf } from './service-action.js';

/** Base URLs of the running emulators (`http://127.0.0.1:<port>`), by service. */
export type AwsServiceEndpoints = Readonly<Partial<Record<EmulatedServiceName, string>>>;

/** What the service answered. */
export interface AwsActionResult {
  readonly status: number;
  /** The service's `content-type` and `x-amzn-requestid`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Sends `body` to the action `uri` names (`arn:aws:apigateway:{region}:kinesis:action/PutRecord`).
 * Rejects when the service cannot be reached (no emulator running for it, connection refused), which the
 * gateway answers as an unreachable integration.
 */
export type ExecuteAwsAction = (uri: string, body: string, signal?: AbortSignal) => Promise<AwsActionResult>;

/**
 * A SigV4-shaped `Authorization` header with a placeholder signature. The emulators check that a request
 * carries one in this shape but never verify it, and the twin does not enforce the integration's
 * credentials role, so nothing is signed for real.
 */
function placeholderAuthorization(service: string, region: string, date: string): string {
  const scope = `${date.slice(0, 8)}/${region}/${service}/aws4_request`;
  return `AWS4-HMAC-SHA256 Credential=local/${scope}, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${'0'.repeat(64)}`;
}

/** `20261207T120000Z`, the `X-Amz-Date` form. */
function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function createAwsActionExecutor(endpoints: AwsServiceEndpoints, region: string): ExecuteAwsAction {
  return async (uri, body, signal) => {
    const action = serviceActionOf(uri);
    const service = action && emulatedService(action);
    if (!action || !service) throw new Error(`${uri} names no action the twin emulates`);
    const endpoint = endpoints[action.service as EmulatedServiceName];
    if (!endpoint) throw new Error(`no local ${action.service} emulator is running`);
    const date = amzDate(new Date());
    const response = await fetch(`${endpoint}/`, {
      method: 'POST',
      headers: {
        'content-type': service.contentType,
        'x-amz-target': `${service.targetPrefix}.${action.action}`,
        'x-amz-date': date,
        authorization: placeholderAuthorization(action.service, region, date),
      },
      body,
      signal,
    });
    const headers: Record<string, string> = {
      'content-type': response.headers.get('content-type') ?? service.contentType,
    };
    const requestId = response.headers.get('x-amzn-requestid');
    if (requestId) headers['x-amzn-requestid'] = requestId;
    return { status: response.status, headers, body: await response.text() };
  };
}

/** The executor of a gateway given no emulators: every action is an unreachable integration. */
export const noAwsEmulators: ExecuteAwsAction = async () => {
  throw new Error('no AWS service emulators are running for this gateway');
};
