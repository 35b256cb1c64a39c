import { installPageBridge } from '../testing/forge-host/jest-bridge';
import { createForgeUiHost } from '../testing/forge-host/ui-host';

const answers: unknown[] = [];
const host = createForgeUiHost({
  context: {},
  resources: [],
  invoke: async () => answers.shift(),
});
installPageBridge(host.pageBridge);

// @forge/bridge finds the bridge when first imported, so the client loads after the fake is in place.
const loadClient = () => import('./bridge-client');

const success = { ok: true, records: [], offset: 0, limit: 50, hasMore: false };

describe('the typed bridge client', () => {
  it('sends the key and payload through invoke and returns the contract result', async () => {
    const { auditClient } = await loadClient();
    answers.push(success);
    await expect(auditClient.getAuditPage({ filter: 'x', limit: 50 })).resolves.toEqual(success);
    expect(host.invokes.at(-1)).toEqual({
      view: 'page',
      functionKey: 'getAuditPage',
      payload: { filter: 'x', limit: 50 },
    });
  });

  it('unwraps the {body, metadata} form invoke may answer with', async () => {
    const { auditClient, unwrapInvokeResponse } = await loadClient();
    answers.push({ body: success, metadata: {} });
    await expect(auditClient.getAuditPage({})).resolves.toEqual(success);
    expect(unwrapInvokeResponse(success)).toBe(success);
  });

  it('passes a failure through as data', async () => {
    const { auditClient } = await loadClient();
    const failure = { ok: false, error: { code: 'FORBIDDEN', message: 'no', retryable: false } };
    answers.push(failure);
    await expect(auditClient.getAuditPage({})).resolves.toEqual(failure);
  });

  it.each([
    ['no answer', undefined],
    ['an unknown error code', { ok: false, error: { code: 'TEAPOT', message: 'x' } }],
    ['records that are not records', { ...success, records: [{ id: 'one' }] }],
    ['a missing hasMore', { ok: true, records: [], offset: 0, limit: 50 }],
  ])('rejects %s as outside the contract', async (_name, answer) => {
    const { auditClient, UnreadableResultError } = await loadClient();
    answers.push(answer);
    await expect(auditClient.getAuditPage({})).rejects.toBeInstanceOf(UnreadableResultError);
  });
});
