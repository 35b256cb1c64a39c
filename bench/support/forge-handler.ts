/** The app's handler called as Forge calls it, plus a zero-logic resolver built the same way as the baseline. */
import api, { route } from '@forge/api';
import Resolver from '@forge/resolver';
import type { AuditPageQueryInput, AuditPageResult } from '../../src/contract';
import { createJiraDeps } from '../../src/jira/jira-deps';
import { createResolverHandler } from '../../src/resolvers';
import {
  invokeResolverFunction,
  type ForgeFunctionHandler,
} from '../../src/testing/forge-host/invoke-function';

let handler: ForgeFunctionHandler = createResolverHandler(createJiraDeps());

/** A new function instance: its author cache starts cold. */
export const coldStart = (): void => {
  handler = createResolverHandler(createJiraDeps());
};

export const callGetAuditPage = async (payload: AuditPageQueryInput): Promise<AuditPageResult> =>
  (await invokeResolverFunction(handler, {
    functionKey: 'getAuditPage',
    payload,
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
const bareHandler = bare.getDefinitions();

export const callRawPage = (offset: number, limit: number): Promise<unknown> =>
  invokeResolverFunction(bareHandler, { functionKey: 'rawPage', payload: { offset, limit } });
