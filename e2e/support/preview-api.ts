/** The data behind the page, read from the preview server, so tests compare what the admin sees with what Jira holds. */
export interface MockRecord {
  readonly id: number;
  readonly summary: string;
  readonly created: string;
}

/** Jira writes `+0000`; Date.parse wants `+00:00`. */
export const createdMillis = (created: string): number =>
  Date.parse(created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

/** The mock's records written at or before `to` (an instant the page pinned), newest first. */
export const recordsUpTo = async (
  baseUrl: string,
  to: string | undefined,
  limit = 10_000,
): Promise<MockRecord[]> => {
  if (to === undefined) throw new Error('The search has no pinned upper bound.');
  const bound = Date.parse(to);
  return (await newestRecords(baseUrl, limit)).filter(
    (record) => createdMillis(record.created) <= bound,
  );
};

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
