/** The archive's numbers, in one place; tests and benchmarks override some through createArchiveDeps. */

export interface ArchiveSettings {
  /** Records per Jira request (Jira serves at most 1000). */
  readonly pageSize: number;
  /** One sync call's work: Forge runs it with timeoutSeconds 60 (manifest.yml). */
  readonly syncBudgetMs: number;
  /** Jira requests one sync call may send, retries included. */
  readonly syncMaxRequests: number;
  /** A sync call that stopped responding loses its lease after this long. */
  readonly leaseMs: number;
  /**
   * Catch-ups start this long before the synced-through mark. 0: from the mark itself (inclusive), as the contract
   * says; more would catch records Jira shows later than their `created`, at the price of re-reading them.
   */
  readonly catchUpOverlapMs: number;
  /** A mark younger than this is fresh enough for a search: its first page does not catch up first (the contract's minute). */
  readonly freshMs: number;
  /**
   * While backfilling, a sync call goes on with the backfill first (and catches up last, if its budget allows) until
   * the mark is this old. Under the trigger's five minutes, so every scheduled call still catches up first as the
   * contract orders, while the continuation's calls in between spend their requests on the backfill however slowly
   * Jira answers; a search's first page still catches up after `freshMs` itself.
   */
  readonly backfillLagMs: number;
  /** How long a proof that a caller may read the audit log is trusted. */
  readonly proofTtlMs: number;
  /**
   * The database's size budget (production installations get 1 GiB) and what a record is assumed to take: 462 bytes
   * of data and indexes measured by `npm run bench` (500,000 generated records), with a margin for longer ones.
   */
  readonly budgetBytes: number;
  readonly bytesPerRecord: number;
  /** Records deleted per statement by retention and the size budget. */
  readonly deleteBatch: number;
  /** Author × category × type combinations read in one facet query before falling back to one query per facet. */
  readonly facetCombinations: number;
  /** Matches of a text or object search read in one scan; more, and the facets get a scan of their own. */
  readonly matchRows: number;
  /** Authors' names are asked again after this long. */
  readonly authorRefreshMs: number;
  /** Day × category rows one activity summary may read (a few bytes each, far inside Forge SQL's 4 MiB answer). */
  readonly activityRows: number;
  /**
   * An exportAudit answer stops before its records pass this many bytes of JSON: far under the 5 MiB Forge lets an
   * invoke answer carry, whatever the records' size.
   */
  readonly exportPageBytes: number;
  /** Rows one export query reads: a few hundred bytes each, well inside Forge SQL's 4 MiB answer. */
  readonly exportChunkRows: number;
}

export const DEFAULT_ARCHIVE_SETTINGS: ArchiveSettings = {
  pageSize: 1000,
  syncBudgetMs: 40_000,
  syncMaxRequests: 30,
  leaseMs: 90_000,
  catchUpOverlapMs: 0,
  freshMs: 60_000,
  backfillLagMs: 4 * 60_000,
  proofTtlMs: 5 * 60_000,
  budgetBytes: 900 * 1024 * 1024,
  bytesPerRecord: 600,
  deleteBatch: 500,
  facetCombinations: 5_000,
  matchRows: 5_000,
  authorRefreshMs: 7 * 24 * 60 * 60_000,
  activityRows: 50_000,
  exportPageBytes: 2 * 1024 * 1024,
  exportChunkRows: 1_000,
};
