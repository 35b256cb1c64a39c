/**
 * Missing consent crosses the bridge as an error, not a result: the resolver rethrows @forge/api's
 * NeedsAuthenticationError, `invoke` rejects with its name, and Forge shows its consent screen in the app's place.
 */
export const CONSENT_REQUIRED_ERROR = 'NEEDS_AUTHENTICATION_ERR';

export const isConsentRequired = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === CONSENT_REQUIRED_ERROR;
