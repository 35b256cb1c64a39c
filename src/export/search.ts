/** The search an export runs; its schema is the handshake's, in the contract (src/contract/export-handshake.ts). */
export type { ExportSearch } from '../contract/export-handshake';
