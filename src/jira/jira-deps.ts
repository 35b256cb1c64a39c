/** What the app's entries need to talk to Jira, built once per function instance and passed in (tests swap parts). */
import { createAuthorCache, type AuthorCache } from './author-cache';
import { DEFAULT_TIMING, systemClock, type Clock, type JiraTiming } from './timing';

export interface JiraDeps {
  readonly clock: Clock;
  readonly timing: JiraTiming;
  /** Lives as long as the function instance, so a warm instance names authors without asking Jira. */
  readonly authors: AuthorCache;
}

export const createJiraDeps = (overrides: Partial<JiraDeps> = {}): JiraDeps => ({
  clock: systemClock,
  timing: DEFAULT_TIMING,
  authors: createAuthorCache(),
  ...overrides,
});
