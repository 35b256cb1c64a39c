/** Pure rules of how a failure reads and what it blocks. */
import type { PageErrorCode } from './strings';

/** Codes after which the page knows the log cannot be read, so nothing else should offer to read it. */
export const BLOCKS_READING: ReadonlySet<PageErrorCode> = new Set(['FORBIDDEN', 'UNAUTHORIZED']);

// The resolver explains these in the same words as the page's advice: saying it twice reads as two problems.
export const ADVICE_SAYS_IT_ALL: ReadonlySet<PageErrorCode> = new Set([
  'FORBIDDEN',
  'UNAUTHORIZED',
]);

/** The resolver's messages mark names with `*…*` for emphasis; a Text shows them literally. */
export const plainMessage = (message: string): string => message.replace(/\*([^*\n]+)\*/g, '$1');
