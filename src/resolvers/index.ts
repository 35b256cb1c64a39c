/** The resolver table: each key hands its untrusted payload to one function, with the instance's dependencies. */
import Resolver from '@forge/resolver';
import { RESOLVER_KEYS } from '../contract';
import type { JiraDeps } from '../jira/jira-deps';
import { getActivitySummary } from './get-activity-summary';
import { getAuditPage } from './get-audit-page';

export const createResolverHandler = (deps: JiraDeps) => {
  const resolver = new Resolver();
  resolver.define(RESOLVER_KEYS.getAuditPage, ({ payload }) => getAuditPage(deps, payload));
  resolver.define(RESOLVER_KEYS.getActivitySummary, ({ payload }) =>
    getActivitySummary(deps, payload),
  );
  return resolver.getDefinitions();
};
