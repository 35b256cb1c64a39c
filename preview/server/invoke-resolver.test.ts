import { NeedsAuthenticationError } from '@forge/api';
import { invokeResolver, type ForgeHandler } from './invoke-resolver';

const invocation = { accountId: 'admin-1', cloudId: 'cloud-1', context: { timezone: 'UTC' } };

describe('the preview calls the resolver handler as Forge does', () => {
  test('the handler gets the call, the context and the principal', async () => {
    const seen: unknown[] = [];
    const handler: ForgeHandler = async (request, runtime) => {
      seen.push(request, runtime);
      return { ok: true };
    };

    await invokeResolver(
      handler,
      { functionKey: 'getAuditPage', payload: { limit: 5 } },
      invocation,
    );

    expect(seen).toEqual([
      {
        call: { functionKey: 'getAuditPage', payload: { limit: 5 } },
        context: { timezone: 'UTC' },
      },
      { principal: { accountId: 'admin-1' }, installContext: 'ari:cloud:jira::site/cloud-1' },
    ]);
  });

  test('a missing payload reaches the handler as an empty object', async () => {
    let payload: unknown;
    await invokeResolver(
      async (request) => (payload = request.call.payload),
      { functionKey: 'k', payload: null },
      invocation,
    );

    expect(payload).toEqual({});
  });

  test('the result travels as JSON: dates become strings, undefined fields vanish', async () => {
    const outcome = await invokeResolver(
      async () => ({ at: new Date('2026-11-20T10:00:00.000Z'), gone: undefined, kept: 1 }),
      { functionKey: 'k' },
      invocation,
    );

    expect(outcome).toEqual({
      status: 200,
      body: { result: { at: '2026-11-20T10:00:00.000Z', kept: 1 } },
    });
  });

  test.each([
    [
      'missing consent',
      new NeedsAuthenticationError('Authentication Required', 'svc'),
      'NEEDS_AUTHENTICATION_ERR',
    ],
    ['any other error', new TypeError('boom'), 'TypeError'],
  ])(
    '%s is reported by its name, as Forge reports a function error',
    async (_name, error, name) => {
      const outcome = await invokeResolver(
        async () => {
          throw error;
        },
        { functionKey: 'k' },
        invocation,
      );

      expect(outcome.status).toBe(200);
      expect(outcome.body).toEqual({ error: { name, message: error.message } });
    },
  );

  test.each([
    [{}],
    [{ functionKey: '' }],
    [{ functionKey: 'k', payload: 'text' }],
    ['not an object'],
  ])('a malformed request %j is a 400 and never reaches the handler', async (body) => {
    let called = false;
    const outcome = await invokeResolver(async () => (called = true), body, invocation);

    expect(outcome.status).toBe(400);
    expect(called).toBe(false);
  });
});
