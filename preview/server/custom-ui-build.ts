/** Custom UI resources are build output (gitignored): build them once when missing, so a fresh clone's preview works. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const BUILD_SCRIPT = 'build:static';

export const missingBuilds = (projectDir: string, resourcePaths: readonly string[]): string[] =>
  resourcePaths.filter((resourcePath) => {
    const dir = path.join(projectDir, resourcePath);
    // Only a folder whose parent holds an index.html is a build output (static/export/build ← static/export).
    return (
      !existsSync(path.join(dir, 'index.html')) && existsSync(path.join(dir, '..', 'index.html'))
    );
  });

const hasBuildScript = (projectDir: string): boolean => {
  const manifest = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return typeof manifest.scripts?.[BUILD_SCRIPT] === 'string';
};

/** Runs `npm run build:static` when a resource's build is missing; a failure is logged, not fatal. */
export const ensureCustomUiBuilt = async (
  projectDir: string,
  resourcePaths: readonly string[],
  log: (line: string) => void,
): Promise<void> => {
  const missing = missingBuilds(projectDir, resourcePaths);
  if (missing.length === 0 || !hasBuildScript(projectDir)) return;
  log(`preview: building Custom UI (${missing.join(', ')}) with npm run ${BUILD_SCRIPT}…`);
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', BUILD_SCRIPT, '--silent'], {
      cwd: projectDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', () => resolve(null));
    child.on('close', (exitCode) => {
      if (exitCode !== 0) log(output.trim());
      resolve(exitCode);
    });
  });
  log(
    code === 0
      ? 'preview: Custom UI built.'
      : `preview: npm run ${BUILD_SCRIPT} failed (${String(code)}); those modals will be empty.`,
  );
};
