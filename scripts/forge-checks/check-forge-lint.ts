import path from 'node:path';
import { listGitIgnoreFiles } from '@forge/cli-shared';
import { lint, problemCount, reportLintResults, type LintResult } from '@forge/lint';
import { inAppDirectory } from './app-directory';
import { createCheckLogger } from './check-logger';
import { offlineFeatureFlags } from './feature-flags';
import { openForgeApp } from './forge-app';
import { useLocalApiDescriptions } from './local-api-descriptions';
import type { CheckOutcome } from './run-check';
import { runCheckCli } from './run-check';
import { createScratchDirectory } from './scratch-directory';

/** Where `forge lint` looks for code besides the UI Kit resources' folders. */
const SOURCE_DIRECTORY = './src';
/** `forge lint` runs against an environment; the CLI's default one. */
const ENVIRONMENT = 'development';

/**
 * Runs the client-side half of `forge lint` on the app, choosing files as the CLI's LintService
 * does: `src/` plus every UI Kit resource's folder, minus .gitignore'd paths.
 */
export async function runForgeLint(appDirectory: string): Promise<LintResult[]> {
  const scratch = createScratchDirectory('forge-lint');
  const restoreEnv = useLocalApiDescriptions(scratch.path);
  try {
    return await inAppDirectory(appDirectory, async () => {
      const { reader, configFile, manifest } = await openForgeApp();
      const uiKitDirectories = (await configFile.getResources(['nativeUI'])).map((resource) =>
        path.dirname(resource.path),
      );
      const exclude = [...(await listGitIgnoreFiles(reader)), '.git', 'node_modules'];
      const fileLists = await Promise.all(
        [SOURCE_DIRECTORY, ...uiKitDirectories].map((dir) => reader.recursiveReadDir(dir, exclude)),
      );
      const files = [...new Set(fileLists.flat())];
      return lint(files, manifest, ENVIRONMENT, createCheckLogger(), offlineFeatureFlags, {
        linter: { mode: 'client-side' },
      });
    });
  } finally {
    restoreEnv();
    scratch.dispose();
  }
}

export async function checkForgeLint(appDirectory: string): Promise<CheckOutcome> {
  const results = await runForgeLint(appDirectory);
  // The linter prints its findings in the CLI's own format.
  reportLintResults(createCheckLogger(), results);
  const { errors, warnings, approvals } = problemCount(results);
  return {
    passed: errors === 0 && approvals === 0,
    summary: `${errors} error(s), ${warnings} warning(s), ${approvals} approval(s) needed`,
  };
}

if (require.main === module) runCheckCli('check:forge-lint', checkForgeLint);
