import { randomBytes, randomUUID } from 'node:crypto';

/** REST `x-amzn-RequestId`: a UUID. */
export function restRequestId(): string {
  return randomUUID();
}

const seed = randomBytes(8);
let counter = 0;

/**
 * HTTP API `apigw-requestid`: 16 base64 characters like `Mc7UVioPPHcEKPA=` (11 bytes: a per-process random
 * prefix and a counter, so ids are unique without drawing randomness per request).
 */
export function httpRequestId(): string {
  const buf = Buffer.allocUnsafe(11);
  seed.copy(buf, 0);
  counter = (counter + 1) & 0xffffff;
  buf.writeUIntBE(counter, 8, 3);
  return buf.toString('base64');
}

/** The response header carrying the request id: REST `x-amzn-RequestId`, HTTP API `apigw-requestid`. */
export function requestIdHeader(kind: 'http' | 'rest'): string {
  return kind === 'rest' ? 'x-amzn-RequestId' : 'apigw-requestid';
}
