import fs from 'node:fs';
import path from 'node:path';
import { getEntryPoints, getNodeBundler, NativeUIBundler } from '@forge/bundler';
import { shouldBundleResource } from '@forge/cli-shared';
import { inAppDirectory } from './app-directory';
import { createCheckLogger } from './check-logger';
import { offlineFeatureFlags } from './feature-flags';
import { openForgeApp } from './forge-app';
import type { CheckOutcome } from './run-check';
import { runCheckCli } from './run-check';
import { createScratchDirectory } from './scratch-directory';

type WrapperProvider = Parameters<typeof getNodeBundler>[1];

/** The real provider downloads Forge's runtime wrapper from a CDN; its script is not our code. */
const offlineWrapperProvider: WrapperProvider = {
  getNodeRuntimeWrapper: async () => ({ script: '', source: 'stub', version: 'stub' }),
  getNodeRuntimeLoader: async () => undefined,
};

export interface BundleReport {
  readonly name: string;
  readonly files: readonly { readonly file: string; readonly bytes: number }[];
}

export interface BundleResult {
  readonly bundles: readonly BundleReport[];
  readonly errors: readonly string[];
}

/**
 * Bundles the app as `forge deploy` packages it: webpack + ts-loader (with type checking) for
 * the functions, then for each UI Kit resource. Both run even if the first fails, so one run
 * shows every error.
 */
export async function bundleApp(appDirectory: string): Promise<BundleResult> {
  const scratch = createScratchDirectory('bundle');
  try {
    return await inAppDirectory(appDirectory, async () => {
      const { configFile, manifest } = await openForgeApp();
      const logger = createCheckLogger();
      const bundles: BundleReport[] = [];
      const errors: string[] = [];
      const entryPoints = getEntryPoints(await configFile.getAppHandlers());
      if (entryPoints.length > 0) {
        const bundler = getNodeBundler(
          logger,
          offlineWrapperProvider,
          configFile,
          offlineFeatureFlags,
        );
        await bundler
          .bundle({ appDirectory: process.cwd(), entryPoints })
          .then(({ outputDir }) => bundles.push(describeBundle('functions', outputDir)))
          .catch((error: unknown) => errors.push(`functions: ${messageOf(error)}`));
      }
      const resources = (await configFile.getResources()).filter(shouldBundleResource);
      if (resources.length > 0) {
        await new NativeUIBundler(logger)
          .bundleResources(resources, manifest.translations)
          .then(({ nativeUiBundlesDetails }) =>
            nativeUiBundlesDetails.forEach(({ key, path: dir }) =>
              bundles.push(describeBundle(`UI Kit resource ${key}`, dir)),
            ),
          )
          .catch((error: unknown) => errors.push(`UI Kit resources: ${messageOf(error)}`));
      }
      return { bundles, errors };
    });
  } finally {
    scratch.dispose();
  }
}

function describeBundle(name: string, outputDir: string): BundleReport {
  const files = fs
    .readdirSync(outputDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { file: path.relative(outputDir, full), bytes: fs.statSync(full).size };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  return { name, files };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function checkBundle(appDirectory: string): Promise<CheckOutcome> {
  const { bundles, errors } = await bundleApp(appDirectory);
  for (const { name, files } of bundles) {
    console.log(`bundle ${name}:`);
    for (const { file, bytes } of files)
      console.log(`  ${file.padEnd(32)} ${String(bytes).padStart(10)} bytes`);
  }
  for (const error of errors) console.log(error);
  return {
    passed: errors.length === 0,
    summary: `${bundles.length} bundle(s), ${errors.length} failed`,
  };
}

if (require.main === module) runCheckCli('check:bundle', checkBundle);
