import fs from 'node:fs';
import path from 'node:path';
import { SCRATCH_ROOT } from './scratch-directory';

/** A minimal app shaped like ours that every check accepts. */
export const GOOD_APP = path.join(__dirname, 'fixtures', 'good');

/** One textual edit to one file of the good app; `find` must occur, so a typo cannot yield a good app. */
export interface Breakage {
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

/**
 * Copies the good app into `.forge-check-tmp/` (inside the repo, so its imports resolve to our
 * node_modules) and applies one breakage: each broken app differs from the good one by one edit.
 */
export function makeBrokenApp(name: BreakageName): string {
  const breakage: Breakage = BREAKAGES[name];
  const root = path.join(SCRATCH_ROOT, 'fixtures');
  fs.mkdirSync(root, { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, `${name}-`));
  fs.cpSync(GOOD_APP, dir, { recursive: true });
  const file = path.join(dir, breakage.file);
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(breakage.find)) {
    throw new Error(`fixture ${name}: "${breakage.find}" not found in ${breakage.file}`);
  }
  fs.writeFileSync(file, text.replace(breakage.find, breakage.replace));
  return dir;
}

export function removeBrokenApp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The ways an app breaks that the checks must catch, each one edit away from the good app. */
export const BREAKAGES = {
  badModuleKey: {
    file: 'manifest.yml',
    find: 'key: fixture-admin-page',
    replace: 'key: fixture admin page!',
  },
  missingResource: {
    file: 'manifest.yml',
    find: 'path: src/frontend/index.tsx',
    replace: 'path: src/frontend/missing.tsx',
  },
  missingIcon: {
    file: 'manifest.yml',
    find: 'icon: resource:icons;icon.svg',
    replace: 'icon: resource:icons;missing.svg',
  },
  missingHandler: {
    file: 'manifest.yml',
    find: 'handler: index.handler',
    replace: 'handler: resolvers.handler',
  },
  handlerNotExported: {
    file: 'src/index.ts',
    find: 'export const handler =',
    replace: 'export const resolverHandler =',
  },
  invalidScope: {
    file: 'manifest.yml',
    find: '- read:jira-user',
    replace: '- read:jira-everything',
  },
  badRuntime: { file: 'manifest.yml', find: 'name: nodejs22.x', replace: 'name: nodejs16.x' },
  // Leaves read:jira-user, while src/index.ts still calls the audit log.
  endpointWithoutScope: {
    file: 'manifest.yml',
    find: '    - manage:jira-configuration\n',
    replace: '',
  },
  uiKitPropTypeError: {
    file: 'src/frontend/index.tsx',
    find: 'appearance="primary"',
    replace: 'appearance="nonsense"',
  },
} satisfies Record<string, Breakage>;

export type BreakageName = keyof typeof BREAKAGES;
