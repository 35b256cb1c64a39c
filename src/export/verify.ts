/** The export's own audit: how many records it holds and whether any id came twice. */
import type { AuditRecord } from '../contract';

export interface ExportCheck {
  /** The records to write: each id once, in the order received. */
  readonly records: readonly AuditRecord[];
  /** Records received from the pages. */
  readonly received: number;
  /** Ids that arrived more than once (the log changed under the export). */
  readonly duplicateIds: readonly number[];
}

export const checkUniqueIds = (received: readonly AuditRecord[]): ExportCheck => {
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  const records = received.filter((record) => {
    if (seen.has(record.id)) {
      duplicates.add(record.id);
      return false;
    }
    seen.add(record.id);
    return true;
  });
  return { records, received: received.length, duplicateIds: [...duplicates] };
};

/** What the admin reads when the file is ready. */
export const describeCheck = ({
  check,
  written,
}: {
  readonly check: ExportCheck;
  readonly written: number;
}) => {
  const count = `${written.toLocaleString('en-US')} record${written === 1 ? '' : 's'}`;
  if (check.duplicateIds.length === 0 && written === check.received) {
    return { ok: true, message: `Wrote ${count}; every id is unique and none was skipped.` };
  }
  if (check.duplicateIds.length > 0) {
    return {
      ok: false,
      message:
        `Wrote ${count}. ${check.duplicateIds.length} id(s) arrived twice and were written once: ` +
        'the audit log changed during the export, so a record may also be missing. Export again to be sure.',
    };
  }
  return {
    ok: false,
    message: `Wrote ${count} but received ${check.received.toLocaleString('en-US')}. Export again.`,
  };
};
