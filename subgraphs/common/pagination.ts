import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, 'first');
  }
  return first;
}

/** Cursors are opaque to clients: the sort key of the last row, base64url-encoded. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

/** The shapes of the sort keys cursors carry: a forged cursor with anything else never reaches SQL. */
export const sortKey = {
  uuid: /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/,
  seq: /^[1-9]\d{0,15}$/,
  code: /^[A-Z]+\d+$/,
};

export function decodeCursor(cursor: string | null | undefined, shape: RegExp): string | null {
  if (cursor == null) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!shape.test(key) || encodeCursor(key) !== cursor) throw badUserInput('after is not a cursor this API returned', 'after');
  return key;
}

/** A repository's page as a GraphQL connection: its rows, whether more follow, and the cursor after the last. */
export function toConnection<P extends { rows: unknown[]; hasNextPage: boolean }>(page: P, sortKeyOf: (row: P['rows'][number]) => string) {
  const { rows, hasNextPage, ...rest } = page;
  const last = rows[rows.length - 1];
  return { ...rest, nodes: rows as P['rows'], pageInfo: { hasNextPage, endCursor: last ? encodeCursor(sortKeyOf(last)) : null } };
}
