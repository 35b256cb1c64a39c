import path from 'node:path';

/** The project root: the default app every check looks at. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The app to check: the first CLI argument (so tests can point at fixtures), else the project. */
export function appDirectoryFromArgs(args: readonly string[] = process.argv.slice(2)): string {
  const [first] = args;
  return first ? path.resolve(first) : REPO_ROOT;
}

/**
 * Runs `work` with the app as working directory, because the Forge libraries read
 * `manifest.yml`, `tsconfig.json` and `src/` relative to `process.cwd()`, as the CLI does.
 */
export async function inAppDirectory<T>(appDirectory: string, work: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(appDirectory);
  try {
    return await work();
  } finally {
    process.chdir(previous);
  }
}
