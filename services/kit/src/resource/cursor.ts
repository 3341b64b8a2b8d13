import { HttpError } from '../http/errors.js';
import { ID_PATTERN, isId } from './ids.js';

/**
 * List cursors: `1.<last id>` (format version, then the last id of the page). The list is ordered by id,
 * so a cursor names where the next page starts and nothing else; any id-shaped value is a valid place to
 * start, which lets the schema state exactly which cursors are accepted (a base64 envelope could only be
 * checked by decoding it, so a schema-valid cursor could still be refused). Anything else is rejected
 * with 400 naming `cursor`, and never reaches DynamoDB as an ExclusiveStartKey.
 */
const PREFIX = '1.';
export const CURSOR_PATTERN = `^1\\.${ID_PATTERN.slice(1)}`;

export function encodeCursor(lastId: string): string {
  return `${PREFIX}${lastId}`;
}

export function decodeCursor(cursor: string): string {
  const id = cursor.startsWith(PREFIX) ? cursor.slice(PREFIX.length) : undefined;
  if (!isId(id)) {
    throw new HttpError(400, 'INVALID_CURSOR', 'cursor is not a cursor returned by this list', {
      field: 'cursor',
      location: 'querystring',
    });
  }
  return id;
}
