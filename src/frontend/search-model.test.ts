import fc from 'fast-check';
import { DateTime } from 'luxon';
import { auditPageQuerySchema } from '../contract';
import { QUICK_RANGES } from '../domain/date-range';
import { buildSearch, isPageSize, pagePayload, shownRange, type Draft } from './search-model';

const NOW = DateTime.fromISO('2026-03-29T12:00:00.000+02:00', { setZone: true }).toMillis();
const BERLIN = 'Europe/Berlin';

describe('starting a search from the filter bar', () => {
  it.each<[string, Draft, ReturnType<typeof buildSearch>]>([
    [
      'nothing set: newest records up to now',
      { text: '' },
      { ok: true, search: { to: '2026-03-29T12:00:00.000+02:00', limit: 50 } },
    ],
    [
      'text trimmed, blank text left out',
      { text: '  group  admin ' },
      {
        ok: true,
        search: { filter: 'group  admin', to: '2026-03-29T12:00:00.000+02:00', limit: 50 },
      },
    ],
    [
      'whole days over the spring change',
      { text: ' ', fromDay: '2026-03-28', toDay: '2026-03-28' },
      {
        ok: true,
        search: {
          from: '2026-03-28T00:00:00.000+01:00',
          to: '2026-03-28T23:59:59.999+01:00',
          limit: 50,
        },
      },
    ],
    [
      'a quick range wins over picked days',
      { text: '', fromDay: '2026-01-01', quickRange: 'last-24-hours' },
      {
        ok: true,
        search: {
          from: '2026-03-28T11:00:00.000+01:00',
          to: '2026-03-29T12:00:00.000+02:00',
          limit: 50,
        },
      },
    ],
    [
      'To before From',
      { text: '', fromDay: '2026-03-20', toDay: '2026-03-10' },
      { ok: false, problems: ['to-before-from'] },
    ],
    [
      'too much text and a future day',
      { text: 'é'.repeat(201), toDay: '2026-03-30' },
      { ok: false, problems: ['filter-too-long', 'to-in-future'] },
    ],
  ])('%s', (_name, draft, expected) => {
    expect(buildSearch(draft, BERLIN, NOW, 50)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units, against the 200-character limit', () => {
    expect(buildSearch({ text: '😀'.repeat(200) }, BERLIN, NOW, 50).ok).toBe(true);
  });

  const draftArb: fc.Arbitrary<Draft> = fc.record(
    {
      text: fc.string({ maxLength: 220 }),
      fromDay: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2026-04-30'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      toDay: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2026-04-30'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      quickRange: fc.constantFrom(...QUICK_RANGES),
    },
    { requiredKeys: ['text'] },
  );

  it('only ever sends payloads the resolver contract accepts, ending no later than now', () => {
    fc.assert(
      fc.property(
        draftArb,
        fc.constantFrom(BERLIN, 'America/Los_Angeles', 'UTC', 'Asia/Kathmandu'),
        fc.constantFrom(25, 50, 100),
        fc.nat({ max: 5000 }),
        (draft, zone, limit, offset) => {
          const built = buildSearch(draft, zone, NOW, limit);
          if (!built.ok) return;
          const payload = pagePayload(built.search, offset);
          const parsed = auditPageQuerySchema.safeParse(payload);
          expect(parsed.success).toBe(true);
          expect(
            DateTime.fromISO(built.search.to, { setZone: true }).toMillis(),
          ).toBeLessThanOrEqual(NOW);
          expect(payload).toMatchObject({ limit, offset, to: built.search.to });
        },
      ),
    );
  });
});

describe('paging a pinned search', () => {
  it.each([
    [0, 50, { first: 1, last: 50 }],
    [50, 50, { first: 51, last: 100 }],
    [100, 20, { first: 101, last: 120 }],
    [100, 0, undefined],
  ])('offset %i with %i records shows %j', (offset, count, expected) => {
    expect(shownRange(offset, count)).toEqual(expected);
  });

  it('offers 25, 50 and 100 records per page only', () => {
    expect([25, 50, 100].every(isPageSize)).toBe(true);
    expect([0, 10, 75, 1000, '50', undefined].some(isPageSize)).toBe(false);
  });
});
