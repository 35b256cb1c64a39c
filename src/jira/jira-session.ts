/** Who one invocation talks to Jira as, with which clock and timing, and by when it must be done. */
import api, { type APIResponse, type Route } from '@forge/api';
import type { Clock, JiraTiming } from './timing';

/** `user`: the admin's own permissions (everything a page shows); `app`: the archive's scheduled sync only. */
export type JiraActor = 'user' | 'app';

export interface JiraSession {
  readonly actor: JiraActor;
  readonly clock: Clock;
  readonly timing: JiraTiming;
  /** Epoch ms (on `clock`) by which every answer of this invocation must be in. */
  readonly deadline: number;
  /** Requests sent so far, retries included: the archive sync's per-call budget counts them. */
  readonly sent: { count: number };
}

export const startJiraSession = (
  actor: JiraActor,
  { clock, timing }: { readonly clock: Clock; readonly timing: JiraTiming },
  deadlineMs: number = timing.deadlineMs,
): JiraSession => ({
  actor,
  clock,
  timing,
  deadline: clock.now() + deadlineMs,
  sent: { count: 0 },
});

/** GET a Jira REST path built with `route`, as the session's actor. */
export const getJson = (session: JiraSession, path: Route): Promise<APIResponse> => {
  const requester = session.actor === 'user' ? api.asUser() : api.asApp();
  session.sent.count += 1;
  return requester.requestJira(path, { headers: { Accept: 'application/json' } });
};
