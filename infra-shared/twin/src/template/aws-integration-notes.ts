/**
 * What the twin does differently for AWS service integrations, listed at start-up by logical id: the
 * integration's credentials role is not enforced, and streams declared with encryption are kept
 * unencrypted. Also methods whose IAM authorization is not checked.
 */
import type { ApiSpec, NotEmulated, StreamSpec } from './topology.js';

export function awsIntegrationNotes(api: ApiSpec, streams: readonly StreamSpec[]): NotEmulated[] {
  const type = 'AWS::ApiGateway::Method';
  const notes: NotEmulated[] = [];
  for (const r of api.routes) {
    const credentials = r.integration.type === 'AWS' ? r.integration.credentials : undefined;
    if (!credentials) continue;
    notes.push({
      logicalId: r.id,
      type,
      reason: `${r.id} (${r.method} ${r.path}): the AWS integration's credentials role ${credentials} is not enforced`,
    });
  }
  for (const s of streams.filter((x) => x.encrypted)) {
    notes.push({
      logicalId: s.id,
      type: 'AWS::Kinesis::Stream',
      reason: `${s.id}: stream encryption (KMS) is not emulated; kinesalite keeps records unencrypted in memory`,
    });
  }
  return notes;
}

/** Methods with `AuthorizationType: AWS_IAM`: the twin lets them through without checking a signature. */
export function iamAuthorizationNotes(api: ApiSpec): NotEmulated[] {
  return api.routes
    .filter((r) => r.authorizationType === 'AWS_IAM')
    .map((r) => ({
      logicalId: r.id,
      type: api.flavour === 'rest' ? 'AWS::ApiGateway::Method' : 'AWS::ApiGatewayV2::Route',
      reason: `${r.id} (${r.method} ${r.path}): IAM authorization (SigV4) is not checked; unsigned requests pass`,
    }));
}
