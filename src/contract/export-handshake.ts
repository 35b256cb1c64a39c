/**
 * How the admin page hands its pinned search to the export dialog, a Custom UI resource in a UI Kit Frame: over the
 * bridge's events (https://developer.atlassian.com/platform/forge/ui-kit/components/frame/). The Frame says it is
 * ready, the page answers with the search (src/contract/export-search.ts), the Frame reports whether an export runs.
 * Both sides parse what they receive with these schemas.
 */
import * as z from 'zod/mini';

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

export const protocolSchema = z.literal(EXPORT_PROTOCOL, {
  error: 'The page and the export dialog come from different versions of the app; reload the page.',
});

export const exportReadySchema = z.object({ protocol: protocolSchema });
export const exportStatusSchema = z.object({ protocol: protocolSchema, running: z.boolean() });

export type ExportStatusMessage = z.input<typeof exportStatusSchema>;
