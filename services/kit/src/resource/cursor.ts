import { HttpError } from '../http/errors.js';
import { isId } from './ids.js';

/**
 * List cursors are opaque to clients: base64url of `{"v":1,"id":"<last id>"}`. Anything else is rejected
 * with 400 naming `cursor`, so a tampered cursor never reaches DynamoDB as an ExclusiveStartKey.
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ v: 1, id: lastId })).toString('base64url');
}

const base64url = /^[A-Za-z0-9_-]+$/;

export function decodeCursor(cursor: string): string {
  const invalid = () =>
    new HttpError(400, 'INVALID_CURSOR', 'cursor is not a cursor returned by this list', {
      field: 'cursor',
      location: 'querystring',
    });
  if (!base64url.test(cursor) || cursor.length > 200) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!decoded || typeof decoded !== 'object' || Array.isArray(decoded)) throw invalid();
  const { v, id, ...rest } = decoded as Record<string, unknown>;
  if (v !== 1 || !isId(id) || Object.keys(rest).length > 0) throw invalid();
  return id;
}
