/** searchAudit through `handler` as Forge calls it, over an archive the real syncArchive filled (archive-contract.md). */
import { searchAuditResultSchema, type SearchAuditSuccess } from '../contract';
import { useArchiveHost } from '../archive/testing/archive-host';
import { mockUser, rawRecord, type RawAuditRecord } from '../testing/mock-jira';

const ann = mockUser(1, { displayName: 'Ann' });
const bob = mockUser(2, { displayName: 'Bob' });
const ghost = '712020:ghost-not-in-jira';
const at = (minute: number) => `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000+0000`;

// Hand-written: each filter below has its matches worked out from this table, not by the app.
const LOG: RawAuditRecord[] = [
  rawRecord({
    id: 1,
    created: at(1),
    summary: 'Group created',
    category: 'group management',
    objectItem: { name: 'jira-admins', typeName: 'GROUP' },
  }),
  rawRecord({
    id: 2,
    created: at(2),
    summary: 'User added to group',
    category: 'group management',
    authorAccountId: ann.accountId,
    remoteAddress: '10.1.2.3',
    objectItem: { name: 'jira-admins', typeName: 'GROUP' },
    associatedItems: [{ id: 'ug:aa', name: 'ug:aa', typeName: 'USER' }],
  }),
  rawRecord({
    id: 3,
    created: at(3),
    summary: 'Project created',
    category: 'projects',
    authorAccountId: bob.accountId,
    remoteAddress: '10.1.9.9',
    objectItem: { id: '10001', name: 'Payments 50%_off', typeName: 'PROJECT' },
  }),
  rawRecord({
    id: 4,
    created: at(4),
    summary: 'Permission scheme added to project',
    category: 'permissions',
    authorAccountId: ann.accountId,
    remoteAddress: '2001:db8::7',
    objectItem: { id: '10001', name: 'Payments 50%_off', typeName: 'PROJECT' },
    associatedItems: [{ id: '100', name: 'Payments scheme', typeName: 'SCHEME' }],
  }),
  rawRecord({
    id: 5,
    created: at(5),
    summary: 'Permission scheme updated',
    category: 'Permissions',
    authorAccountId: ghost,
    remoteAddress: '::ffff:10.1.2.3',
    objectItem: { id: '100', name: 'Payments scheme', typeName: 'SCHEME' },
    changedValues: [{ fieldName: 'Grant', changedFrom: 'back\\slash', changedTo: 'C:\\Users' }],
  }),
  rawRecord({
    id: 6,
    created: at(6),
    summary: 'Project deleted',
    category: 'projects',
    authorAccountId: bob.accountId,
    remoteAddress: '192.168.0.1',
    objectItem: { id: '10002', name: '10001', typeName: 'PROJECT' },
  }),
  rawRecord({
    id: 7,
    created: at(7),
    summary: 'Workflow updated',
    category: 'workflows',
    authorAccountId: bob.accountId,
    remoteAddress: 'unknown',
    objectItem: { id: 'wf', name: 'wf', typeName: 'WORKFLOW' },
    changedValues: [{ fieldName: 'Name', changedTo: 'Ops_flow' }],
  }),
];

const host = useArchiveHost(() => ({ records: LOG, users: [ann, bob] }));

const search = async (payload: unknown): Promise<SearchAuditSuccess> => {
  const answer = await host.searchAudit(payload);
  expect(searchAuditResultSchema.safeParse(answer).success).toBe(true);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer;
};
const ids = async (payload: object) => {
  const answer = await search({ limit: 200, ...payload });
  expect(answer.total).toBe(answer.records.length);
  return answer.records.map((record) => record.id);
};

beforeEach(async () => {
  await host.syncUntilDone();
});

describe('searchAudit filters', () => {
  it.each<[string, object, number[]]>([
    ['nothing: every record, newest first', {}, [7, 6, 5, 4, 3, 2, 1]],
    [
      'from/to are inclusive',
      { from: '2026-11-24T10:02:00.000Z', to: '2026-11-24T11:04:00+01:00' },
      [4, 3, 2],
    ],
    ['authors', { authors: [ann.accountId] }, [4, 2]],
    ['"system" for records without an author', { authors: ['system'] }, [1]],
    ['authors OR "system"', { authors: ['system', bob.accountId] }, [7, 6, 3, 1]],
    ['an author Jira does not know', { authors: [ghost] }, [5]],
    ['categories are exact (case matters)', { categories: ['permissions'] }, [4]],
    ['categories OR', { categories: ['Permissions', 'workflows'] }, [7, 5]],
    ['object types', { objectTypes: ['PROJECT'] }, [6, 4, 3]],
    [
      'object by id: its objectItem or an associated item',
      { object: { typeName: 'SCHEME', id: '100' } },
      [5, 4],
    ],
    [
      'object by id, not by a name that looks like it',
      { object: { typeName: 'PROJECT', id: '10001' } },
      [4, 3],
    ],
    ['object by name when no id is given', { object: { typeName: 'PROJECT', name: '10001' } }, [6]],
    [
      'object by name of an item without id',
      { object: { typeName: 'GROUP', name: 'jira-admins' } },
      [2, 1],
    ],
    ['object whose id is its name, by either', { object: { typeName: 'USER', id: 'ug:aa' } }, [2]],
    ['object type matters', { object: { typeName: 'USER', name: 'jira-admins' } }, []],
    ['ip: an address matches its IPv4-mapped spelling', { ip: '10.1.2.3' }, [5, 2]],
    ['ip: an IPv4 CIDR prefix', { ip: '10.1.0.0/16' }, [5, 3, 2]],
    ['ip: an IPv6 prefix', { ip: '2001:db8::/32' }, [4]],
    ['ip: everything IPv4', { ip: '0.0.0.0/0' }, [6, 5, 3, 2]],
    ['text: Jira’s terms, every one in some field', { text: 'permission SCHEME' }, [5, 4]],
    ['text: a term never spans two fields', { text: 'createdgroup' }, []],
    ['text: whitespace of any kind splits terms', { text: 'created\ngroup' }, [1]],
    ['text: % and _ match themselves', { text: '50%_off' }, [4, 3]],
    ['text: _ is not a wildcard', { text: 'ops_' }, [7]],
    ['text: a backslash matches itself', { text: 'c:\\users' }, [5]],
    ['text: the address is searched too', { text: '192.168' }, [6]],
    [
      'filters combine with AND',
      { authors: [bob.accountId], objectTypes: ['PROJECT'], ip: '10.0.0.0/8' },
      [3],
    ],
  ])('%s', async (_name, payload, expected) => {
    expect(await ids(payload)).toEqual(expected);
  });
});

describe('searchAudit answers', () => {
  it('counts exactly and pages by cursor, each match once, the cursor absent on the last page', async () => {
    const first = await search({ limit: 3 });
    expect(first.total).toBe(7);
    expect(first.records.map((record) => record.id)).toEqual([7, 6, 5]);
    const second = await search({ limit: 3, cursor: first.nextCursor });
    expect(second.records.map((record) => record.id)).toEqual([4, 3, 2]);
    expect(second.total).toBe(7);
    const third = await search({ limit: 3, cursor: second.nextCursor });
    expect(third.records.map((record) => record.id)).toEqual([1]);
    expect(third.nextCursor).toBeUndefined();
  });

  it('facets: count desc then value by code point, authors named when Jira knows them, "system" for none', async () => {
    const { facets } = await search({});
    expect(facets.authors).toEqual([
      { accountId: bob.accountId, displayName: 'Bob', count: 3 },
      { accountId: ann.accountId, displayName: 'Ann', count: 2 },
      { accountId: ghost, count: 1 },
      { accountId: 'system', count: 1 },
    ]);
    expect(facets.categories).toEqual([
      { value: 'group management', count: 2 },
      { value: 'projects', count: 2 },
      { value: 'Permissions', count: 1 },
      { value: 'permissions', count: 1 },
      { value: 'workflows', count: 1 },
    ]);
    expect(facets.objectTypes).toEqual([
      { value: 'PROJECT', count: 3 },
      { value: 'GROUP', count: 2 },
      { value: 'SCHEME', count: 1 },
      { value: 'WORKFLOW', count: 1 },
    ]);
  });

  it('facets are over every match of the search, not the page', async () => {
    const { facets, total } = await search({ limit: 1, text: 'project' });
    expect(total).toBe(3);
    expect(facets.categories).toEqual([
      { value: 'projects', count: 2 },
      { value: 'permissions', count: 1 },
    ]);
  });

  it('the same facets when there are more combinations than one query reads', async () => {
    const combined = await search({});
    host.restart({ settings: { facetCombinations: 2 } });
    const separate = await search({});
    expect(separate.facets).toEqual(combined.facets);
    expect(separate.total).toBe(7);
  });

  it('says what the archive covers', async () => {
    const { coverage } = await search({});
    expect(coverage).toMatchObject({ oldest: '2026-11-24T10:01:00.000Z', complete: true });
    expect(Date.parse(coverage.newest!)).toBeGreaterThanOrEqual(
      Date.parse('2026-11-24T10:07:00.000Z'),
    );
  });
});
