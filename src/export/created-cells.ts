/** A record's `created` as two CSV cells: local time a spreadsheet reads as a date, and the exact UTC instant. */
import { isTimeZone, offsetMinutesAt } from '../contract/time-zone';

export interface CreatedCells {
  /** `2026-11-20 11:15:00` in the admin's zone: the form Excel and LibreOffice import as a date-time. */
  readonly local: string;
  /** `2026-11-20T10:15:00.000Z`: exact, and unambiguous in the hour a DST change repeats. */
  readonly utc: string;
}

/** The admin's zone when it is a real IANA zone, else UTC (Forge sends one; an old browser may not). */
export const exportZone = (zone: string | undefined): string =>
  zone !== undefined && zone !== '' && isTimeZone(zone) ? zone : 'UTC';

// Jira writes `+0000`; only the `+00:00` form is an ISO offset every browser's Date.parse accepts.
const BASIC_OFFSET = /([+-]\d{2})(\d{2})$/;

/** Epoch ms of Jira's `created`, or NaN when it is not a date-time. */
export const createdMs = (created: string): number =>
  Date.parse(created.replace(BASIC_OFFSET, '$1:$2'));

// Zones change offset at most once in 15 minutes, at a multiple of 15 minutes UTC (whole and half hours local).
const BUCKET_MS = 15 * 60_000;

/** Formats `created` for one zone; the zone's offset is looked up once per 15 minutes of records, not per record. */
export const createdCellsIn = (zone: string): ((created: string) => CreatedCells) => {
  const shownZone = exportZone(zone);
  let bucket = Number.NaN;
  let bucketOffset: number | undefined;
  const offsetMinutes = (ms: number): number => {
    const start = Math.floor(ms / BUCKET_MS) * BUCKET_MS;
    if (start !== bucket) {
      bucket = start;
      const first = offsetMinutesAt(shownZone, start);
      // A bucket that holds a change (never seen in today's zones) is looked up record by record.
      bucketOffset =
        first === offsetMinutesAt(shownZone, start + BUCKET_MS - 1) ? first : undefined;
    }
    return bucketOffset ?? offsetMinutesAt(shownZone, ms);
  };
  return (created) => {
    const ms = createdMs(created);
    // Unreadable: keep Jira's text where the exact value goes rather than invent a date.
    if (Number.isNaN(ms)) return { local: '', utc: created };
    const local = new Date(ms + offsetMinutes(ms) * 60_000).toISOString();
    return {
      local: `${local.slice(0, 10)} ${local.slice(11, 19)}`,
      utc: new Date(ms).toISOString(),
    };
  };
};
