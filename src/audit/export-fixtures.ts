/** Test data for the export and activity modules: a record factory and fast-check arbitraries. */
import fc from 'fast-check';
import type { AuditItem, AuditRecord } from '../contract';

let nextId = 1000;

/** A plausible record; override what the test is about. */
export const aRecord = (overrides: Partial<AuditRecord> = {}): AuditRecord => ({
  id: nextId++,
  summary: 'User added to group',
  created: '2026-11-20T10:15:00.000+0000',
  category: 'group management',
  eventSource: '',
  authorAccountId: '5b10ac8d82e05b22cc7d4ef5',
  author: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Mia Krystof' },
  remoteAddress: '192.0.2.10',
  objectItem: { id: 'ug:1', name: 'jira-admins', typeName: 'GROUP' },
  changedValues: [],
  associatedItems: [{ id: '557058:1', name: 'mia', typeName: 'USER', parentName: 'acme' }],
  ...overrides,
});

/** Characters that stress CSV quoting and spreadsheet formula parsing. */
const TRICKY = [
  'a',
  ',',
  '"',
  '\n',
  '\r',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  ' ',
  'é',
  '😀',
  '\uFF1D',
  ';',
  "'",
];
export const trickyText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );

const item = (): fc.Arbitrary<AuditItem> =>
  fc.record(
    {
      id: trickyText(),
      name: trickyText(),
      typeName: trickyText(),
      parentId: trickyText(),
      parentName: trickyText(),
    },
    { requiredKeys: ['name', 'typeName'] },
  );

export const arbitraryRecord = (): fc.Arbitrary<AuditRecord> =>
  fc.record(
    {
      id: fc.integer({ min: 1, max: 2 ** 53 - 1 }),
      summary: trickyText(),
      created: fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().replace('Z', '+0000')),
      category: trickyText(),
      eventSource: trickyText(),
      description: trickyText(),
      remoteAddress: trickyText(),
      authorAccountId: trickyText(),
      objectItem: item(),
      changedValues: fc.array(
        fc.record(
          {
            fieldName: trickyText(),
            changedFrom: trickyText(),
            changedTo: trickyText(),
          },
          { requiredKeys: ['fieldName'] },
        ),
        { maxLength: 3 },
      ),
      associatedItems: fc.array(item(), { maxLength: 3 }),
      author: fc.record({ accountId: trickyText(), displayName: trickyText() }),
    },
    {
      requiredKeys: [
        'id',
        'summary',
        'created',
        'category',
        'eventSource',
        'changedValues',
        'associatedItems',
      ],
    },
  );
