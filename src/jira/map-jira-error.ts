/** Turns what went wrong talking to Jira into the contract's failure, with a message an admin can act on. */
import { failure, type Failure } from '../contract';

export type JiraEndpoint = 'audit' | 'users';

// Retryable: the same request can succeed later (rate limit, outage, a cut-off answer). Final: it never will.
const TRANSIENT = { retryable: true } as const;
const FINAL = { retryable: false } as const;

const WHAT: Record<JiraEndpoint, string> = {
  audit: 'the audit log',
  users: 'user details',
};

export const mapJiraStatus = (status: number, endpoint: JiraEndpoint, retries = 0): Failure => {
  const what = WHAT[endpoint];
  const afterRetries =
    retries > 0 ? ` (still after ${retries} ${retries === 1 ? 'retry' : 'retries'})` : '';
  if (status === 401) {
    return failure(
      'UNAUTHORIZED',
      `Jira did not accept your sign-in when reading ${what} (HTTP 401). Reload the page and sign in again; if it keeps happening, allow the app access again when Jira asks.`,
      FINAL,
    );
  }
  if (status === 403) {
    return failure(
      'FORBIDDEN',
      `Jira refused to show ${what} (HTTP 403). Reading the audit log needs the *Administer Jira* global permission, and audit logging needs a paid Jira plan (Free plan sites have no audit log). Ask a Jira admin to grant you Administer Jira, or upgrade the site's plan.`,
      FINAL,
    );
  }
  if (status === 429) {
    return failure(
      'RATE_LIMITED',
      `Jira is limiting how fast the app may read ${what} (HTTP 429)${afterRetries}. Wait a minute, then try again.`,
      TRANSIENT,
    );
  }
  if (status === 404) {
    return failure(
      'JIRA_ERROR',
      `Jira could not find ${what} (HTTP 404). Check that this is a Jira Cloud site with audit logging, then try again.`,
      FINAL,
    );
  }
  if (status === 400 || status === 414) {
    return failure(
      'JIRA_ERROR',
      `Jira rejected the request for ${what} (HTTP ${status}). Check the dates and the filter text, then try again.`,
      FINAL,
    );
  }
  if (status >= 500) {
    return failure(
      'JIRA_ERROR',
      `Jira had a problem answering the request for ${what} (HTTP ${status})${afterRetries}. Try again in a few minutes; if it keeps happening, check https://status.atlassian.com.`,
      TRANSIENT,
    );
  }
  return failure(
    'JIRA_ERROR',
    `Jira answered the request for ${what} with an unexpected HTTP ${status}. Try again; if it keeps happening, contact the app's support.`,
    FINAL,
  );
};

export const unreadableResponse = (endpoint: JiraEndpoint): Failure =>
  failure(
    'JIRA_ERROR',
    `Jira sent ${WHAT[endpoint]} in a form the app could not read. Try again; if it keeps happening, contact the app's support.`,
    TRANSIENT,
  );

export const requestFailed = (endpoint: JiraEndpoint): Failure =>
  failure(
    'JIRA_ERROR',
    `The request for ${WHAT[endpoint]} failed before Jira answered. Check your connection and try again.`,
    TRANSIENT,
  );

export const tooSlow = (endpoint: JiraEndpoint, deadlineMs: number): Failure =>
  failure(
    'JIRA_ERROR',
    `Jira took too long to send ${WHAT[endpoint]} (over ${Math.round(deadlineMs / 1000)} s). Narrow the date range or the filter, or try again later.`,
    TRANSIENT,
  );
