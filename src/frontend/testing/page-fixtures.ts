/** Scenario data for page tests: a realistic log that ends just before now, and handy lookups. */
import { DateTime } from 'luxon';
import {
  generateAuditLog,
  type MockJiraOptions,
  type RawAuditRecord,
} from '../../testing/mock-jira';

/** `count` generated records over the last `spanDays`, the newest a minute ago. */
export const recentLog = (count: number, seed = 7, spanDays = 20): Required<MockJiraOptions> =>
  generateAuditLog({ count, seed, end: new Date(Date.now() - 60_000), spanDays, authorCount: 6 });

export const idsOf = (records: readonly RawAuditRecord[]): string[] =>
  records.map((record) => String(record.id));

export const millis = (instant: string): number =>
  DateTime.fromISO(instant, { setZone: true }).toMillis();

/** Jira's `created` of records (newest first) written at or before `to`. */
export const recordsUpTo = (records: readonly RawAuditRecord[], to: string): RawAuditRecord[] =>
  records.filter((record) => millis(record.created) <= millis(to));
