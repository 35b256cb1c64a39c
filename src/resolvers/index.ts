/** The resolver table: each key hands its untrusted payload to one function, with the instance's dependencies. */
import Resolver from '@forge/resolver';
import { RESOLVER_KEYS } from '../contract';
import { createArchiveDeps, type ArchiveDeps } from '../archive/archive-deps';
import type { JiraDeps } from '../jira/jira-deps';
import { exportAudit } from './export-audit';
import { getActivitySummary } from './get-activity-summary';
import { getArchiveStatus } from './get-archive-status';
import { getAuditPage } from './get-audit-page';
import { defineSavedSearchKeys } from './saved-searches';
import { searchAudit } from './search-audit';

/** Forge hands the caller to @forge/resolver, which passes it on as `context.accountId`. */
const callerOf = (context: { accountId?: unknown }): string | undefined =>
  typeof context.accountId === 'string' ? context.accountId : undefined;

export const createResolverHandler = (
  deps: JiraDeps,
  archive: ArchiveDeps = createArchiveDeps(),
) => {
  const resolver = new Resolver();
  resolver.define(RESOLVER_KEYS.getAuditPage, ({ payload }) => getAuditPage(deps, payload));
  resolver.define(RESOLVER_KEYS.getActivitySummary, ({ payload, context }) =>
    getActivitySummary(deps, archive, payload, callerOf(context)),
  );
  resolver.define(RESOLVER_KEYS.getArchiveStatus, ({ context }) =>
    getArchiveStatus(deps, archive, callerOf(context)),
  );
  resolver.define(RESOLVER_KEYS.searchAudit, ({ payload, context }) =>
    searchAudit(deps, archive, payload, callerOf(context)),
  );
  resolver.define(RESOLVER_KEYS.exportAudit, ({ payload, context }) =>
    exportAudit(deps, archive, payload, callerOf(context)),
  );
  defineSavedSearchKeys(resolver, deps, archive, callerOf);
  return resolver.getDefinitions();
};
