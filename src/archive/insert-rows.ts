/** Multi-row INSERTs cut to Forge SQL's 1 MiB request limit: the statement's affected rows, summed. */
import type { ArchiveDb, SqlParam } from './archive-db';

// Well under 1 MiB of JSON, leaving room for the statement text and JSON escaping of unusual characters.
const MAX_PARAM_BYTES = 384 * 1024;
const MAX_ROWS = 1000;

const paramBytes = (row: readonly SqlParam[]): number =>
  row.reduce<number>(
    (sum, value) => sum + (typeof value === 'string' ? value.length * 2 : 12) + 1,
    0,
  );

/** Runs `${head} ${tuple}, ${tuple}, … ${tail}` over `rows` in as few statements as the limits allow. */
export const insertRows = async (
  db: ArchiveDb,
  head: string,
  tuple: string,
  rows: readonly (readonly SqlParam[])[],
  tail = '',
): Promise<number> => {
  let affected = 0;
  let batch: (readonly SqlParam[])[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    affected += await db.run(
      `${head} ${batch.map(() => tuple).join(', ')} ${tail}`.trim(),
      batch.flat(),
    );
    batch = [];
    bytes = 0;
  };
  for (const row of rows) {
    const size = paramBytes(row);
    if (batch.length > 0 && (bytes + size > MAX_PARAM_BYTES || batch.length >= MAX_ROWS))
      await flush();
    batch.push(row);
    bytes += size;
  }
  await flush();
  return affected;
};

/** `(?, ?, …)` lists for IN clauses. */
export const placeholders = (count: number, each = '?'): string =>
  Array.from({ length: count }, () => each).join(', ');
