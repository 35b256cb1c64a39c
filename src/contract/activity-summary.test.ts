import { activitySummaryQuerySchema, DEFAULT_TIMEZONE } from './activity-summary';

describe('getActivitySummary payload', () => {
  it.each([
    [{}, { timezone: DEFAULT_TIMEZONE }],
    [{ timezone: null, filter: null }, { timezone: DEFAULT_TIMEZONE }],
    [
      { filter: '  projects ', timezone: 'Europe/Berlin', from: '2026-11-01T00:00:00.000+01:00' },
      { filter: 'projects', timezone: 'Europe/Berlin', from: '2026-11-01T00:00:00.000+01:00' },
    ],
    [{ filter: '   ', timezone: 'America/New_York' }, { timezone: 'America/New_York' }],
  ])('accepts %j', (payload, expected) => {
    const parsed = activitySummaryQuerySchema.safeParse(payload);
    expect(parsed.success && parsed.data).toEqual(expected);
  });

  it.each([
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ timezone: 42 }, 'timezone'],
    [{ from: '2026-11-01' }, 'from'],
    [{ to: '2026-11-01T00:00:00' }, 'to'],
    [{ from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'from'],
    [{ filter: 'x'.repeat(201) }, 'filter'],
  ])('rejects %j, naming the field', (payload, field) => {
    const parsed = activitySummaryQuerySchema.safeParse(payload);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});
