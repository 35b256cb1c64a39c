/**
 * Forge SQL's limits as the local bridge enforces them, so nothing passes locally that Forge would refuse.
 * Source for every number: https://developer.atlassian.com/platform/forge/limits-sql
 */

export interface SqlLimits {
  /** "Request size: 1 MiB". */
  readonly requestBytes: number;
  /** "Response size: 4 MiB". */
  readonly responseBytes: number;
  /** "Per-connection timeout for SELECT queries: 5 seconds". */
  readonly selectSeconds: number;
  /** "Per-connection timeout for INSERT, UPDATE, and DELETE queries: 10 seconds". */
  readonly dmlSeconds: number;
  /** "DML Requests per second (RPS): 150". */
  readonly dmlPerSecond: number;
  /** "DDL Requests per minute (RPM): 25". */
  readonly ddlPerMinute: number;
  /** "Query time per minute (s/minute): 62.5 seconds". */
  readonly queryMsPerMinute: number;
}

export const FORGE_SQL_LIMITS: SqlLimits = {
  requestBytes: 1024 * 1024,
  responseBytes: 4 * 1024 * 1024,
  selectSeconds: 5,
  dmlSeconds: 10,
  dmlPerSecond: 150,
  ddlPerMinute: 25,
  queryMsPerMinute: 62_500,
};

/** Events in a sliding window: how many, and their total weight (e.g. query milliseconds). */
export const slidingWindow = (windowMs: number) => {
  const events: { at: number; weight: number }[] = [];
  const trim = (now: number) => {
    while (events.length > 0 && events[0]!.at <= now - windowMs) events.shift();
  };
  return {
    count(now: number): number {
      trim(now);
      return events.length;
    },
    total(now: number): number {
      trim(now);
      return events.reduce((sum, event) => sum + event.weight, 0);
    },
    add(now: number, weight = 1): void {
      events.push({ at: now, weight });
    },
  };
};
