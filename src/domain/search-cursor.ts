/**
 * Keyset cursors over the archive's order (created desc, id desc): where the last page ended, the upper bound the
 * first page pinned, and which search they belong to. Opaque to the page; validated before any query.
 */

export interface SearchCursor {
  /** Epoch ms: the first page's upper bound; records created later never appear on later pages. */
  readonly pin: number;
  /** The last record returned: the next page starts strictly after it. */
  readonly created: number;
  readonly id: number;
  /** `searchFingerprint` of the search it belongs to. */
  readonly search: string;
}

const VERSION = 'a1';
const SHAPE = /^a1\.(\d{1,16})\.(\d{1,16})\.(\d{1,16})\.([0-9a-f]{16})$/;

export const encodeCursor = ({ pin, created, id, search }: SearchCursor): string =>
  Buffer.from(`${VERSION}.${pin}.${created}.${id}.${search}`, 'utf8').toString('base64url');

/** The cursor, or undefined when it is not one this app wrote. */
export const decodeCursor = (text: string): SearchCursor | undefined => {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(text)) return undefined;
  const match = SHAPE.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const [pin, created, id] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (![pin, created, id].every(Number.isSafeInteger) || created > pin) return undefined;
  // Base64 has more than one spelling of some strings: accept only the one encodeCursor writes.
  const cursor = { pin, created, id, search: match[4]! };
  return encodeCursor(cursor) === text ? cursor : undefined;
};
