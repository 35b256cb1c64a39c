import fc from 'fast-check';
import { checkUniqueIds, describeCheck } from './verify';
import { aRecord } from '../testing/fixtures/export-records';

describe('export check', () => {
  it('passes records with unique ids through unchanged and says so', () => {
    const records = [aRecord(), aRecord(), aRecord()];
    const check = checkUniqueIds(records);
    expect(check).toEqual({ records, received: 3, duplicateIds: [] });
    expect(describeCheck({ check, written: 3 })).toEqual({
      ok: true,
      message: 'Wrote 3 records; every id is unique and none was skipped.',
    });
  });

  it('writes a duplicated id once and warns that the log changed', () => {
    const a = aRecord();
    const b = aRecord();
    const check = checkUniqueIds([a, b, { ...a }, a]);
    expect(check.records).toEqual([a, b]);
    expect(check.duplicateIds).toEqual([a.id]);
    const said = describeCheck({ check, written: 2 });
    expect(said.ok).toBe(false);
    expect(said.message).toMatch(/1 id\(s\) arrived twice.*changed during the export/);
  });

  it('warns when the file holds fewer records than were received', () => {
    const check = checkUniqueIds([aRecord(), aRecord()]);
    expect(describeCheck({ check, written: 1 })).toEqual({
      ok: false,
      message: 'Wrote 1 record but received 2. Export again.',
    });
  });

  it('keeps exactly one record per id, in first-seen order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 40 }), (ids) => {
        const { records, duplicateIds } = checkUniqueIds(ids.map((id) => aRecord({ id })));
        expect(records.map((record) => record.id)).toEqual([...new Set(ids)]);
        expect(new Set(duplicateIds)).toEqual(
          new Set(ids.filter((id, index) => ids.indexOf(id) !== index)),
        );
      }),
    );
  });
});
