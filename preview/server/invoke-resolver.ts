/** Calls the app's real resolver `handler` the way Forge does, and turns a thrown error into something the page can show. */
import { z } from 'zod';
import {
  invokeResolverFunction,
  type ForgeFunctionHandler,
} from '../../src/testing/forge-host/invoke-function';
import { toBridgeError } from '../../src/testing/forge-host/ui-host';

export type ForgeHandler = ForgeFunctionHandler;

export const invokeRequestSchema = z.object({
  functionKey: z.string().min(1),
  payload: z.record(z.string(), z.unknown()).nullish(),
});

/**
 * A thrown error is still a 200: in Forge it travels inside the bridge's answer, and an HTTP error status would
 * make the browser log a console error the page itself never causes. 400 is kept for a malformed request.
 */
export type InvokeOutcome =
  | { readonly status: 200; readonly body: { readonly result: unknown } }
  | {
      readonly status: 200 | 400;
      readonly body: { readonly error: { readonly name: string; readonly message: string } };
    };

export interface InvocationContext {
  readonly accountId: string;
  readonly cloudId: string;
  readonly context: Record<string, unknown>;
}

export const invokeResolver = async (
  handler: ForgeHandler,
  body: unknown,
  invocation: InvocationContext,
): Promise<InvokeOutcome> => {
  const parsed = invokeRequestSchema.safeParse(body);
  if (!parsed.success) {
    return {
      status: 400,
      body: { error: { name: 'BridgeAPIError', message: z.prettifyError(parsed.error) } },
    };
  }
  try {
    const result = await invokeResolverFunction(handler, {
      functionKey: parsed.data.functionKey,
      payload: parsed.data.payload ?? {},
      context: invocation.context,
      accountId: invocation.accountId,
      cloudId: invocation.cloudId,
    });
    return { status: 200, body: { result: result === undefined ? null : result } };
  } catch (error) {
    return { status: 200, body: { error: toBridgeError(error) } };
  }
};
