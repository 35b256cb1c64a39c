/** The export's own audit: each id written once, and as many records written as the pages delivered. */
import type { AuditRecord } from '../contract';

export interface IdCheck {
  /** The records of this page whose id has not been seen before, in the order received. */
  admit(records: readonly AuditRecord[]): readonly AuditRecord[];
  /** Records passed to `admit`, duplicates included. */
  readonly seen: number;
  /** Ids that arrived more than once (the log changed under the export). */
  readonly duplicateIds: readonly number[];
  /** Records left out because their id came before. */
  readonly dropped: number;
}

/** Remembers ids only (not records), so it stays small for an export of any size. */
export const createIdCheck = (): IdCheck => {
  const ids = new Set<number>();
  const duplicates = new Set<number>();
  let seen = 0;
  let dropped = 0;
  return {
    admit: (records) => {
      seen += records.length;
      const fresh = records.filter((record) => {
        if (!ids.has(record.id)) return ids.add(record.id);
        duplicates.add(record.id);
        dropped += 1;
        return false;
      });
      return fresh.length === records.length ? records : fresh;
    },
    get seen() {
      return seen;
    },
    get duplicateIds() {
      return [...duplicates];
    },
    get dropped() {
      return dropped;
    },
  };
};

export interface ExportCounts {
  /** Records the pages delivered, counted by the export job. */
  readonly received: number;
  /** Records the file holds, counted by its writer. */
  readonly written: number;
  /** Records left out as repeats of an id already written. */
  readonly dropped: number;
  readonly duplicateIds: readonly number[];
}

const records = (value: number) =>
  `${value.toLocaleString('en-US')} record${value === 1 ? '' : 's'}`;

/** What the admin reads when the file is ready; `ok` only when every delivered record is in the file once. */
export const describeCheck = ({ received, written, dropped, duplicateIds }: ExportCounts) => {
  if (written + dropped !== received) {
    return {
      ok: false,
      message: `Wrote ${records(written)} but Jira's pages held ${records(received)}. Export again.`,
    };
  }
  if (duplicateIds.length > 0) {
    return {
      ok: false,
      message:
        `Wrote ${records(written)}. ${duplicateIds.length} id(s) arrived twice and were written once: ` +
        'the audit log changed during the export, so a record may also be missing. Export again to be sure.',
    };
  }
  return {
    ok: true,
    message: `Wrote ${records(written)}; every id is unique and none was skipped.`,
  };
};
