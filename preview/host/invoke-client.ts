/** `invoke` over HTTP: the preview server runs the real resolver `handler` against the mock Jira. */
import type { BridgeError } from '../../src/testing/forge-host/ui-host';

export const SCENARIO_HEADER = 'x-preview-scenario';

const isBridgeError = (value: unknown): value is BridgeError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as BridgeError).name === 'string' &&
  typeof (value as BridgeError).message === 'string';

/** A thrown resolver error comes back by name and message; the Forge UI host decides what the admin sees. */
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
    const { name, message } = isBridgeError(body.error)
      ? body.error
      : { name: 'Error', message: `The preview server answered ${response.status}.` };
    throw Object.assign(new Error(message), { name });
  };
