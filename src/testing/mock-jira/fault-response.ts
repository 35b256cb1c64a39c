/** Turns a MockFault into the response real Jira (or Forge's proxy) would give. */
import type { EndpointResult } from './endpoint-result';
import { errorResult } from './endpoint-result';
import type { MockFault } from './types';

const STATUS_MESSAGES: Record<number, string> = {
  401: 'Client must be authenticated to access this resource.',
  403: 'You do not have permission to view the audit log.',
  404: 'Not Found',
  429: 'Rate limit exceeded.',
};

export const faultHeaders = (
  fault: MockFault & { kind: 'status' },
  now: number,
): Record<string, string> => {
  const retryAfter = fault.retryAfter ?? (fault.status === 429 ? 1 : undefined);
  if (retryAfter === undefined) return {};
  const headers: Record<string, string> = { 'Retry-After': String(retryAfter) };
  if (fault.status === 429) {
    headers['X-RateLimit-Reset'] = new Date(now + retryAfter * 1000).toISOString();
    headers['RateLimit-Reason'] = 'jira-burst-based';
  }
  return headers;
};

export const statusFault = (status: number): EndpointResult =>
  status >= 500
    ? {
        status,
        body: `<html><body><h1>${status}</h1>Something went wrong.</body></html>`,
        contentType: 'text/html',
      }
    : errorResult(status, STATUS_MESSAGES[status] ?? `HTTP ${status}`);

/** Not JSON at all, sent as JSON (what a misbehaving proxy hands back). */
export const malformedJson = (): EndpointResult => ({
  status: 200,
  body: '{offset: 0, records: [ <html>',
  contentType: 'application/json',
});

/** The real answer cut in half, as when a connection drops mid-body. */
export const truncated = (result: EndpointResult): EndpointResult => ({
  ...result,
  body: result.body.slice(0, Math.max(1, Math.floor(result.body.length / 2))),
});
