import fc from 'fast-check';
import { archivedFrom, lowerReach, upperCovered, upperTarget } from './archive-coverage';

const reach = (over: Partial<Parameters<typeof lowerReach>[1]> = {}) => ({
  complete: false,
  keepFrom: 0,
  ...over,
});

describe('lowerReach', () => {
  it.each<[string, number | undefined, Parameters<typeof lowerReach>[1], string]>([
    ['an empty archive', 100, reach(), 'missing'],
    ['a backfill past `from`', 100, reach({ oldest: 50 }), 'covered'],
    [
      'a backfill that stopped at `from` itself (ties may be unread)',
      100,
      reach({ oldest: 100 }),
      'missing',
    ],
    ['a backfill not yet at `from`', 100, reach({ oldest: 150 }), 'missing'],
    ['an open start while backfilling', undefined, reach({ oldest: 1 }), 'missing'],
    [
      'a finished backfill that kept everything',
      undefined,
      reach({ oldest: 7, complete: true }),
      'covered',
    ],
    [
      'a finished backfill, `from` inside what it keeps',
      500,
      reach({ oldest: 600, complete: true, keepFrom: 400 }),
      'covered',
    ],
    [
      'a finished backfill, `from` before what it keeps',
      300,
      reach({ oldest: 600, complete: true, keepFrom: 400 }),
      'ask-jira',
    ],
    [
      'a finished backfill, open start, retention cut',
      undefined,
      reach({ complete: true, keepFrom: 400 }),
      'ask-jira',
    ],
  ])('%s', (_name, from, state, expected) => {
    expect(lowerReach(from, state)).toBe(expected);
  });

  it('never says covered while a record at or after `from` is not archived (a backfill read newest first, ties included)', () => {
    fc.assert(
      fc.property(
        // Jira's log: creation times with many ties, newest first as Jira serves it.
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 0, max: 6 }),
        fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }),
        (times, read, keepFrom, from) => {
          const log = times
            .map((created, id) => ({ created, id }))
            .sort((a, b) => b.created - a.created || b.id - a.id);
          const window = log.filter((record) => record.created >= keepFrom);
          const archived = window.slice(0, read);
          const complete = read >= window.length;
          const oldest =
            archived.length > 0 ? Math.min(...archived.map((r) => r.created)) : undefined;
          const state = { oldest, complete, keepFrom };
          if (lowerReach(from, state) !== 'covered') return;
          const wanted = window.filter((record) => from === undefined || record.created >= from);
          expect(archived).toEqual(expect.arrayContaining(wanted));
          expect(archivedFrom(state)).toBeLessThanOrEqual(from ?? 0);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('upper end', () => {
  const NOW = 1_000_000;
  it.each<[string, number | undefined, number | undefined, number, boolean]>([
    ['no mark yet', undefined, undefined, 60_000, false],
    ['a mark past `to`', NOW - 5_000, NOW - 1_000, 0, true],
    ['a mark exactly at `to`', NOW - 5_000, NOW - 5_000, 0, true],
    ['a mark before `to`, exact reads', NOW - 5_000, NOW - 5_001, 0, false],
    ['a mark before `to` but under a minute old', NOW - 5_000, NOW - 59_999, 60_000, true],
    ['an open end and a mark a minute old', undefined, NOW - 60_000, 60_000, false],
    ['a future end and a mark at now', NOW + 86_400_000, NOW, 0, true],
  ])('%s', (_name, to, mark, freshMs, expected) => {
    expect(upperCovered(to, NOW, mark, freshMs)).toBe(expected);
  });

  it('aims at `to`, never past now', () => {
    expect(upperTarget(undefined, NOW)).toBe(NOW);
    expect(upperTarget(NOW + 1, NOW)).toBe(NOW);
    expect(upperTarget(NOW - 1, NOW)).toBe(NOW - 1);
  });
});
