/** The preview server's routes: host pages, built assets, `invoke`, preview-only user lookups, Custom UI files. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SCENARIO_HEADER } from '../host/invoke-client';
import type { PreviewConfig } from '../host/preview-config';
import { avatarSvg } from './avatar-svg';
import type { Bundle } from './bundle';
import { buildErrorPage, FAVICON_SVG, hostPage } from './host-page';
import { invokeResolver, type ForgeHandler } from './invoke-resolver';
import type { ManifestPermissions } from './custom-ui-csp';
import { isScenario, type MockBackend } from './mock-backend';
import { readResourceFile, resolveResourceFile } from './resource-files';

const MAX_BODY_BYTES = 1_000_000;

export interface RouteDeps {
  readonly projectDir: string;
  readonly config: PreviewConfig;
  readonly bundle: Bundle;
  readonly backend: MockBackend;
  readonly handler: () => Promise<ForgeHandler>;
  readonly context: Record<string, unknown>;
  /** The manifest's `permissions`, for the CSP of Custom UI pages. */
  readonly permissions: ManifestPermissions;
}

type Reply = (
  status: number,
  body: string | Uint8Array,
  contentType: string,
  headers?: Readonly<Record<string, string>>,
) => void;

const readBody = async (request: IncomingMessage): Promise<string> => {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const json = (reply: Reply, status: number, body: unknown) =>
  reply(status, JSON.stringify(body), 'application/json; charset=utf-8');

const page = (deps: RouteDeps, reply: Reply, entry: 'app' | 'gallery') => {
  const errors = deps.bundle.errors();
  if (errors.length > 0) reply(500, buildErrorPage(errors), 'text/html; charset=utf-8');
  else reply(200, hostPage(entry, deps.config), 'text/html; charset=utf-8');
};

const invoke = async (deps: RouteDeps, request: IncomingMessage, reply: Reply) => {
  const scenario = request.headers[SCENARIO_HEADER] ?? deps.config.scenario;
  if (!isScenario(scenario)) {
    json(reply, 400, {
      error: { name: 'PreviewError', message: `Unknown scenario "${String(scenario)}".` },
    });
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    json(reply, 400, {
      error: { name: 'BridgeAPIError', message: 'The invoke body is not JSON.' },
    });
    return;
  }
  const handler = await deps.handler();
  const outcome = await deps.backend.withScenario(scenario, () =>
    invokeResolver(handler, body, {
      accountId: deps.config.accountId,
      cloudId: deps.config.cloudId,
      context: deps.context,
    }),
  );
  json(reply, outcome.status, outcome.body);
};

const users = (deps: RouteDeps, url: URL, reply: Reply) => {
  const wanted = new Set(url.searchParams.getAll('accountId'));
  const found = deps.backend.users
    .filter((user) => wanted.has(user.accountId))
    .map((user) => ({
      accountId: user.accountId,
      displayName: user.displayName,
      avatarUrl: `/api/preview/avatars/${encodeURIComponent(user.accountId)}.svg`,
    }));
  json(reply, 200, { users: found });
};

const avatar = (deps: RouteDeps, accountId: string, reply: Reply) => {
  const user = deps.backend.users.find((candidate) => candidate.accountId === accountId);
  reply(200, avatarSvg(accountId, user?.displayName ?? '?'), 'image/svg+xml');
};

/** The mock's newest records (preview-only), so tests can compare the page with the data behind it. */
const records = (deps: RouteDeps, url: URL, reply: Reply) => {
  const scenario = url.searchParams.get('scenario') ?? 'normal';
  if (!isScenario(scenario)) return json(reply, 400, { error: `Unknown scenario "${scenario}".` });
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 50) || 50, 10_000);
  const all = deps.backend.mock(scenario).allRecords();
  return json(reply, 200, { total: all.length, records: all.slice(0, limit) });
};

export const route = async (
  deps: RouteDeps,
  request: IncomingMessage,
  response: ServerResponse,
) => {
  const reply: Reply = (status, body, contentType, headers = {}) => {
    response.writeHead(status, {
      'content-type': contentType,
      'cache-control': 'no-store',
      ...headers,
    });
    response.end(body);
  };
  const url = new URL(request.url ?? '/', 'http://preview.local');
  const { pathname } = url;
  if (request.method === 'POST' && pathname === '/api/invoke') return invoke(deps, request, reply);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return json(reply, 405, { error: 'Method not allowed' });
  if (pathname === '/') {
    const scenario = url.searchParams.get('scenario');
    if (isScenario(scenario)) deps.backend.restart(scenario);
    return page(deps, reply, 'app');
  }
  if (pathname === '/gallery') return page(deps, reply, 'gallery');
  if (pathname === '/favicon.svg' || pathname === '/favicon.ico')
    return reply(200, FAVICON_SVG, 'image/svg+xml');
  if (pathname === '/api/preview/health') return json(reply, 200, { ok: true });
  if (pathname === '/api/preview/users') return users(deps, url, reply);
  if (pathname === '/api/preview/records') return records(deps, url, reply);
  const avatarMatch = /^\/api\/preview\/avatars\/([^/]+)\.svg$/.exec(pathname);
  if (avatarMatch?.[1] !== undefined)
    return avatar(deps, decodeURIComponent(avatarMatch[1]), reply);
  if (pathname.startsWith('/assets/')) {
    const file = deps.bundle.file(pathname.slice('/assets/'.length));
    return file === undefined
      ? json(reply, 404, { error: 'No such asset' })
      : reply(200, file.contents, file.contentType);
  }
  const resourcePaths = deps.config.resources.map((resource) => resource.path);
  const resourceFile = resolveResourceFile(deps.projectDir, resourcePaths, pathname);
  const served =
    resourceFile === undefined ? undefined : await readResourceFile(resourceFile, deps.permissions);
  if (served !== undefined)
    return reply(
      200,
      served.contents,
      served.contentType,
      served.csp === undefined ? {} : { 'content-security-policy': served.csp },
    );
  return json(reply, 404, { error: `Nothing at ${pathname}` });
};
