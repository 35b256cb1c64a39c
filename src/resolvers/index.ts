/** The resolver table: each key validates nothing itself and calls one function. */
import Resolver from '@forge/resolver';
import { RESOLVER_KEYS } from '../contract';
import { getActivitySummary } from './get-activity-summary';
import { getAuditPage } from './get-audit-page';

const resolver = new Resolver();

resolver.define(RESOLVER_KEYS.getAuditPage, ({ payload }) => getAuditPage(payload));
resolver.define(RESOLVER_KEYS.getActivitySummary, ({ payload }) => getActivitySummary(payload));

export const handler = resolver.getDefinitions();
