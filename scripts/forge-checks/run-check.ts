import { appDirectoryFromArgs } from './app-directory';

/** What a check found: its own summary line, and whether the app passed. */
export interface CheckOutcome {
  readonly passed: boolean;
  readonly summary: string;
}

/** CLI entry shared by the checks: runs one on the app named in argv and sets the exit code. */
export function runCheckCli(
  name: string,
  check: (appDirectory: string) => Promise<CheckOutcome>,
): void {
  const appDirectory = appDirectoryFromArgs();
  const started = Date.now();
  check(appDirectory)
    .then(({ passed, summary }) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${name}: ${passed ? 'PASS' : 'FAIL'} (${seconds}s) ${summary}`);
      process.exitCode = passed ? 0 : 1;
    })
    .catch((error: unknown) => {
      console.error(`${name}: FAIL, ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
