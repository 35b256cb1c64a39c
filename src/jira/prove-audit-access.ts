/**
 * Proof that a caller may read the audit log: an asUser request Jira answers (the audit endpoint, one record),
 * remembered per account for a few minutes. A refusal is never remembered, so a newly granted admin gets in at once.
 */
import type { Failure } from '../contract';
import { getAuditRecords } from './get-audit-records';
import type { JiraSession } from './jira-session';

export interface AccessProofs {
  /** Ok when `accountId` was proven within the TTL or Jira answers now; Jira's failure otherwise. */
  prove(
    session: JiraSession,
    accountId: string | undefined,
  ): Promise<{ readonly ok: true } | Failure>;
}

const MAX_ENTRIES = 1_000;

export const createAccessProofs = (ttlMs: number): AccessProofs => {
  const provenUntil = new Map<string, number>();
  return {
    prove: async (session, accountId) => {
      const now = session.clock.now();
      if (accountId !== undefined && (provenUntil.get(accountId) ?? 0) > now) return { ok: true };
      if (session.actor !== 'user') throw new Error('the access proof must ask Jira as the user');
      const answer = await getAuditRecords(session, { offset: 0, limit: 1 });
      if (!answer.ok) return answer;
      if (accountId !== undefined) {
        provenUntil.delete(accountId);
        provenUntil.set(accountId, session.clock.now() + ttlMs);
        if (provenUntil.size > MAX_ENTRIES) provenUntil.delete(provenUntil.keys().next().value!);
      }
      return { ok: true };
    },
  };
};
