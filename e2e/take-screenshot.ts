/** `npm run screenshot`: starts the preview, opens the admin page in Chromium and writes docs/screenshot.png. */
import { launchBrowser } from './support/browser';
import { startPreviewProcess } from './support/preview-server';
import { captureAdminPage } from './support/screenshot';

const main = async () => {
  const preview = await startPreviewProcess();
  const browser = await launchBrowser();
  try {
    const { page, problems } = await browser.newPage();
    await page.goto(preview.url);
    const file = await captureAdminPage(page);
    if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
    console.log(`Wrote ${file}`);
  } finally {
    await browser.close();
    await preview.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
