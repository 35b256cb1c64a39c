import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './app-directory';
import { overrideEnv } from './env-overrides';

/** Jira's REST description, vendored so the scope linter runs offline. */
export const JIRA_OPENAPI = path.join(REPO_ROOT, 'vendor', 'jira', 'jira-platform-v3.openapi.json');

const OTHER_PRODUCTS = ['JSM', 'JSW', 'CONF', 'CONF_V2', 'BB'] as const;

/**
 * Points the linter's scope check at local API descriptions instead of downloading them:
 * Jira's real one, and empty ones for the products this app does not call. The linter reads
 * these variables only when all seven are set. Returns the function that unsets them.
 */
export function useLocalApiDescriptions(scratchDirectory: string): () => void {
  const empty = path.join(scratchDirectory, 'empty-openapi.json');
  fs.writeFileSync(empty, JSON.stringify({ paths: {} }));
  return overrideEnv({
    USE_LOCAL_SWAGGER: 'true',
    LOCAL_JIRA_SWAGGER: JIRA_OPENAPI,
    ...Object.fromEntries(OTHER_PRODUCTS.map((product) => [`LOCAL_${product}_SWAGGER`, empty])),
  });
}
