/**
 * The AWS service actions a REST `Type: AWS` integration names in its URI
 * (`arn:aws:apigateway:{region}:{service}:action/{Action}`), and which of them the twin runs against its
 * local emulators: Kinesis (kinesalite) and DynamoDB (dynalite) speak the same JSON protocol as AWS, so the
 * rendered request body goes to them unchanged with the action in `X-Amz-Target`.
 */

/** One emulated service: how its JSON protocol names actions, and the actions the twin sends it. */
export interface EmulatedService {
  /** `X-Amz-Target` prefix (`Kinesis_20131202`). */
  readonly targetPrefix: string;
  readonly contentType: string;
  readonly actions: ReadonlySet<string>;
}

export type EmulatedServiceName = 'kinesis' | 'dynamodb';

export const EMULATED_SERVICES: Readonly<Record<EmulatedServiceName, EmulatedService>> = {
  kinesis: {
    targetPrefix: 'Kinesis_20131202',
    contentType: 'application/x-amz-json-1.1',
    actions: new Set(['PutRecord', 'PutRecords', 'DescribeStreamSummary']),
  },
  dynamodb: {
    targetPrefix: 'DynamoDB_20120810',
    contentType: 'application/x-amz-json-1.0',
    actions: new Set(['PutItem', 'GetItem', 'Query']),
  },
};

/** Services an AWS integration may name that the twin knows and says it does not emulate, with why. */
const NOT_EMULATED_SERVICES: Readonly<Record<string, string>> = {
  sqs: 'SQS is not emulated (no maintained SQS emulator on npm runs on Node.js 20)',
  // `LambdaIntegration({ proxy: false })`: Type AWS with `lambda:path/2015-03-31/functions/<arn>/invocations`.
  lambda:
    "Lambda non-proxy (custom) integrations are not emulated; Lambda proxy integrations (AWS_PROXY, the default of CDK's LambdaIntegration) are",
};

/** What an integration URI names: the service and the action. */
export interface ServiceAction {
  readonly service: string;
  readonly action: string;
}

/** `arn:aws:apigateway:{region}:{service}:{action|path}/{rest}` */
const SERVICE_URI = /^arn:[^:]+:apigateway:[^:]*:([^:]+):(action|path)\/(.+)$/;
const ACTION_NAME = /^[A-Za-z0-9]+$/;

/** The service and action of an `...:{service}:action/{Action}` URI; `undefined` for any other form. */
export function serviceActionOf(uri: string | undefined): ServiceAction | undefined {
  const [, service, form, action] = SERVICE_URI.exec(uri ?? '') ?? [];
  if (!service || form !== 'action' || !action || !ACTION_NAME.test(action)) return undefined;
  return { service: service.toLowerCase(), action };
}

/** The emulated service of an action the twin runs, or `undefined`. */
export function emulatedService(action: ServiceAction): EmulatedService | undefined {
  const service = EMULATED_SERVICES[action.service as EmulatedServiceName];
  return service?.actions.has(action.action) ? service : undefined;
}

/** Why the twin does not run the action this URI names (answered 500), or `undefined` when it does. */
export function serviceActionProblem(uri: string | undefined): string | undefined {
  const service = SERVICE_URI.exec(uri ?? '')?.[1]?.toLowerCase();
  const named = service ? NOT_EMULATED_SERVICES[service] : undefined;
  const action = serviceActionOf(uri);
  if (named) return `${service}:${action?.action ?? 'path'}: ${named}`;
  if (!action) {
    return `AWS integration URI ${uri ?? '(none)'} is not an action URI (arn:aws:apigateway:{region}:{service}:action/{Action}); path-style URIs are not emulated`;
  }
  if (emulatedService(action)) return undefined;
  const emulated = Object.entries(EMULATED_SERVICES)
    .map(([name, s]) => `${name} ${[...s.actions].join('/')}`)
    .join(', ');
  return `AWS service action ${action.service}:${action.action} is not emulated (emulated: ${emulated})`;
}
