import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  IFRAME_BRIDGE_TAG,
  injectBridge,
  readResourceFile,
  resolveResourceFile,
} from './resource-files';

const PROJECT = '/project';
const RESOURCES = ['static/export/build', 'preview/fixtures/custom-ui'];

describe('only files inside a manifest resource are served', () => {
  test.each([
    ['/static/export/build/index.html', '/project/static/export/build/index.html'],
    ['/static/export/build/assets/app.js', '/project/static/export/build/assets/app.js'],
    ['/static/export/build', '/project/static/export/build'],
    ['/preview/fixtures/custom-ui/index.html', '/project/preview/fixtures/custom-ui/index.html'],
  ])('%s is served', (url, file) => {
    expect(resolveResourceFile(PROJECT, RESOURCES, url)).toBe(file);
  });

  test.each([
    '/package.json',
    '/static/export/build/../../../package.json',
    '/static/export/build/%2e%2e/%2e%2e/src/index.ts',
    '/static/export/buildings/index.html',
    '/static/export/index.html',
    '/preview/server.ts',
  ])('%s is refused', (url) => {
    expect(resolveResourceFile(PROJECT, RESOURCES, url)).toBeUndefined();
  });
});

describe('the bridge shim is the first script of a Custom UI page', () => {
  test.each([
    [
      '<html><head><script src="app.js"></script></head></html>',
      `<html><head>\n    ${IFRAME_BRIDGE_TAG}<script src="app.js"></script></head></html>`,
    ],
    [
      '<HEAD lang="en"><title>x</title>',
      `<HEAD lang="en">\n    ${IFRAME_BRIDGE_TAG}<title>x</title>`,
    ],
    ['<body>no head</body>', `${IFRAME_BRIDGE_TAG}\n<body>no head</body>`],
  ])('%s', (html, expected) => {
    expect(injectBridge(html)).toBe(expected);
  });

  test('HTML files get the shim and Forge’s CSP, other files are served as they are, a folder serves its index.html', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'preview-resource-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<head></head>');
    await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');

    const page = await readResourceFile(dir);
    const script = await readResourceFile(path.join(dir, 'assets', 'app.js'));
    const missing = await readResourceFile(path.join(dir, 'nope.html'));

    expect(page?.contentType).toBe('text/html; charset=utf-8');
    expect(String(page?.contents)).toContain(IFRAME_BRIDGE_TAG);
    expect(page?.csp).toMatch(/(^|; )style-src 'self' /); // Forge's CSP, no inline style by default
    expect(script?.csp).toBeUndefined();
    expect(String(script?.contents)).toBe('console.log(1)');
    expect(script?.contentType).toBe('text/javascript; charset=utf-8');
    expect(missing).toBeUndefined();
  });
});
