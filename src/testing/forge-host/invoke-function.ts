/** Calling the app's function entries exactly as Forge does: payload and result through JSON, the caller as principal. */
import { runInvocation } from './invocation';

/** A Forge function module's handler, e.g. `@forge/resolver`'s `getDefinitions()`. */
export type ForgeFunctionHandler = (
  request: { call: { functionKey: string; payload?: unknown }; context: Record<string, unknown> },
  runtime?: Record<string, unknown>,
) => Promise<unknown>;

export interface ResolverCall {
  readonly functionKey: string;
  readonly payload?: unknown;
  /** The page's extension context Forge forwards (moduleKey, …). */
  readonly context?: Record<string, unknown>;
  /** The caller; Forge hands it to `@forge/resolver` as `context.accountId`. */
  readonly accountId?: string;
  readonly cloudId?: string;
}

export const DEFAULT_CLOUD_ID = 'c0ffee00-0000-4000-8000-000000000001';
export const DEFAULT_ACCOUNT_ID = '5b10a2844c20165700ede21g';

// Payloads and results cross Forge as JSON: dates become strings, undefined fields vanish.
const overJson = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);

/** Invokes a resolver key as the bridge's `invoke` does; a thrown error propagates as the platform's would. */
export const invokeResolverFunction = async (
  handler: ForgeFunctionHandler,
  {
    functionKey,
    payload,
    context = {},
    accountId = DEFAULT_ACCOUNT_ID,
    cloudId = DEFAULT_CLOUD_ID,
  }: ResolverCall,
): Promise<unknown> =>
  runInvocation({ accountId }, async () =>
    overJson(
      await handler(
        {
          call: { functionKey, payload: overJson(payload) ?? {} },
          context: overJson(context) as Record<string, unknown>,
        },
        {
          principal: { accountId },
          installContext: `ari:cloud:jira::site/${cloudId}`,
        },
      ),
    ),
  );

/** Runs a scheduled trigger's function as Forge does: no user, only the module's context. */
export const runScheduledFunction = <T>(
  fn: (event: { context: { cloudId: string; moduleKey: string } }) => Promise<T>,
  {
    cloudId = DEFAULT_CLOUD_ID,
    moduleKey,
  }: { readonly cloudId?: string; readonly moduleKey: string },
): Promise<T> => runInvocation({}, () => fn({ context: { cloudId, moduleKey } }));
