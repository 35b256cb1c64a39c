/** The search an export runs; its schema is the handshake's, in the contract (src/contract/export-search.ts). */
export type { ExportSearch } from '../contract/export-search';
