/** One preview server for the whole e2e run (started like `npm start`, on a free port, new records off). */
import { startPreviewProcess, type PreviewProcess } from './preview-server';

declare global {
  var __PREVIEW_PROCESS__: PreviewProcess | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const preview = await startPreviewProcess();
  globalThis.__PREVIEW_PROCESS__ = preview;
  process.env.PREVIEW_URL = preview.url;
  console.log(`\npreview for e2e: ${preview.url} (started in ${Date.now() - started} ms)`);
}
