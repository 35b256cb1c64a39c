/** Retry, budget and deadline numbers for calls to Jira, and the clock that waits: passed in, so tests swap them. */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface JiraTiming {
  /** Retries of a 429/503 answer after the first attempt. */
  readonly maxRetries: number;
  /** Total waiting between retries of one request. */
  readonly retryBudgetMs: number;
  /** Waits when Jira sends no `Retry-After`, by retry number. */
  readonly backoffMs: readonly number[];
  /** Whole call (one resolver invocation), well inside Forge's 25 s limit for UI-invoked functions. */
  readonly deadlineMs: number;
}

export const DEFAULT_TIMING: JiraTiming = {
  maxRetries: 3,
  retryBudgetMs: 10_000,
  backoffMs: [1_000, 2_000, 4_000],
  deadlineMs: 20_000,
};

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
