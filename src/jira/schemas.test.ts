import fc from 'fast-check';
import { z } from 'zod';
import { auditRecordSchema, auditRecordsResponseSchema, usersBulkResponseSchema } from './schemas';

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

// The same schema left to zod's interpreter: the compiled one must agree with it on every input.
const interpretedResponseSchema = z.object({
  offset: z.number().nullish(),
  limit: z.number().nullish(),
  total: z.number().nullish(),
  records: z.array(auditRecordSchema),
});

const anyValue = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 3 }),
  fc.integer(),
  fc.boolean(),
);
// Mostly what Jira sends (text or null), sometimes anything, so both outcomes are exercised.
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: valid, weight: 200 },
    { arbitrary: fc.constant(null), weight: 10 },
    { arbitrary: anyValue, weight: 1 },
  );
const text = mostly(fc.string({ maxLength: 3 }));
const itemLike = fc.record(
  { id: text, name: text, typeName: text, parentId: text, parentName: text },
  { requiredKeys: [] },
);
const changeLike = fc.record(
  { fieldName: text, changedFrom: text, changedTo: text },
  { requiredKeys: [] },
);
const recordLike = fc.record(
  {
    id: fc.oneof({ arbitrary: fc.integer(), weight: 60 }, fc.double(), anyValue),
    summary: text,
    created: fc.oneof({ arbitrary: fc.string({ maxLength: 3 }), weight: 60 }, anyValue),
    category: text,
    eventSource: text,
    description: text,
    remoteAddress: text,
    authorAccountId: text,
    authorKey: text,
    objectItem: mostly(itemLike),
    changedValues: mostly(fc.array(mostly(changeLike), { maxLength: 3 })),
    associatedItems: mostly(fc.array(mostly(itemLike), { maxLength: 3 })),
    extra: anyValue,
  },
  { requiredKeys: ['id', 'created'] },
);
const bodyLike = fc.record(
  {
    offset: mostly(fc.integer()),
    total: anyValue,
    records: mostly(fc.array(recordLike, { maxLength: 4 })),
  },
  { requiredKeys: [] },
);

describe('the compiled audit response schema', () => {
  it('accepts, rejects and outputs exactly what the interpreted schema does', () => {
    const seen = { acceptedRecords: 0, rejected: 0 };
    fc.assert(
      fc.property(bodyLike, (body) => {
        const compiled = auditRecordsResponseSchema.safeParse(body);
        const interpreted = interpretedResponseSchema.safeParse(body);
        expect(compiled.success).toBe(interpreted.success);
        // validate() is what getAuditRecords uses: it must accept exactly what parsing accepts.
        expect(auditRecordsResponseSchema.validate(body)).toBe(interpreted.success);
        expect(compiled.data).toStrictEqual(interpreted.data);
        expect(compiled.error?.issues).toStrictEqual(interpreted.error?.issues);
        if (!compiled.success) seen.rejected += 1;
        else if (compiled.data.records.length > 0) seen.acceptedRecords += 1;
      }),
      { numRuns: 2000 },
    );
    // Both outcomes must be common, or the comparison proves little.
    expect(seen.acceptedRecords).toBeGreaterThan(200);
    expect(seen.rejected).toBeGreaterThan(200);
  });
});
