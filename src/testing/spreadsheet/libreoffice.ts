/** Converts CSV files to XLSX with LibreOffice headless, importing them as Calc does when a user opens them. */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Calc's CSV import options, in its filter's token order: comma, double quote, UTF-8 (76), from line 1, standard
 * cell formats, English (1033), quoted fields NOT forced to text (so a quoted `=…` is a formula, as in Excel),
 * detect numbers and dates, three export-only tokens, and evaluate formulas (token 13).
 */
export const CSV_IMPORT_FILTER = 'CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true';

/** The soffice binary, or a failure that says how to install it: the spreadsheet tests never skip silently. */
export const requireSoffice = (): string => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
    return 'soffice';
  } catch (error) {
    throw new Error(
      `LibreOffice (soffice) is needed to read the export as a spreadsheet does, and it did not run (${String(error)}). ` +
        'Install it with `npm run system-deps` (Debian package libreoffice-calc-nogui).',
    );
  }
};

/** Converts each CSV to `<name>.xlsx` in `outDir`, with formulas evaluated; a private profile per call. */
export const convertCsvToXlsx = async (csvPaths: readonly string[], outDir: string) => {
  const soffice = requireSoffice();
  // Parallel runs sharing the default profile lock each other out or crash.
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        `--infilter=${CSV_IMPORT_FILTER}`,
        '--outdir',
        outDir,
        ...csvPaths,
      ],
      { timeout: 170_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return csvPaths.map((csv) => path.join(outDir, `${path.basename(csv, '.csv')}.xlsx`));
};
