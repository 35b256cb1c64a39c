/** The UI Kit resource as `forge deploy` bundles it, against a hello-world UI Kit page bundled the same way. */
import path from 'node:path';
import { REPO_ROOT } from '../scripts/forge-checks/app-directory';
import { bundleApp, type BundleReport } from '../scripts/forge-checks/check-bundle';
import { kib, ratio, runStandalone, type BenchSection } from './support/report';

const HELLO_WORLD = path.join(__dirname, 'fixtures', 'hello-world');
const GOAL = 1.5;

const uiKitBytes = async (
  appDirectory: string,
): Promise<{ bytes: number; js: number; bundle: BundleReport }> => {
  const { bundles, errors } = await bundleApp(appDirectory);
  if (errors.length > 0) throw new Error(`bundle-size: ${appDirectory}: ${errors.join('; ')}`);
  const bundle = bundles.find((candidate) => candidate.name.startsWith('UI Kit resource'));
  if (!bundle) throw new Error(`bundle-size: no UI Kit resource bundled in ${appDirectory}`);
  const sum = (files: BundleReport['files']) =>
    files.reduce((total, file) => total + file.bytes, 0);
  // Source maps are uploaded but never sent to the browser.
  const shipped = bundle.files.filter((file) => !file.file.endsWith('.map'));
  return {
    bytes: sum(shipped),
    js: sum(shipped.filter((file) => file.file.endsWith('.js'))),
    bundle,
  };
};

export const run = async (): Promise<BenchSection> => {
  const app = await uiKitBytes(REPO_ROOT);
  const hello = await uiKitBytes(HELLO_WORLD);
  const files = (report: BundleReport) =>
    report.files.map((file) => `${file.file} ${kib(file.bytes)}`).join(', ');
  return {
    title: 'UI Kit resource bundle (Forge bundler)',
    rows: [
      {
        benchmark: 'admin page resource `main`, files shipped (no .map)',
        measured: kib(app.bytes),
        baseline: `${kib(hello.bytes)} hello-world UI Kit page`,
        ratio: ratio(app.bytes, hello.bytes),
        goal: `≤ ${GOAL}×`,
        met: ratio(app.bytes, hello.bytes) <= GOAL,
      },
    ],
    notes: [
      "Built with @forge/bundler's NativeUIBundler through scripts/forge-checks (webpack + ts-loader, as `forge deploy`), for the app and for bench/fixtures/hello-world (`<Text>Hello world</Text>`).",
      `app: ${files(app.bundle)}`,
      `hello world: ${files(hello.bundle)}`,
    ],
  };
};

runStandalone(module, run);
