/** The search an export runs: what the admin page puts in the modal's context, validated on arrival. */
import { orderedRange, searchFields } from '../contract';
import * as z from 'zod/mini';

/** The modal context the admin page sends: the current search, `to` already pinned. */
export const exportSearchSchema = z.object(searchFields).check(orderedRange);

export type ExportModalContext = z.input<typeof exportSearchSchema>;

export interface ExportSearch {
  readonly filter?: string;
  readonly from?: string;
  /** Always set: every page of the export asks for records up to this instant. */
  readonly to: string;
}

/** Reads the modal context; pins `to` to `now` when the page sent none, so paging stays stable. */
export const readExportSearch = (
  context: unknown,
  now: () => string,
): { ok: true; search: ExportSearch } | { ok: false; message: string } => {
  const parsed = exportSearchSchema.safeParse(context ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      message: `The export was opened without a usable search: ${parsed.error.issues[0]?.message}`,
    };
  }
  const { filter: text, from: lower, to: upper } = parsed.data;
  return {
    ok: true,
    search: {
      ...(text === undefined ? {} : { filter: text }),
      ...(lower === undefined ? {} : { from: lower }),
      to: upper ?? now(),
    },
  };
};
