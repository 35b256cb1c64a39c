/** Serves the files of manifest resources (Custom UI under static/), with the bridge shim injected into HTML. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { customUiCsp, type ManifestPermissions } from './custom-ui-csp';

export const IFRAME_BRIDGE_TAG = '<script src="/assets/iframe-bridge.js"></script>';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface ResourceFile {
  readonly contents: Buffer | string;
  readonly contentType: string;
  /** Set for a Custom UI page: the Content-Security-Policy Forge would serve it with. */
  readonly csp?: string;
}

/** The bridge must exist before any of the page's own scripts run, so it goes first in <head>. */
export const injectBridge = (html: string): string =>
  /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${IFRAME_BRIDGE_TAG}`)
    : `${IFRAME_BRIDGE_TAG}\n${html}`;

/** The file for a URL path, only if it lies inside one of the resource folders (no `..` escapes). */
export const resolveResourceFile = (
  projectDir: string,
  resourcePaths: readonly string[],
  urlPath: string,
): string | undefined => {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = path.resolve(projectDir, relative);
  const inside = resourcePaths.some((resourcePath) => {
    const root = path.resolve(projectDir, resourcePath);
    return file === root || file.startsWith(`${root}${path.sep}`);
  });
  return inside ? file : undefined;
};

export const readResourceFile = async (
  file: string,
  permissions: ManifestPermissions = {},
): Promise<ResourceFile | undefined> => {
  const info = await stat(file).catch(() => undefined);
  const target = info?.isDirectory() ? path.join(file, 'index.html') : file;
  const contents = await readFile(target).catch(() => undefined);
  if (contents === undefined) return undefined;
  const contentType = TYPES[path.extname(target)] ?? 'application/octet-stream';
  if (!contentType.startsWith('text/html')) return { contents, contentType };
  const html = contents.toString('utf8');
  return { contents: injectBridge(html), contentType, csp: customUiCsp(html, permissions) };
};
