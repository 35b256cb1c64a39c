/** The contract's plain numbers, in a module without zod or luxon so the page can import them cheaply. */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
export const MAX_FILTER_LENGTH = 200;
/** Jira's `offset` is an int32. */
export const MAX_OFFSET = 2_147_483_647;
