/**
 * The exact total and the facets of a search. One GROUP BY over (author, category, object type) usually yields
 * all three facets and the total from a single scan; a search matching more combinations than the setting allows
 * is counted with one GROUP BY per facet instead. Names come from the dictionaries for the entries shown only.
 */
import { z } from 'zod';
import { FACET_SIZE, type SearchFacets } from '../../contract';
import { SYSTEM_AUTHOR } from '../../domain/archive-search';
import { topCounts } from '../../domain/facet-order';
import type { ArchiveDb } from '../archive-db';
import { placeholders } from '../insert-rows';
import { searchFilter, type SearchScope } from './search-filter';

export type Counts = Map<number, number>;
export type FacetCounts = Record<'a' | 'c' | 't', Counts>;
const comboRow = z.object({
  a: z.number().int(),
  c: z.number().int(),
  t: z.number().int(),
  n: z.number().int(),
});
const groupRow = z.object({
  facet: z.enum(['a', 'c', 't']),
  ref: z.number().int(),
  n: z.number().int(),
});
const labelRow = z.object({
  kind: z.enum(['a', 'v']),
  ref: z.number().int(),
  value: z.string(),
  display_name: z.string().nullable(),
});

export const addCount = (counts: Counts, ref: number, n: number) =>
  counts.set(ref, (counts.get(ref) ?? 0) + n);

export const emptyFacetCounts = (): FacetCounts => ({ a: new Map(), c: new Map(), t: new Map() });

const countFacets = async (
  db: ArchiveDb,
  scope: SearchScope,
  combinations: number,
): Promise<FacetCounts> => {
  const { from, where, params } = searchFilter({ ...scope, after: undefined });
  const facets = emptyFacetCounts();
  const combos = await db.rows(
    `SELECT r.author_ref AS a, r.category_ref AS c, r.object_type_ref AS t, COUNT(*) AS n FROM ${from}
     WHERE ${where} GROUP BY r.author_ref, r.category_ref, r.object_type_ref LIMIT ?`,
    [...params, combinations + 1],
    comboRow,
  );
  if (combos.length <= combinations) {
    for (const { a, c, t, n } of combos) {
      addCount(facets.a, a, n);
      addCount(facets.c, c, n);
      addCount(facets.t, t, n);
    }
    return facets;
  }
  const group = (facet: string, column: string) =>
    `SELECT '${facet}' AS facet, ${column} AS ref, COUNT(*) AS n FROM ${from} WHERE ${where} GROUP BY ${column}`;
  const rows = await db.rows(
    [
      group('a', 'r.author_ref'),
      group('c', 'r.category_ref'),
      group('t', 'r.object_type_ref'),
    ].join(' UNION ALL '),
    [...params, ...params, ...params],
    groupRow,
  );
  for (const { facet, ref, n } of rows) addCount(facets[facet], ref, n);
  return facets;
};

/** Refs that can reach the top: the FACET_SIZE largest counts and every tie with the last of them. */
const contenders = (counts: Counts): number[] => {
  const sorted = [...counts].sort((x, y) => y[1] - x[1]);
  const floor = sorted[FACET_SIZE - 1]?.[1] ?? 0;
  return sorted.filter(([, n]) => n >= floor).map(([ref]) => ref);
};

export const readFacets = async (
  db: ArchiveDb,
  scope: SearchScope,
  combinations: number,
): Promise<{ total: number; facets: SearchFacets }> =>
  nameFacets(db, await countFacets(db, scope, combinations));

/** The total and the three facet lists of `counts`, named from the dictionaries. */
export const nameFacets = async (
  db: ArchiveDb,
  counts: FacetCounts,
): Promise<{ total: number; facets: SearchFacets }> => {
  const total = [...counts.c.values()].reduce((sum, n) => sum + n, 0);
  const authorRefs = contenders(counts.a).filter((ref) => ref !== 0);
  const valueRefs = [...new Set([...contenders(counts.c), ...contenders(counts.t)])].filter(
    (ref) => ref !== 0,
  );
  const labels =
    authorRefs.length + valueRefs.length === 0
      ? []
      : await db.rows(
          [
            ...(authorRefs.length > 0
              ? [
                  `SELECT 'a' AS kind, ref, account_id AS value, display_name FROM archive_author WHERE ref IN (${placeholders(authorRefs.length)})`,
                ]
              : []),
            ...(valueRefs.length > 0
              ? [
                  `SELECT 'v' AS kind, ref, value, NULL AS display_name FROM archive_value WHERE ref IN (${placeholders(valueRefs.length)})`,
                ]
              : []),
          ].join(' UNION ALL '),
          [...authorRefs, ...valueRefs],
          labelRow,
        );
  const label = (kind: 'a' | 'v', ref: number) =>
    labels.find((row) => row.kind === kind && row.ref === ref);
  const values = (facet: Counts) =>
    topCounts(
      contenders(facet)
        .filter((ref) => ref !== 0) // records without objectItem have no object type
        .map((ref) => ({ value: label('v', ref)?.value ?? '', count: facet.get(ref)! })),
      FACET_SIZE,
    );
  const authors = topCounts(
    contenders(counts.a).map((ref) => {
      const row = ref === 0 ? undefined : label('a', ref);
      return {
        value: row?.value ?? SYSTEM_AUTHOR,
        displayName: row?.display_name,
        count: counts.a.get(ref)!,
      };
    }),
    FACET_SIZE,
  ).map(({ value, displayName, count }) =>
    displayName == null ? { accountId: value, count } : { accountId: value, displayName, count },
  );
  return {
    total,
    facets: { authors, categories: values(counts.c), objectTypes: values(counts.t) },
  };
};
