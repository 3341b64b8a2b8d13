import type { MappingRequest } from '../../../../src/dataplane/gateway/mapping/index.js';

/** A method request as the mapping engine sees it: `POST /prod/pets/7?q=1` unless told otherwise. */
export function mappingRequest(
  overrides: Partial<MappingRequest> & { bodyText?: string } = {},
): MappingRequest {
  const { bodyText, ...rest } = overrides;
  return {
    apiId: 'abcd1234',
    stage: 'prod',
    requestId: 'abcdefg-000-000-0000-abcdefg',
    method: 'POST',
    path: '/pets/7',
    resourcePath: '/pets/{petId}',
    pathParameters: { petId: '7' },
    rawQueryString: 'q=1',
    headers: { 'content-type': 'application/json', 'user-agent': 'curl/7.84.0', host: 'api.example.com' },
    body: Buffer.from(bodyText ?? ''),
    sourceIp: '192.0.2.1',
    requestTimeEpoch: Date.UTC(2026, 11, 7, 12, 31, 50),
    ...rest,
  };
}
