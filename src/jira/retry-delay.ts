/** How long to wait before retrying a 429/503: Jira's `Retry-After` when given, else a doubling backoff. */

const FALLBACK_MS = 1_000;

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export const parseRetryAfterMs = (value: string | null, now: number): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // HTTP-date (`Tue, 24 Nov 2026 12:00:05 GMT`); Date.parse alone would read "-3" as a year.
  const date = /^[A-Za-z]{3}, /.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
};

export const retryDelayMs = (
  headers: { get(name: string): string | null },
  retries: number,
  backoffMs: readonly number[],
  now: number,
): number =>
  parseRetryAfterMs(headers.get('Retry-After'), now) ??
  backoffMs[Math.min(retries, backoffMs.length - 1)] ??
  FALLBACK_MS;
