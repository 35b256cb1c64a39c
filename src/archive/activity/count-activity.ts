/**
 * Every matching record of the archive counted per local day and category in one GROUP BY, without time-zone tables:
 * the range is cut where the zone's offset changes, and each record's day is (created + its piece's offset) DIV one
 * day. Searches without text read the narrow facets index only; text scans the record rows, as searchAudit does.
 */
import { z } from 'zod';
import { dayOfNumber, DAY_MS, offsetPieces, type OffsetPiece } from '../../domain/zone-days';
import type { DayCounts } from '../../domain/activity-buckets';
import type { ArchiveDb, SqlParam } from '../archive-db';
import { placeholders } from '../insert-rows';
import { searchFilter, type SearchScope } from '../search/search-filter';

const groupRow = z.object({ d: z.number().int(), c: z.number().int(), n: z.number().int() });
const nameRow = z.object({ ref: z.number().int(), value: z.string() });

/** The offset each record gets: a CASE over the pieces' starts (one constant when the offset never changes). */
const offsetOf = (pieces: readonly OffsetPiece[], params: SqlParam[]): string => {
  if (pieces.length === 1) {
    params.push(pieces[0]!.offsetMs);
    return '?';
  }
  const cases = pieces.slice(1).map((piece, index) => {
    params.push(piece.start, pieces[index]!.offsetMs);
    return 'WHEN r.created < ? THEN ?';
  });
  params.push(pieces.at(-1)!.offsetMs);
  return `CASE ${cases.join(' ')} ELSE ? END`;
};

export interface ActivityCounts {
  readonly days: DayCounts;
  readonly total: number;
}

/**
 * The counts of `scope` over [from, to] (epoch ms, the range its records lie in) in `timezone`; undefined when they
 * would take more than `maxRows` day × category rows (a response Forge SQL might refuse).
 */
export const countActivity = async (
  db: ArchiveDb,
  scope: SearchScope,
  { timezone, from, to, maxRows }: { timezone: string; from: number; to: number; maxRows: number },
): Promise<ActivityCounts | undefined> => {
  const filter = searchFilter(scope);
  const params: SqlParam[] = [];
  const offset = offsetOf(offsetPieces(timezone, from, Math.max(from, to)), params);
  const rows = await db.rows(
    `SELECT (r.created + ${offset}) DIV ${DAY_MS} AS d, r.category_ref AS c, COUNT(*) AS n
     FROM ${filter.from} WHERE ${filter.where} GROUP BY d, c LIMIT ?`,
    [...params, ...filter.params, maxRows + 1],
    groupRow,
  );
  if (rows.length > maxRows) return undefined;
  const refs = [...new Set(rows.map((row) => row.c))];
  const names = new Map(
    refs.length === 0
      ? []
      : (
          await db.rows(
            `SELECT ref, value FROM archive_value WHERE ref IN (${placeholders(refs.length)})`,
            refs,
            nameRow,
          )
        ).map((row) => [row.ref, row.value]),
  );
  const days = new Map<string, Map<string, number>>();
  let total = 0;
  for (const { d, c, n } of rows) {
    const day = dayOfNumber(d);
    const perCategory = days.get(day) ?? new Map<string, number>();
    const category = names.get(c) ?? '';
    perCategory.set(category, (perCategory.get(category) ?? 0) + n);
    days.set(day, perCategory);
    total += n;
  }
  return { days, total };
};
