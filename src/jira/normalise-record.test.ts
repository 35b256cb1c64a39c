import fc from 'fast-check';
import { auditRecordSchema } from './schemas';
import { rawRecord } from '../testing/mock-jira';
import { normaliseRecord } from './normalise-record';

const validated = (raw: unknown) => auditRecordSchema.parse(raw);
const author = {
  accountId: 'a-1',
  displayName: 'Zoë Ångström',
  avatarUrl: 'https://avatars.example/z.png',
};

describe('record normalisation', () => {
  it.each([
    [
      'a system event with only the required fields gets empty lists',
      rawRecord({ id: 7, eventSource: undefined }),
      undefined,
      {
        id: 7,
        summary: 'User created',
        created: '2026-11-24T08:48:05.645+0000',
        category: 'user management',
        eventSource: '',
        changedValues: [],
        associatedItems: [],
      },
    ],
    [
      'keeps Jira field names and values as given, drops authorKey, adds the author',
      rawRecord({
        id: 9_007_199_254_740_991,
        created: '2014-03-19T18:45:42.967+0000',
        eventSource: 'Jira Connect Plugin',
        description: 'Optional description',
        remoteAddress: '192.168.1.1',
        authorAccountId: 'a-1',
        authorKey: 'administrator',
        objectItem: {
          id: 'user',
          name: 'user',
          typeName: 'USER',
          parentId: '1',
          parentName: 'Jira Internal Directory',
        },
        changedValues: [
          {
            fieldName: 'email',
            changedFrom: 'user@atlassian.com',
            changedTo: 'newuser@atlassian.com',
          },
        ],
        associatedItems: [{ name: 'ug:2281b112-aa', typeName: 'GROUP' }],
      }),
      author,
      {
        id: 9_007_199_254_740_991,
        summary: 'User created',
        created: '2014-03-19T18:45:42.967+0000',
        category: 'user management',
        eventSource: 'Jira Connect Plugin',
        description: 'Optional description',
        remoteAddress: '192.168.1.1',
        authorAccountId: 'a-1',
        objectItem: {
          id: 'user',
          name: 'user',
          typeName: 'USER',
          parentId: '1',
          parentName: 'Jira Internal Directory',
        },
        changedValues: [
          {
            fieldName: 'email',
            changedFrom: 'user@atlassian.com',
            changedTo: 'newuser@atlassian.com',
          },
        ],
        associatedItems: [{ name: 'ug:2281b112-aa', typeName: 'GROUP' }],
        author,
      },
    ],
    [
      'a change without changedFrom stays without it',
      rawRecord({
        id: 1,
        changedValues: [{ fieldName: 'Name', changedTo: 'Mobile & Web = 100%' }],
      }),
      undefined,
      expect.objectContaining({
        changedValues: [{ fieldName: 'Name', changedTo: 'Mobile & Web = 100%' }],
      }),
    ],
    [
      'nulls from Java serialisers count as absent',
      {
        ...rawRecord({ id: 2 }),
        description: null,
        remoteAddress: null,
        changedValues: null,
        associatedItems: null,
        objectItem: { name: 'g', typeName: 'GROUP', id: null },
      },
      undefined,
      {
        id: 2,
        summary: 'User created',
        created: '2026-11-24T08:48:05.645+0000',
        category: 'user management',
        eventSource: '',
        objectItem: { name: 'g', typeName: 'GROUP' },
        changedValues: [],
        associatedItems: [],
      },
    ],
    [
      'a record nobody authored gets no author field',
      rawRecord({ id: 3, summary: 'Audit log retention period changed', category: 'system' }),
      undefined,
      expect.not.objectContaining({ author: expect.anything() }),
    ],
  ])('%s', (_name, raw, knownAuthor, expected) => {
    expect(normaliseRecord(validated(raw), knownAuthor)).toEqual(expected);
  });

  it('never carries authorKey through', () => {
    const record = normaliseRecord(
      validated(rawRecord({ authorKey: 'admin', authorAccountId: 'x' })),
    );
    expect(Object.keys(record)).not.toContain('authorKey');
    expect(record.authorAccountId).toBe('x');
  });
});

// Jira's values as sent: text, null (Java's "absent") or left out.
const wireText = fc.option(fc.string({ maxLength: 3 }), { nil: null });
const wireItem = fc.record(
  { id: wireText, name: wireText, typeName: wireText, parentId: wireText, parentName: wireText },
  { requiredKeys: [] },
);
const wireRecord = fc.record(
  {
    id: fc.integer(),
    summary: wireText,
    created: fc.string({ maxLength: 3 }),
    category: wireText,
    eventSource: wireText,
    description: wireText,
    remoteAddress: wireText,
    authorAccountId: wireText,
    authorKey: wireText,
    objectItem: fc.option(wireItem, { nil: null }),
    changedValues: fc.option(
      fc.array(
        fc.record(
          { fieldName: wireText, changedFrom: wireText, changedTo: wireText },
          { requiredKeys: [] },
        ),
        {
          maxLength: 3,
        },
      ),
      { nil: null },
    ),
    associatedItems: fc.option(fc.array(wireItem, { maxLength: 3 }), { nil: null }),
    somethingNew: wireText,
  },
  { requiredKeys: ['id', 'created'] },
);

describe('record normalisation straight from the wire', () => {
  it('gives what normalising the schema output gives (nulls and unknown fields handled alike)', () => {
    fc.assert(
      fc.property(
        wireRecord,
        fc.option(fc.constant(author), { nil: undefined }),
        (raw, knownAuthor) => {
          expect(normaliseRecord(raw, knownAuthor)).toStrictEqual(
            normaliseRecord(validated(raw), knownAuthor),
          );
          expect(JSON.stringify(normaliseRecord(raw, knownAuthor))).toBe(
            JSON.stringify(normaliseRecord(validated(raw), knownAuthor)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
