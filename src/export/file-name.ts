/** The export's file name: which site and which range it holds, safe on every file system. */
import { DateTime } from 'luxon';

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
  const time = DateTime.fromISO(instant, { setZone: true });
  if (!time.isValid) return 'unknown';
  const wholeDay =
    boundary === 'start' ? time.equals(time.startOf('day')) : time.equals(time.endOf('day'));
  if (wholeDay) return time.toFormat('yyyy-MM-dd');
  // No colons: Windows forbids them in file names.
  const offset = time.offset === 0 ? 'Z' : time.toFormat('ZZZ');
  return `${time.toFormat("yyyy-MM-dd'T'HHmmss")}${offset}`;
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
