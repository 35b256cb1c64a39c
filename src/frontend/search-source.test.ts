import fc from 'fast-check';
import type { AuditPageQueryInput, AuditPageResult } from '../contract';
import { liveSource } from './search-source';

const recordingClient = (answer: AuditPageResult) => {
  const sent: AuditPageQueryInput[] = [];
  return {
    sent,
    client: {
      getAuditPage: async (payload: AuditPageQueryInput) => {
        sent.push(payload);
        return answer;
      },
      searchAudit: async () => {
        throw new Error('the live source never asks the archive');
      },
      getArchiveStatus: async () => {
        throw new Error('the live source never asks the archive');
      },
    },
  };
};

const ANSWER: AuditPageResult = { ok: true, records: [], offset: 0, limit: 50, hasMore: true };

describe('the live source', () => {
  it('reads page i of a pinned search at offset i × page size, the rest of the search unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 40_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
        async (index, limit, filter) => {
          const { sent, client } = recordingClient(ANSWER);
          const search = {
            to: '2026-03-29T12:00:00.000+02:00',
            limit,
            ...(filter ? { filter } : {}),
          };
          await liveSource(client).fetchPage(search, { index, cursor: 'ignored' });
          expect(sent).toEqual([
            { ...search, offset: index * limit, authors: false, emptyLists: false },
          ]);
        },
      ),
    );
  });

  it('passes failures on and keeps only what the page uses of a success', async () => {
    const failure = {
      ok: false as const,
      error: { code: 'FORBIDDEN' as const, message: 'no', retryable: false },
    };
    const search = { to: '2026-03-29T12:00:00.000+02:00', limit: 50 };
    expect(await liveSource(recordingClient(failure).client).fetchPage(search, { index: 0 })).toBe(
      failure,
    );
    expect(
      await liveSource(recordingClient(ANSWER).client).fetchPage(search, { index: 0 }),
    ).toEqual({
      ok: true,
      source: 'live',
      records: [],
      hasMore: true,
    });
  });
});
