import { createMockJira } from './create-mock-jira';
import { rawRecord, rawRecords } from './record-factory';
import type { RawAuditRecord } from './types';

type AuditBody = { offset: number; limit: number; total: number; records: RawAuditRecord[] };

const get = async (
  records: RawAuditRecord[],
  query: string,
): Promise<{ status: number; body: AuditBody }> => {
  const jira = createMockJira({ records });
  const response = await jira.fetch({ provider: 'user' }, `/rest/api/3/auditing/record?${query}`);
  return { status: response.status, body: (await response.json()) as AuditBody };
};

const ids = (body: AuditBody) => body.records.map((record) => record.id);

describe('mock Jira audit records: filter', () => {
  const records = [
    rawRecord({ id: 1, summary: 'User added to group', category: 'group management' }),
    rawRecord({
      id: 2,
      summary: 'Project created',
      category: 'projects',
      objectItem: { name: 'Mobile', typeName: 'PROJECT' },
    }),
    rawRecord({
      id: 3,
      summary: 'Workflow updated',
      category: 'workflows',
      remoteAddress: '10.1.2.3',
    }),
    rawRecord({
      id: 4,
      summary: 'User updated',
      category: 'user management',
      changedValues: [
        { fieldName: 'Email', changedFrom: 'old@EXAMPLE.com', changedTo: 'new@example.com' },
      ],
    }),
    rawRecord({
      id: 5,
      summary: 'Group created',
      category: 'group management',
      objectItem: { name: 'ug:2281b112', typeName: 'GROUP', parentName: 'Jira Internal Directory' },
    }),
    rawRecord({
      id: 6,
      summary: 'Custom field created',
      category: 'fields',
      eventSource: 'Jira Connect Plugin',
      description: 'secret words',
    }),
  ];

  it.each([
    ['the docs example: every term matches some field', 'man ed', [1, 4, 5]],
    ['case-insensitive', 'PROJECT', [2]],
    ['objectItem.typeName', 'group', [1, 5]],
    ['objectItem.parentName', 'internal', [5]],
    ['changedFrom', 'old@example', [4]],
    ['changedTo', 'new@', [4]],
    ['remoteAddress', '10.1.2', [3]],
    ['eventSource', 'connect', [6]],
    ['description is not searched', 'secret', []],
    ['every term must match', 'workflow mobile', []],
    ['terms split on any whitespace', '  user \t updated ', [4]],
    ['nothing matches', 'zzz', []],
  ])('%s (%j)', async (_name, filter, expected) => {
    const { body } = await get(records, new URLSearchParams({ filter }).toString());
    expect(ids(body).sort()).toEqual([...expected].sort());
  });

  it('reports the unfiltered site total even when nothing matches', async () => {
    const { body } = await get(records, 'filter=zzz');
    expect(body.records).toEqual([]);
    expect(body.total).toBe(records.length);
  });
});

describe('mock Jira audit records: dates', () => {
  const records = rawRecords(5); // 12:00, 11:59, ... 11:56 UTC on 2026-11-24

  it.each([
    ['inclusive bounds', '2026-11-24T11:57:00.000Z', '2026-11-24T11:59:00.000Z', 3],
    ['offset with colon', '2026-11-24T12:57:00+01:00', '2026-11-24T12:59:00+01:00', 3],
    [
      'offset without colon (Jira style)',
      '2026-11-24T11:57:00.000+0000',
      '2026-11-24T11:59:00.000+0000',
      3,
    ],
    ['from equal to to', '2026-11-24T11:58:00.000Z', '2026-11-24T11:58:00.000Z', 1],
    ['from after to', '2026-11-24T11:59:00.000Z', '2026-11-24T11:57:00.000Z', 0],
    ['no offset matches nothing', '2026-11-24T11:57:00', '2026-11-24T11:59:00', 0],
    ['date only matches nothing', '2026-11-24', '2026-11-25', 0],
    ['garbage matches nothing', 'yesterday', 'today', 0],
  ])('%s', async (_name, from, to, count) => {
    const { status, body } = await get(records, new URLSearchParams({ from, to }).toString());
    expect(status).toBe(200);
    expect(body.records).toHaveLength(count);
  });
});

describe('mock Jira audit records: paging', () => {
  const records = rawRecords(1500);

  it('serves newest first', async () => {
    const { body } = await get([...records].reverse(), 'limit=3');
    expect(body.records.map((record) => record.created)).toEqual(
      records.slice(0, 3).map((record) => record.created),
    );
  });

  it.each([
    [0, 1000],
    [-5, 1000],
    [1001, 1000],
    [5000, 1000],
    [1000, 1000],
    [7, 7],
  ])('limit %i is served as %i and echoed as asked', async (limit, served) => {
    const { body } = await get(records, `limit=${limit}`);
    expect(body.records).toHaveLength(served);
    expect(body.limit).toBe(limit);
  });

  it('defaults to 1000 records', async () => {
    const { body } = await get(records, '');
    expect(body.records).toHaveLength(1000);
    expect(body.limit).toBe(1000);
  });

  it('skips offset records', async () => {
    const { body } = await get(records, 'offset=1498&limit=5');
    expect(ids(body)).toEqual(records.slice(1498).map((record) => record.id));
    expect(body.offset).toBe(1498);
  });

  it('rejects a non-numeric limit with 400', async () => {
    const { status } = await get(records, 'limit=ten');
    expect(status).toBe(400);
  });
});
