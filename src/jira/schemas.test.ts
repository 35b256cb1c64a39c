import { auditRecordsResponseSchema, usersBulkResponseSchema } from './schemas';

const minimal = { id: 1, summary: 's', created: '2026-11-24T08:48:05.645+0000', category: 'c' };

describe('Jira response schemas tolerate real records', () => {
  it.each([
    ['only the required fields (eventSource absent)', minimal],
    ['authorAccountId and authorKey', { ...minimal, authorAccountId: '5b10', authorKey: 'admin' }],
    ['unknown fields', { ...minimal, somethingNew: { nested: true } }],
    [
      'nulls for absent fields',
      { ...minimal, eventSource: null, description: null, objectItem: null, changedValues: null },
    ],
    [
      'an item without id and a change without changedFrom',
      {
        ...minimal,
        objectItem: { name: 'g', typeName: 'GROUP' },
        changedValues: [{ fieldName: 'f', changedTo: 't' }],
      },
    ],
  ])('accepts %s', (_name, record) => {
    const parsed = auditRecordsResponseSchema.safeParse({
      offset: 0,
      limit: 50,
      total: 9,
      records: [record],
    });
    expect(parsed.success).toBe(true);
    const [first] = parsed.success ? parsed.data.records : [];
    expect(first).toMatchObject({
      id: 1,
      eventSource: expect.any(String),
      changedValues: expect.any(Array),
      associatedItems: expect.any(Array),
    });
    expect(first).not.toHaveProperty('somethingNew');
  });

  it.each([
    ['no records array', { offset: 0 }],
    ['a record without id', { records: [{ ...minimal, id: undefined }] }],
    ['an id that is text', { records: [{ ...minimal, id: '1' }] }],
    ['a record without created', { records: [{ ...minimal, created: undefined }] }],
    ['records that are not objects', { records: ['x'] }],
  ])('rejects %s', (_name, body) => {
    expect(auditRecordsResponseSchema.safeParse(body).success).toBe(false);
  });

  it('accepts a user/bulk page with null email and extra fields', () => {
    const parsed = usersBulkResponseSchema.safeParse({
      startAt: 0,
      isLast: true,
      values: [
        {
          accountId: 'a',
          displayName: 'Zoë',
          emailAddress: null,
          avatarUrls: { '48x48': 'https://x' },
          timeZone: 'UTC',
        },
      ],
    });
    expect(parsed.success && parsed.data.values).toEqual([
      { accountId: 'a', displayName: 'Zoë', avatarUrls: { '48x48': 'https://x' } },
    ]);
  });
});
