/**
 * A Jira user as the record's `author`: id and display name. No avatar URL: the page draws people with UI Kit's
 * `User`, which looks the avatar up from the account id itself, so the URL would be bytes nobody shows.
 */
import type { AuditAuthor } from '../contract';
import type { JiraUser } from './schemas';

export const toAuthor = (user: JiraUser): AuditAuthor => ({
  accountId: user.accountId,
  displayName: user.displayName,
});
