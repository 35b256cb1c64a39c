import fc from 'fast-check';
import { aRecord } from '../testing/fixtures/export-records';
import { createIdCheck, describeCheck } from './verify';

describe('id check', () => {
  it('passes pages with unique ids through unchanged', () => {
    const check = createIdCheck();
    const first = [aRecord({ id: 3 }), aRecord({ id: 2 })];
    const second = [aRecord({ id: 1 })];
    expect(check.admit(first)).toEqual(first);
    expect(check.admit(second)).toEqual(second);
    expect([check.seen, check.dropped, check.duplicateIds]).toEqual([3, 0, []]);
  });

  it('lets a repeated id through once, across pages, and counts what it left out', () => {
    const check = createIdCheck();
    expect(check.admit([aRecord({ id: 5 }), aRecord({ id: 4 })]).map((r) => r.id)).toEqual([5, 4]);
    expect(
      check.admit([aRecord({ id: 4 }), aRecord({ id: 3 }), aRecord({ id: 4 })]).map((r) => r.id),
    ).toEqual([3]);
    expect([check.seen, check.dropped, check.duplicateIds]).toEqual([5, 2, [4]]);
  });

  it('keeps exactly one record per id, in first-seen order, however the ids are split into pages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (ids, pageSize) => {
          const check = createIdCheck();
          const kept: number[] = [];
          for (let start = 0; start < ids.length; start += pageSize) {
            const page = ids.slice(start, start + pageSize).map((id) => aRecord({ id }));
            kept.push(...check.admit(page).map((record) => record.id));
          }
          expect(kept).toEqual([...new Set(ids)]);
          expect(check.dropped).toBe(ids.length - new Set(ids).size);
          expect(new Set(check.duplicateIds)).toEqual(
            new Set(ids.filter((id, index) => ids.indexOf(id) !== index)),
          );
        },
      ),
    );
  });
});

describe('what the admin reads about the file', () => {
  it.each([
    [
      'every delivered record written once',
      { received: 3, written: 3, dropped: 0, duplicateIds: [] },
      { ok: true, message: 'Wrote 3 records; every id is unique and none was skipped.' },
    ],
    [
      'one record',
      { received: 1, written: 1, dropped: 0, duplicateIds: [] },
      { ok: true, message: 'Wrote 1 record; every id is unique and none was skipped.' },
    ],
    [
      'thousands',
      { received: 12345, written: 12345, dropped: 0, duplicateIds: [] },
      { ok: true, message: 'Wrote 12,345 records; every id is unique and none was skipped.' },
    ],
    [
      'the file holds fewer than the pages delivered',
      { received: 2, written: 1, dropped: 0, duplicateIds: [] },
      { ok: false, message: "Wrote 1 record but Jira's pages held 2 records. Export again." },
    ],
    [
      'the file holds more than the pages delivered',
      { received: 2, written: 3, dropped: 0, duplicateIds: [] },
      { ok: false, message: "Wrote 3 records but Jira's pages held 2 records. Export again." },
    ],
    [
      'a repeated id written once',
      { received: 4, written: 2, dropped: 2, duplicateIds: [7] },
      {
        ok: false,
        message:
          'Wrote 2 records. 1 id(s) arrived twice and were written once: the audit log changed during the export, so a record may also be missing. Export again to be sure.',
      },
    ],
  ])('%s', (_, counts, expected) => {
    expect(describeCheck(counts)).toEqual(expected);
  });
});
