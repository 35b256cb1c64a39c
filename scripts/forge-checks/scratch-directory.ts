import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './app-directory';
import { overrideEnv } from './env-overrides';

/** Git-ignored home of everything the checks write. */
export const SCRATCH_ROOT = path.join(REPO_ROOT, '.forge-check-tmp');

export interface ScratchDirectory {
  readonly path: string;
  /** Deletes the directory and restores the environment it changed. */
  dispose(): void;
}

/**
 * A fresh folder under `.forge-check-tmp/` that also becomes TMPDIR (the bundlers write their
 * output through `tmp`) and XDG_CONFIG_HOME (the linter's cache), so a check writes nothing
 * outside the project.
 */
export function createScratchDirectory(label: string): ScratchDirectory {
  fs.mkdirSync(SCRATCH_ROOT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(SCRATCH_ROOT, `${label}-`));
  const restoreEnv = overrideEnv({ TMPDIR: dir, XDG_CONFIG_HOME: path.join(dir, 'config') });
  return {
    path: dir,
    dispose: () => {
      restoreEnv();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
