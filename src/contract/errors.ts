/** Error codes and the failure shape every resolver key shares. */
import * as z from 'zod/mini';

export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'JIRA_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ResolverError {
  readonly code: ErrorCode;
  readonly message: string;
  /**
   * Whether the same request may succeed if sent again later (a 429, a 5xx, a timeout, a dropped connection).
   * False for what never changes by itself: bad input, 400/401/403/404. Decided where Jira's answer is mapped.
   */
  readonly retryable: boolean;
}

export interface Failure {
  readonly ok: false;
  readonly error: ResolverError;
}

export const failureSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), retryable: z.boolean() }),
});

export const failure = (
  code: ErrorCode,
  message: string,
  { retryable }: { readonly retryable: boolean },
): Failure => ({ ok: false, error: { code, message, retryable } });

/** Bad input is never retryable: the same payload gets the same answer. */
export const badRequest = (message: string): Failure =>
  failure('BAD_REQUEST', message, { retryable: false });
