import { searchAuditQuerySchema } from './search-audit';

describe('searchAudit payload', () => {
  it.each([
    [{}, { limit: 50 }],
    [
      {
        from: null,
        to: null,
        text: null,
        authors: null,
        object: null,
        ip: null,
        limit: null,
        cursor: null,
      },
      { limit: 50 },
    ],
    [
      { text: '  man ed ', limit: 200, extra: 'ignored' },
      { text: 'man ed', limit: 200 },
    ],
    [{ text: '   ' }, { limit: 50 }],
    [{ text: 'x'.repeat(200) }, { text: 'x'.repeat(200), limit: 50 }],
    [
      { authors: ['system', 'a'], categories: [''], objectTypes: Array(20).fill('USER') },
      {
        authors: ['system', 'a'],
        categories: [''],
        objectTypes: Array(20).fill('USER'),
        limit: 50,
      },
    ],
    [
      { object: { typeName: 'GROUP', name: 'jira-admins', id: null, more: 1 } },
      { object: { typeName: 'GROUP', name: 'jira-admins' }, limit: 50 },
    ],
    [{ ip: ' 10.0.0.0/8 ' }, { ip: '10.0.0.0/8', limit: 50 }],
    [
      { from: '2026-11-01T00:00:00+01:00', to: '2026-10-31T23:00:00Z' },
      { from: '2026-11-01T00:00:00+01:00', to: '2026-10-31T23:00:00Z', limit: 50 },
    ],
    [{ order: null }, { limit: 50 }],
    [{ order: 'asc' }, { limit: 50, order: 'asc' }],
  ])('accepts %j', (payload, expected) => {
    const parsed = searchAuditQuerySchema.safeParse(payload);
    // Newest first unless the payload asks otherwise.
    expect(parsed.success && parsed.data).toEqual({ order: 'desc', ...expected });
  });

  it.each([
    [{ from: '2026-11-01' }, 'from'],
    [{ to: '2026-11-01T00:00:00' }, 'to'],
    [{ from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'from'],
    [{ text: 42 }, 'text'],
    [{ text: 'x'.repeat(201) }, 'text'],
    [{ text: '😀'.repeat(101) }, 'text'], // 202 UTF-16 units: the contract counts JavaScript string length
    [{ authors: 'a' }, 'authors'],
    [{ authors: Array(21).fill('a') }, 'authors'],
    [{ authors: [1] }, 'authors'],
    [{ categories: Array(21).fill('projects') }, 'categories'],
    [{ objectTypes: [null] }, 'objectTypes'],
    [{ object: { typeName: 'GROUP' } }, 'object'],
    [{ object: { name: 'x' } }, 'object'],
    [{ object: 'GROUP' }, 'object'],
    [{ ip: 10 }, 'ip'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 201 }, 'limit'],
    [{ limit: 1.5 }, 'limit'],
    [{ limit: '50' }, 'limit'],
    [{ cursor: 7 }, 'cursor'],
    [{ order: 'ASC' }, 'order'],
    [{ order: 1 }, 'order'],
  ])('rejects %j, naming the field', (payload, field) => {
    const parsed = searchAuditQuerySchema.safeParse(payload);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain(field);
    expect(parsed.error?.issues.map((issue) => issue.message).join(' ')).toContain(`"${field}"`);
  });
});
