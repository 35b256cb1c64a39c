/**
 * When the export asks for a failed page again. The resolver already retries a 429 or 503 up to 3 times within
 * about 10 s, so one page read is up to 4 audit requests; the export adds one more read, not three, and after a
 * RATE_LIMITED waits long enough for Jira's limit to recover. Worst case: 2 reads × 4 = 8 audit requests a page.
 */
import type { ResolverError } from '../contract';

export interface RetryPolicy {
  /** Reads of one page before the export pauses (Resume reads it again). */
  readonly maxAttempts: number;
  /** Wait before reading again after a retryable failure other than a rate limit; doubles per try. */
  readonly backoffMs: number;
  /** Wait after RATE_LIMITED: the resolver has spent its own retries, so Jira needs longer. */
  readonly rateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 2,
  backoffMs: 2_000,
  rateLimitWaitMs: 30_000,
};

/** Milliseconds to wait before the next read of a page whose `attempt`-th read failed, or undefined to pause. */
export const nextReadAfter = (
  policy: RetryPolicy,
  attempt: number,
  error: ResolverError,
): number | undefined => {
  if (!error.retryable || attempt >= policy.maxAttempts) return undefined;
  return error.code === 'RATE_LIMITED'
    ? policy.rateLimitWaitMs
    : policy.backoffMs * 2 ** (attempt - 1);
};

/** A thrown invoke (network, bridge) is worth another try; both export paths report it like a Jira hiccup. */
export const fromThrown = (error: unknown): ResolverError => ({
  code: 'JIRA_ERROR',
  retryable: true,
  message: `The request failed: ${error instanceof Error ? error.message : String(error)}`,
});
