// Cursor and page-size handling shared by every connection.
import { badUserInput } from '../../graphql/errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE): number {
  if (first === null || first === undefined) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput('first', `must be between 1 and ${max}, got ${first}`);
  }
  return first;
}

export function encodeCursor(key: string | number): string {
  return Buffer.from(`cursor:${key}`, 'utf8').toString('base64url');
}

/** The key inside a cursor we issued; anything else is a BAD_USER_INPUT on `after`. */
export function decodeCursor(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  if (!decoded.startsWith('cursor:') || decoded.length <= 7) {
    throw badUserInput('after', 'is not a cursor returned by this connection');
  }
  return decoded.slice(7);
}

export function decodeIntCursor(after: string | null | undefined): number | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  if (!/^\d{1,10}$/.test(key)) throw badUserInput('after', 'is not a cursor returned by this connection');
  return Number(key);
}
