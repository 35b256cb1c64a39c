/** The data behind the page, read from the preview server, so tests compare what the admin sees with what Jira holds. */
import type { AuditPageQueryInput, AuditPageResult } from '../../src/contract';

export interface MockRecord {
  readonly id: number;
  readonly summary: string;
  readonly created: string;
}

/** Jira writes `+0000`; Date.parse wants `+00:00`. */
export const createdMillis = (created: string): number =>
  Date.parse(created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

export const newestRecords = async (
  baseUrl: string,
  limit: number,
  scenario = 'normal',
): Promise<MockRecord[]> => {
  const response = await fetch(
    new URL(`/api/preview/records?limit=${limit}&scenario=${scenario}`, baseUrl),
  );
  const body = (await response.json()) as { records: MockRecord[] };
  return body.records;
};

/** The real resolver's answer for a payload, through the same endpoint the page's bridge uses. */
export const invokeGetAuditPage = async (
  baseUrl: string,
  payload: AuditPageQueryInput,
): Promise<AuditPageResult> => {
  const response = await fetch(new URL('/api/invoke', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey: 'getAuditPage', payload }),
  });
  const body = (await response.json()) as { result: AuditPageResult };
  return body.result;
};
