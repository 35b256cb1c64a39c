import { generateAuditLog } from './generate-audit-log';
import { createdMs } from './jira-date';

const options = {
  count: 2000,
  seed: 42,
  end: new Date('2026-11-24T12:00:00Z'),
  spanDays: 90,
  authorCount: 60,
};
const { records, users } = generateAuditLog(options);

describe('generated audit log', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateAuditLog(options)).toEqual({ records, users });
    expect(generateAuditLog({ ...options, seed: 43 }).records).not.toEqual(records);
  });

  it('has the requested counts', () => {
    expect(records).toHaveLength(2000);
    expect(users).toHaveLength(60);
    expect(new Set(users.map((user) => user.accountId)).size).toBe(60);
  });

  it('is newest first, inside the span, with ids rising with time', () => {
    const times = records.map((record) => createdMs(record.created));
    const end = options.end.getTime();
    times.forEach((time, index) => {
      expect(time).toBeLessThanOrEqual(end);
      expect(time).toBeGreaterThanOrEqual(end - 90 * 86_400_000);
      if (index > 0) {
        expect(time).toBeLessThanOrEqual(times[index - 1]!);
        expect(records[index]!.id).toBeLessThan(records[index - 1]!.id);
      }
    });
  });

  it("writes created in Jira's format", () => {
    records.forEach((record) =>
      expect(record.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/),
    );
  });

  it('has the optional-field variety real logs have', () => {
    const system = records.filter((record) => record.authorAccountId === undefined);
    expect(system.length).toBeGreaterThan(0);
    system.forEach((record) => expect(record.remoteAddress).toBeUndefined());
    expect(records.filter((record) => record.eventSource === '').length).toBeGreaterThan(
      records.length / 2,
    );
    expect(records.some((record) => record.eventSource === undefined)).toBe(true);
    expect(records.some((record) => record.description !== undefined)).toBe(true);
    expect(records.some((record) => record.changedValues === undefined)).toBe(true);
    expect(records.some((record) => record.associatedItems === undefined)).toBe(true);
    expect(
      records.some((record) =>
        record.changedValues?.some((change) => change.changedFrom === undefined),
      ),
    ).toBe(true);
    expect(records.some((record) => record.authorKey !== undefined)).toBe(true);
    expect(
      records.some(
        (record) => record.objectItem?.typeName === 'GROUP' && record.objectItem.id === undefined,
      ),
    ).toBe(true);
    expect(records.some((record) => record.objectItem?.name?.startsWith('ug:'))).toBe(true);
  });

  it('holds unicode names and values that break naive escaping', () => {
    const text = JSON.stringify({ records, users });
    ['Zoë Ångström', '日本語プロジェクト', '&', '=', '#', '%', ',', '\\"', '\\n'].forEach(
      (fragment) => expect(text).toContain(fragment),
    );
  });

  it('uses the categories real sites show', () => {
    const categories = new Set(records.map((record) => record.category));
    [
      'user management',
      'group management',
      'projects',
      'fields',
      'workflows',
      'permissions',
      'system',
    ].forEach((category) => expect(categories).toContain(category));
  });

  it('authors records only with generated users', () => {
    const ids = new Set(users.map((user) => user.accountId));
    records.forEach((record) => {
      if (record.authorAccountId !== undefined) expect(ids.has(record.authorAccountId)).toBe(true);
    });
    expect(
      new Set(records.map((record) => record.authorAccountId).filter(Boolean)).size,
    ).toBeGreaterThan(50);
  });
});
