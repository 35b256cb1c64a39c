/** Starts `preview/server.ts` as a child process on a free port, the way `npm start` runs it. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const PROJECT_DIR = path.resolve(__dirname, '..', '..');

export interface PreviewProcess {
  readonly url: string;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

const URL_LINE = /Audit Log Explorer preview: (http:\/\/\S+)/;

export const startPreviewProcess = (
  env: Record<string, string> = {},
  timeoutMs = 240_000,
): Promise<PreviewProcess> =>
  new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [
        path.join(PROJECT_DIR, 'node_modules/tsx/dist/cli.mjs'),
        'preview/server.ts',
        '--port',
        '0',
        '--no-watch',
      ],
      {
        cwd: PROJECT_DIR,
        // New records keep arriving, as on a live site, so the tests prove the page's pinned searches.
        env: { ...process.env, PREVIEW_TICK_MS: '250', PREVIEW_TZ: 'UTC', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`The preview did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_LINE.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        output: () => output,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited with ${String(code)} before it started:\n${output}`));
    });
  });
