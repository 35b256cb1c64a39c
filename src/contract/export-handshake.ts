/**
 * How the admin page hands its pinned search to the export dialog, a Custom UI resource in a UI Kit Frame: over the
 * bridge's events (https://developer.atlassian.com/platform/forge/ui-kit/components/frame/). The Frame says it is
 * ready, the page answers with the search, the Frame reports whether an export runs. Both sides parse with these.
 */
import * as z from 'zod/mini';
import { searchFields } from './audit-page';
import { instantSchema, orderedRange } from './instant';

/** Event names, namespaced: every view of the app hears the app's events. */
export const EXPORT_EVENTS = {
  /** Frame → page: subscribed to `search` and waiting for it. */
  ready: 'audit-log-export:ready',
  /** Page → Frame: the search to export. */
  search: 'audit-log-export:search',
  /** Frame → page: whether an export is running, so closing the dialog can ask first. */
  status: 'audit-log-export:status',
} as const;

/** Bumped when a message changes shape: a page and a dialog from different deploys then refuse each other. */
export const EXPORT_PROTOCOL = 1;
const protocol = z.literal(EXPORT_PROTOCOL, {
  error: 'The page and the export dialog come from different versions of the app; reload the page.',
});

/** The search an export runs: the page's filter and range, `to` always pinned so every page of it is stable. */
export const exportSearchSchema = z
  .object({ from: searchFields.from, filter: searchFields.filter, to: instantSchema('to') })
  .check(orderedRange);

export type ExportSearch = z.output<typeof exportSearchSchema>;

export const exportReadySchema = z.object({ protocol });
export const exportSearchMessageSchema = z.object({ protocol, search: exportSearchSchema });
export const exportStatusSchema = z.object({ protocol, running: z.boolean() });

export type ExportSearchMessage = z.input<typeof exportSearchMessageSchema>;
export type ExportStatusMessage = z.input<typeof exportStatusSchema>;

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
