/**
 * The search message the export dialog reads (src/contract/export-handshake.ts), kept apart so the UI Kit page,
 * which only sends it, does not carry the search schema in its bundle.
 */
import * as z from 'zod/mini';
import { searchFields } from './audit-page';
import { protocolSchema } from './export-handshake';
import { instantSchema, orderedRange } from './instant';
import { archiveFilterFields } from './search-audit';

/**
 * The search an export runs: the page's filter and range, `to` always pinned so every page of it is stable, and the
 * archive's structured filters when the page searched the archive (only the archive can apply them).
 */
export const exportSearchSchema = z
  .object({
    from: searchFields.from,
    filter: searchFields.filter,
    to: instantSchema('to'),
    ...archiveFilterFields,
  })
  .check(orderedRange);

export type ExportSearch = z.output<typeof exportSearchSchema>;

export const exportSearchMessageSchema = z.object({
  protocol: protocolSchema,
  search: exportSearchSchema,
});

/** What the page sends as the `search` event. */
export type ExportSearchMessage = z.input<typeof exportSearchMessageSchema>;

/** The search in a `search` message, or why there is none to export. */
export const readExportSearchMessage = (
  payload: unknown,
):
  | { readonly ok: true; readonly search: ExportSearch }
  | { readonly ok: false; readonly message: string } => {
  const parsed = exportSearchMessageSchema.safeParse(payload);
  return parsed.success
    ? { ok: true, search: parsed.data.search }
    : { ok: false, message: parsed.error.issues[0]?.message ?? 'The search is not readable.' };
};
