import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './app-directory';

/** Jira's REST description, vendored so the scope linter runs offline. */
export const JIRA_OPENAPI = path.join(REPO_ROOT, 'vendor', 'jira', 'jira-platform-v3.openapi.json');

const OTHER_PRODUCTS = ['JSM', 'JSW', 'CONF', 'CONF_V2', 'BB'] as const;

/**
 * Points the linter's scope check at local API descriptions instead of downloading them:
 * Jira's real one, and empty ones for the products this app does not call. The linter reads
 * these variables only when all seven are set.
 */
export function useLocalApiDescriptions(scratchDirectory: string): void {
  const empty = path.join(scratchDirectory, 'empty-openapi.json');
  fs.writeFileSync(empty, JSON.stringify({ paths: {} }));
  process.env.USE_LOCAL_SWAGGER = 'true';
  process.env.LOCAL_JIRA_SWAGGER = JIRA_OPENAPI;
  for (const product of OTHER_PRODUCTS) process.env[`LOCAL_${product}_SWAGGER`] = empty;
}
