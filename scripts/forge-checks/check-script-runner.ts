import { execFile } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './app-directory';

export interface ScriptRun {
  readonly exitCode: number;
  /** stdout then stderr. */
  readonly output: string;
}

/** Runs a check script as `npm run check:*` does (tsx, from the repo root) on the given app. */
export function runCheckScript(script: string, appDirectory: string): Promise<ScriptRun> {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    execFile(
      tsx,
      [path.join(__dirname, script), appDirectory],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ exitCode, output: `${stdout}${stderr}` });
      },
    );
  });
}
