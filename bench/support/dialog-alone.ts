/** The export's memory in a heap of its own, as the dialog has in a browser tab (bench/export.ts). */
import { auditPageResultSchema, type AuditPageResult, type AuditRecord } from '../../src/contract';
import { createFileExport } from '../../src/export';
import { EXPORT_PAGE_SIZE } from '../../src/export/paging-plan';
import { normaliseRecord } from '../../src/jira/normalise-record';
import { generateAuditLog } from '../../src/testing/mock-jira';
import { withPeakMemory } from './measure';

/**
 * The dialog alone, as in a browser tab: no resolver or Jira shares its heap. Each page arrives as the bridge hands
 * it over (JSON parsed into new objects, after the same latency), made from one real page of records with the ids
 * of its place in the log, so the heap before holds only that page.
 */
export const dialogAlone = async (
  count: number,
  { latencyMs, maxInFlight }: { readonly latencyMs: number; readonly maxInFlight: number },
) => {
  await new Promise((resolve) => setTimeout(resolve, 4 * latencyMs));
  const log = generateAuditLog({
    count: EXPORT_PAGE_SIZE,
    seed: count,
    end: new Date(),
    spanDays: 1,
    authorCount: 50,
  });
  const names = new Map(log.users.map((user) => [user.accountId, user.displayName]));
  const template = JSON.stringify(
    log.records.map((record) => {
      const name = record.authorAccountId ? names.get(record.authorAccountId) : undefined;
      const author = name ? { accountId: record.authorAccountId!, displayName: name } : undefined;
      return normaliseRecord(record, author);
    }),
  );
  const answer = (offset: number): AuditPageResult => {
    const records = (JSON.parse(template) as AuditRecord[])
      .slice(0, Math.max(0, count - offset))
      .map((record, index) => ({ ...record, id: count - offset - index }));
    const hasMore = offset + records.length < count;
    // What invoke delivers: the resolver's answer through JSON, checked against the contract's schema.
    const json = JSON.stringify({ ok: true, records, offset, limit: EXPORT_PAGE_SIZE, hasMore });
    return auditPageResultSchema.parse(JSON.parse(json));
  };
  const measured = await withPeakMemory(async () => {
    const outcome = await createFileExport({
      limit: EXPORT_PAGE_SIZE,
      maxInFlight,
      file: { format: 'csv', to: new Date().toISOString(), zone: 'Europe/Berlin' },
      fetchPage: async ({ offset }) => {
        await new Promise((resolve) => setTimeout(resolve, latencyMs));
        return answer(offset);
      },
    }).run();
    if (outcome.status !== 'done' || !outcome.check.ok || outcome.check.written !== count)
      throw new Error('dialog alone: the file does not hold the log');
    return outcome.file.blob.size;
  });
  return { ...measured, fileBytes: measured.result };
};
