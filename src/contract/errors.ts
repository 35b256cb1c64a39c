/** Error codes and the failure shape every resolver key shares. */

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
}

export interface Failure {
  readonly ok: false;
  readonly error: ResolverError;
}

export const failure = (code: ErrorCode, message: string): Failure => ({
  ok: false,
  error: { code, message },
});
