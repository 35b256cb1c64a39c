/** Builds the browser side with esbuild, in memory: host + real app, the gallery fixture, and the iframe bridge. */
import path from 'node:path';
import * as esbuild from 'esbuild';

export interface BundleOptions {
  readonly projectDir: string;
  /** The app's UI Kit entry, imported after the fake bridge is installed. */
  readonly appEntry: string;
  readonly development: boolean;
  /** Rebuild when sources change (npm start); tests build once. */
  readonly watch: boolean;
  readonly log?: (line: string) => void;
}

export interface BuiltFile {
  readonly contents: Uint8Array;
  readonly contentType: string;
}

export interface Bundle {
  /** A file under /assets/, or undefined. */
  readonly file: (name: string) => BuiltFile | undefined;
  /** esbuild's errors from the latest build, empty when it succeeded. */
  readonly errors: () => readonly string[];
  readonly dispose: () => Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const contentType = (name: string) =>
  CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream';

/** `forge-app-entry` is the app's manifest resource, so the host never hard-codes the app's path. */
const appEntryPlugin = (appEntry: string): esbuild.Plugin => ({
  name: 'forge-app-entry',
  setup(build) {
    build.onResolve({ filter: /^forge-app-entry$/ }, () => ({ path: appEntry }));
  },
});

const commonOptions = (options: BundleOptions): esbuild.BuildOptions => {
  const mode = options.development ? 'development' : 'production';
  return {
    absWorkingDir: options.projectDir,
    bundle: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    sourcemap: 'linked',
    logLevel: 'silent',
    outdir: path.join(options.projectDir, '.tmp', 'preview-assets'),
    define: { 'process.env.NODE_ENV': JSON.stringify(mode), global: 'globalThis' },
    // Atlaskit reads `process.env.*` at run time in a few places.
    banner: { js: `globalThis.process ??= { env: { NODE_ENV: ${JSON.stringify(mode)} } };` },
    loader: { '.css': 'css', '.svg': 'file', '.png': 'file', '.woff': 'file', '.woff2': 'file' },
    assetNames: 'media/[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    entryNames: '[name]',
  };
};

export const buildBundle = async (options: BundleOptions): Promise<Bundle> => {
  const filesByBuild = new Map<string, Map<string, BuiltFile>>();
  const errorsByBuild = new Map<string, string[]>();
  const outdir = path.join(options.projectDir, '.tmp', 'preview-assets');
  const firstBuilds: Promise<void>[] = [];
  const collect = (buildName: string): esbuild.Plugin => ({
    name: 'collect-outputs',
    setup(build) {
      let firstBuildDone = () => {};
      firstBuilds.push(new Promise<void>((resolve) => (firstBuildDone = resolve)));
      build.onEnd((result) => {
        firstBuildDone();
        const messages = esbuild.formatMessagesSync(result.errors, { kind: 'error', color: false });
        errorsByBuild.set(buildName, messages);
        if (result.errors.length > 0) {
          options.log?.(`preview: build failed\n${messages.join('\n')}`);
          return;
        }
        options.log?.(`preview: built ${buildName} (${result.outputFiles?.length ?? 0} files)`);
        const files = new Map<string, BuiltFile>();
        for (const output of result.outputFiles ?? []) {
          const name = path.relative(outdir, output.path).split(path.sep).join('/');
          files.set(name, { contents: output.contents, contentType: contentType(name) });
        }
        filesByBuild.set(buildName, files);
      });
    },
  });
  const page = await esbuild.context({
    ...commonOptions(options),
    entryPoints: {
      app: path.join(options.projectDir, 'preview/host/main.tsx'),
      gallery: path.join(options.projectDir, 'preview/host/gallery-main.tsx'),
      'fixture-frame': path.join(options.projectDir, 'preview/fixtures/custom-ui-frame.ts'),
    },
    format: 'esm',
    splitting: true,
    plugins: [appEntryPlugin(options.appEntry), collect('page')],
  });
  // A classic script: it must set window.__bridge before a Custom UI page's own scripts run.
  const frameBridge = await esbuild.context({
    ...commonOptions(options),
    entryPoints: {
      'iframe-bridge': path.join(options.projectDir, 'preview/host/iframe-bridge.ts'),
    },
    format: 'iife',
    plugins: [collect('iframe-bridge')],
  });
  const contexts = [page, frameBridge];
  // Errors are reported through onEnd; the first build must finish before the server answers.
  if (options.watch) await Promise.all(contexts.map((context) => context.watch()));
  else await Promise.all(contexts.map((context) => context.rebuild().catch(() => undefined)));
  await Promise.all(firstBuilds);
  return {
    file: (name) => [...filesByBuild.values()].find((files) => files.has(name))?.get(name),
    errors: () => [...errorsByBuild.values()].flat(),
    dispose: async () => {
      await Promise.all(contexts.map((context) => context.dispose()));
    },
  };
};
