/** Small factories for raw Jira records and users, so tests read as scenarios. */
import type { CleanWireAuditRecord as RawAuditRecord } from '../../jira/schemas';
import { formatJiraDate } from './jira-date';
import type { MockUser } from './types';

const BASE_TIME = Date.UTC(2026, 10, 24, 12, 0, 0);

/** One raw record; only the required fields unless the test gives more. */
export const rawRecord = (partial: Partial<RawAuditRecord> = {}): RawAuditRecord => ({
  id: 1,
  summary: 'User created',
  created: '2026-11-24T08:48:05.645+0000',
  category: 'user management',
  eventSource: '',
  ...partial,
});

/** `count` records one minute apart ending at 2026-11-24 12:00 UTC, newest first, ids rising with time. */
export const rawRecords = (
  count: number,
  make: (index: number) => Partial<RawAuditRecord> = () => ({}),
): RawAuditRecord[] =>
  Array.from({ length: count }, (_, index) => {
    const age = index; // index 0 is the newest
    return rawRecord({
      id: 100_000 - age,
      created: formatJiraDate(BASE_TIME - age * 60_000),
      ...make(index),
    });
  });

export const mockUser = (index: number, partial: Partial<MockUser> = {}): MockUser => ({
  accountId: `5b10ac8d82e05b22cc7d${String(index).padStart(4, '0')}`,
  displayName: `User ${index}`,
  ...partial,
});
