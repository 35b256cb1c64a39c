/** fast-check arbitraries of getAuditPage payloads: valid ones with the Jira query they must produce, and broken ones. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { MAX_FILTER_LENGTH, MAX_LIMIT, MAX_OFFSET } from '../../contract';

const MIN_MS = Date.UTC(1990, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

const zoneFor = (minutes: number) =>
  `UTC${minutes >= 0 ? '+' : '-'}${Math.floor(Math.abs(minutes) / 60)}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/** An instant text with an explicit offset, in every form the contract accepts, and the ms it denotes. */
export const instantText = fc
  .record({
    ms: fc.integer({ min: MIN_MS, max: MAX_MS }),
    offsetMinutes: fc.integer({ min: -18 * 60, max: 18 * 60 }),
    format: fc.constantFrom(
      "yyyy-MM-dd'T'HH:mm:ss.SSSZZ",
      "yyyy-MM-dd'T'HH:mm:ssZZ",
      "yyyy-MM-dd'T'HH:mm:ss.SSSZZZ",
      "yyyy-MM-dd'T'HH:mm:ssZZZ",
      "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
    ),
  })
  .map(({ ms, offsetMinutes, format }) => {
    const zone = format.endsWith("'Z'") ? 'utc' : zoneFor(offsetMinutes);
    const text = DateTime.fromMillis(ms, { zone }).toFormat(format);
    return { text, ms: DateTime.fromISO(text, { setZone: true }).toMillis() };
  });

const ABSENT = Symbol('absent');

/** Absent, `null` (counts as absent) or a value. */
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant<typeof ABSENT>(ABSENT), fc.constant(null), value);

const filterText = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(' ', '\t', '\n'), maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: MAX_FILTER_LENGTH }),
    fc.string({ unit: fc.constantFrom(' ', '\u00a0', '\n'), maxLength: 3 }),
  )
  .map(([before, text, after]) => `${before}${text}${after}`)
  .filter((text) => [...text.trim()].length <= MAX_FILTER_LENGTH);

export interface ValidCase {
  readonly payload: Record<string, unknown>;
  /** The search parameters every audit request must carry, exactly (filter trimmed, instants as given). */
  readonly search: Record<string, string>;
  /** The records the requests must cover together: [first, end), one past the page to know if more follow. */
  readonly first: number;
  readonly end: number;
  /** Past Jira's int32 offset no record can follow: the requests may then stop at the page's end. */
  readonly endMayBeShort: boolean;
}

export const validPayload: fc.Arbitrary<ValidCase> = fc
  .record({
    range: fc.tuple(maybe(instantText), maybe(instantText)),
    filter: maybe(filterText),
    offset: maybe(
      fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: MAX_OFFSET })),
    ),
    limit: maybe(
      fc.oneof(fc.integer({ min: 1, max: MAX_LIMIT }), fc.constantFrom(1, 999, MAX_LIMIT)),
    ),
  })
  .map(({ range: [a, b], filter, offset, limit }) => {
    // Order the bounds when both are present, so the range is valid.
    const [from, to] =
      a !== ABSENT && a !== null && b !== ABSENT && b !== null && a.ms > b.ms ? [b, a] : [a, b];
    const payload: Record<string, unknown> = {};
    const set = (name: string, value: unknown) => {
      if (value !== ABSENT) payload[name] = value;
    };
    set('from', typeof from === 'object' && from !== null ? from.text : from);
    set('to', typeof to === 'object' && to !== null ? to.text : to);
    set('filter', filter);
    set('offset', offset);
    set('limit', limit);
    const start = typeof offset === 'number' ? offset : 0;
    const size = typeof limit === 'number' ? limit : 50;
    const search: Record<string, string> = {};
    const trimmed = typeof filter === 'string' ? filter.trim() : '';
    if (trimmed !== '') search.filter = trimmed;
    if (typeof from === 'object' && from !== null) search.from = from.text;
    if (typeof to === 'object' && to !== null) search.to = to.text;
    return {
      payload,
      search,
      first: start,
      end: start + size + 1,
      endMayBeShort: start + size > MAX_OFFSET,
    };
  });

const badInstant = fc.oneof(
  fc
    .date({ min: new Date(MIN_MS), max: new Date(MAX_MS), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date(MIN_MS), max: new Date(MAX_MS), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 19)),
  fc
    .date({ min: new Date(MIN_MS), max: new Date(MAX_MS), noInvalidDate: true })
    .map((date) => date.toISOString().replace(/T\d\d/, 'T24')),
  fc.integer({ min: 19, max: 99 }).map((hours) => `2026-11-01T00:00:00+${hours}:00`),
  fc.string({ maxLength: 30 }).filter((text) => !/^\d{4}-\d\d-\d\dT/.test(text)),
  fc.constantFrom(
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    'now',
    '',
    ' 2026-11-01T00:00:00Z',
  ),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.array(fc.string(), { maxLength: 2 })),
  fc.date({ noInvalidDate: true }).map((date) => date.getTime()),
);

const badFilter = fc.oneof(
  fc
    .string({ unit: 'binary', minLength: MAX_FILTER_LENGTH + 1, maxLength: 300 })
    .filter((text) => [...text.trim()].length > MAX_FILTER_LENGTH),
  fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant({ toString: 'x' }),
    fc.array(fc.string(), { maxLength: 2 }),
  ),
);

// No NaN or ±Infinity: payloads cross Forge as JSON, where those arrive as null, which counts as absent.
const fraction = fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true });

const badOffset = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ min: MAX_OFFSET + 1, max: 2 ** 53, noNaN: true }).map(Math.floor),
  fraction,
  fc.constantFrom('0', '10', true, [], {}),
);

const badLimit = fc.oneof(
  fc.integer({ max: 0 }),
  fc.integer({ min: MAX_LIMIT + 1 }),
  fraction,
  fc.constantFrom('50', false, [50], {}),
);

/** A valid payload with one or more fields broken, or a payload that is not an object at all. */
export const invalidPayload: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(
      validPayload,
      fc
        .record(
          {
            from: badInstant,
            to: badInstant,
            filter: badFilter,
            offset: badOffset,
            limit: badLimit,
          },
          { requiredKeys: [] },
        )
        .filter((broken) => Object.keys(broken).length > 0),
    )
    .map(([{ payload }, broken]) => ({ ...payload, ...broken })),
  // Both bounds valid but reversed.
  fc
    .tuple(validPayload, instantText, instantText)
    .filter(([, a, b]) => a.ms !== b.ms)
    .map(([{ payload }, a, b]) => ({
      ...payload,
      from: (a.ms > b.ms ? a : b).text,
      to: (a.ms > b.ms ? b : a).text,
    })),
  // Truthy non-objects (Forge turns falsy payloads into {}).
  fc.oneof(
    fc.string({ minLength: 1 }),
    fc.integer().filter((value) => value !== 0),
    fc.constant(true),
    fc.array(fc.anything(), { maxLength: 3 }),
  ),
);
