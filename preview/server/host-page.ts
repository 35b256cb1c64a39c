/** The HTML of the host page (and of a build-error page), with the server's config inlined for the browser. */
import type { PreviewConfig } from '../host/preview-config';

// `<` escaped so no value can close the inline script.
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const hostPage = (
  entry: 'app' | 'gallery',
  config: PreviewConfig,
): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(config.appTitle)} · Jira settings (local preview)</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/assets/${entry}.css" />
    <style>
      html, body { margin: 0; min-height: 100%; }
      body {
        background: var(--ds-surface, #fff);
        color: var(--ds-text, #172b4d);
        font-family: var(--ds-font-family-body, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "Helvetica Neue", sans-serif);
        font-size: 14px;
      }
      #root { min-height: 100vh; }
    </style>
    <script>window.__PREVIEW_CONFIG__ = ${inlineJson(config)};</script>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/assets/${entry}.js"></script>
  </body>
</html>
`;

export const buildErrorPage = (errors: readonly string[]): string => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Preview build failed</title><link rel="icon" href="/favicon.svg" type="image/svg+xml" /></head>
  <body style="font-family: sans-serif; margin: 24px; color: #172b4d">
    <h1 style="color: #ae2e24">The preview could not build the app</h1>
    <p>Fix the errors below; the preview rebuilds when you save.</p>
    <pre data-testid="preview-build-errors" style="background: #ffeceb; padding: 16px; white-space: pre-wrap">${escapeHtml(errors.join('\n'))}</pre>
  </body>
</html>
`;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1868DB"/><path d="M10 9h12v3H10zm0 5.5h12v3H10zm0 5.5h8v3h-8z" fill="#fff"/></svg>`;
