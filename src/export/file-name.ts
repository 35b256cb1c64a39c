/** The export's file name: which site and which range it holds, safe on every file system. */
import { readInstant } from '../contract/instant';
import { DAY_MS, formatOffset, MINUTE_MS } from '../contract/time-zone';

export type ExportFormat = 'csv' | 'json';

/** `acme.atlassian.net` from `https://acme.atlassian.net/`; anything unreadable becomes `jira`. */
export const siteName = (siteUrl: string | undefined): string => {
  try {
    const host = new URL(siteUrl ?? '').hostname.toLowerCase().replace(/[^a-z0-9.-]/g, '');
    return host || 'jira';
  } catch {
    return 'jira';
  }
};

/** A day alone when the bound is a whole-day boundary in its own offset, else the minute and the offset. */
const formatBound = (instant: string, boundary: 'start' | 'end'): string => {
  const written = readInstant(instant);
  if (written === undefined) return 'unknown';
  const wall = written.ms + written.offsetMinutes * MINUTE_MS;
  const intoDay = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  const local = new Date(wall).toISOString(); // the wall clock in the bound's own offset
  if (intoDay === (boundary === 'start' ? 0 : DAY_MS - 1)) return local.slice(0, 10);
  // No colons: Windows forbids them in file names.
  const offset =
    written.offsetMinutes === 0 ? 'Z' : formatOffset(written.offsetMinutes, { basic: true });
  return `${local.slice(0, 10)}T${local.slice(11, 19).replace(/:/g, '')}${offset}`;
};

/** `audit-log_acme.atlassian.net_2026-11-01_to_2026-11-26.csv`; an open start reads `start`. */
export const exportFileName = ({
  siteUrl,
  from,
  to,
  format,
}: {
  readonly siteUrl?: string;
  readonly from?: string;
  readonly to?: string;
  readonly format: ExportFormat;
}): string => {
  const start = from === undefined ? 'start' : formatBound(from, 'start');
  const end = to === undefined ? 'now' : formatBound(to, 'end');
  return `audit-log_${siteName(siteUrl)}_${start}_to_${end}.${format}`;
};
