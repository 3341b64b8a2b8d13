import type { IncomingMessage, ServerResponse } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { readBody } from '../http-util.js';
import type { InvokeLambda, LambdaInvocationResult } from '../lambda-invoke.js';
import { ALB_LAMBDA_RESPONSE_LIMIT, albLambdaEvent, readAlbLambdaResult } from './alb-lambda.js';
import type { AlbTargetGroup } from './alb-targets.js';
import { sendElbError } from './elb-responses.js';
import { ELB_HEALTH_CHECK_USER_AGENT, type TargetConfig } from './types.js';

/**
 * Invokes a `lambda` target with an ALB event and writes what the function returned: 413 for a body over
 * 1 MB, 502 when the invocation fails or the result is not a valid ALB answer. The runtime's extra headers
 * (`x-pik-cold`, ...) are added; the trace is set unless the function returned one.
 */
export async function forwardToLambda(
  invoke: InvokeLambda,
  req: IncomingMessage,
  res: ServerResponse,
  group: AlbTargetGroup,
  target: TargetConfig,
  trace: string,
): Promise<void> {
  // ALB limits a request body to a Lambda target to 1 MB.
  const body = await readBody(req, ALB_LAMBDA_RESPONSE_LIMIT);
  if (body === undefined) return sendElbError(res, 413, trace);
  req.headers[PIK_HEADERS.trace] = trace;
  const event = albLambdaEvent(req, body, group.arn, group.config.multiValueHeaders === true);
  const functionId = target.functionId as string;
  let result: LambdaInvocationResult;
  try {
    // ELB forwards an NLB's health check like any request; the runtime is told what it is.
    const healthCheck = req.headers['user-agent'] === ELB_HEALTH_CHECK_USER_AGENT;
    result = await invoke(functionId, event, { healthCheck });
  } catch {
    return sendElbError(res, 502, trace);
  }
  const answer = result.functionError ? undefined : readAlbLambdaResult(result.payload);
  if (!answer) return sendElbError(res, 502, trace);
  const headers = answer.headers;
  if (result.extraHeaders) for (const k in result.extraHeaders) headers[k] = result.extraHeaders[k];
  if (headers[PIK_HEADERS.trace] === undefined) headers[PIK_HEADERS.trace] = trace;
  headers['content-length'] = answer.body.length;
  delete headers['transfer-encoding'];
  if (answer.statusMessage) res.writeHead(answer.statusCode, answer.statusMessage, headers);
  else res.writeHead(answer.statusCode, headers);
  res.end(answer.body);
}
