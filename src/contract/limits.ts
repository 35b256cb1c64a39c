/** The contract's plain numbers, in a module without zod or luxon so the page can import them cheaply. */

/** Jira serves at most this many audit records per request (`limit` <= 0 or above is served as this). */
export const JIRA_MAX_LIMIT = 1000;

export const DEFAULT_LIMIT = 50;
/** getAuditPage's page is at most one of Jira's. */
export const MAX_LIMIT = JIRA_MAX_LIMIT;
export const MAX_FILTER_LENGTH = 200;
/** Jira's `offset` is an int32. */
export const MAX_OFFSET = 2_147_483_647;

/** searchAudit (the archive): page size, text length (JavaScript string length), values per list filter. */
export const SEARCH_DEFAULT_LIMIT = 50;
export const SEARCH_MAX_LIMIT = 200;
export const SEARCH_MAX_TEXT = 200;
export const SEARCH_MAX_VALUES = 20;
/** Facet entries per list in a searchAudit answer. */
export const FACET_SIZE = 20;
