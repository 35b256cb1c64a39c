/** Dates as Jira writes them (`2026-11-24T08:48:05.645+0000`) and reads them (an explicit offset, or nothing matches). */
import { DateTime } from 'luxon';

export const formatJiraDate = (ms: number): string =>
  DateTime.fromMillis(ms, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZZ");

// Java's ISO parser: hour 00-23, offset within ±18:00; seconds optional.
const JIRA_INSTANT =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Epoch ms of a `from`/`to` value, or undefined when Jira would match nothing (no offset, date only, garbage). */
export const parseJiraInstant = (value: string): number | undefined => {
  const match = JIRA_INSTANT.exec(value);
  if (!match) return undefined;
  if (match[6] !== undefined && Number(match[6]) * 60 + Number(match[7]) > 18 * 60)
    return undefined;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : undefined;
};

/** Epoch ms of a record's `created` (Jira's own format). */
export const createdMs = (created: string): number => {
  const parsed = DateTime.fromISO(created, { setZone: true });
  if (!parsed.isValid) throw new Error(`mock Jira: record created "${created}" is not a date-time`);
  return parsed.toMillis();
};
