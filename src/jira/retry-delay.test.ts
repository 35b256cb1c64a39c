import { parseRetryAfterMs, retryDelayMs } from './retry-delay';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const headers = (retryAfter?: string) =>
  new Headers(retryAfter === undefined ? {} : { 'Retry-After': retryAfter });

describe('Retry-After', () => {
  it.each([
    ['whole seconds', '3', 3000],
    ['fractional seconds', '1.2', 1200],
    // At least the seconds asked for: 1234.4 ms must not round or floor down to 1234.
    ['a fraction of a millisecond rounds up', '1.2344', 1235],
    ['a tiny wait rounds up to 1 ms, not to none', '0.0001', 1],
    ['zero', '0', 0],
    ['an HTTP date', 'Tue, 24 Nov 2026 12:00:05 GMT', 5000],
    ['a date in the past', 'Tue, 24 Nov 2026 11:00:00 GMT', 0],
    ['garbage', 'soon', undefined],
    ['negative', '-3', undefined],
    ['blank', ' ', undefined],
  ])('%s', (_name, value, ms) => {
    expect(parseRetryAfterMs(value, NOW)).toBe(ms);
  });
});

describe('retry delay', () => {
  const backoff = [1000, 2000, 4000];

  it.each([
    ['uses Retry-After when given', '7', 0, 7000],
    ['first fallback wait', undefined, 0, 1000],
    ['second fallback wait doubles', undefined, 1, 2000],
    ['third fallback wait doubles again', undefined, 2, 4000],
    ['stays at the last fallback', undefined, 9, 4000],
    ['unreadable Retry-After falls back', 'soon', 1, 2000],
  ])('%s', (_name, retryAfter, retries, ms) => {
    expect(retryDelayMs(headers(retryAfter), retries, backoff, NOW)).toBe(ms);
  });
});
