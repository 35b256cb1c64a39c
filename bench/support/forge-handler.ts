/** The app's handler called as Forge calls it, plus a zero-logic resolver built the same way as the baseline. */
import api, { route } from '@forge/api';
import Resolver from '@forge/resolver';
import type { AuditPageQueryInput, AuditPageResult } from '../../src/contract';
import { handler } from '../../src/index';

type ForgeHandler = (request: {
  call: { functionKey: string; payload?: unknown };
  context: object;
}) => Promise<unknown>;

export const callGetAuditPage = async (payload: AuditPageQueryInput): Promise<AuditPageResult> =>
  (await (handler as unknown as ForgeHandler)({
    call: { functionKey: 'getAuditPage', payload },
    context: {},
  })) as AuditPageResult;

/** What the platform alone costs: ask Jira for the page and hand its JSON back through @forge/resolver. */
const bare = new Resolver();
bare.define('rawPage', async ({ payload }) => {
  const { offset, limit } = payload as { offset: number; limit: number };
  const response = await api
    .asUser()
    .requestJira(route`/rest/api/3/auditing/record?offset=${offset}&limit=${limit}`, {
      headers: { Accept: 'application/json' },
    });
  return (await response.json()) as object;
});
const bareHandler = bare.getDefinitions() as unknown as ForgeHandler;

export const callRawPage = (offset: number, limit: number): Promise<unknown> =>
  bareHandler({ call: { functionKey: 'rawPage', payload: { offset, limit } }, context: {} });
