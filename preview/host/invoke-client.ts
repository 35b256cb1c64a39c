/** `invoke` over HTTP: the preview server runs the real resolver `handler` against the mock Jira. */
import type { PlatformError } from './host-store';

export const SCENARIO_HEADER = 'x-preview-scenario';

export class ResolverInvocationError extends Error {
  constructor(readonly platformError: PlatformError) {
    super(platformError.message);
    this.name = platformError.name;
  }
}

const isPlatformError = (value: unknown): value is PlatformError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PlatformError).name === 'string' &&
  typeof (value as PlatformError).message === 'string';

export const invokeOverHttp =
  (scenario: string) =>
  async (functionKey: string, payload: unknown): Promise<unknown> => {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SCENARIO_HEADER]: scenario },
      body: JSON.stringify({ functionKey, payload: payload ?? {} }),
    });
    const body = (await response.json()) as { result?: unknown; error?: unknown };
    if (response.ok && body.error === undefined) return body.result;
    const error = isPlatformError(body.error)
      ? body.error
      : { name: 'Error', message: `The preview server answered ${response.status}.` };
    throw new ResolverInvocationError(error);
  };
