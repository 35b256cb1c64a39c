/** A Jira user as the record's `author`: id, name and the 48px avatar (or the largest one given). */
import type { AuditAuthor } from '../contract';
import type { JiraUser } from './schemas';

const AVATAR_SIZES = ['48x48', '32x32', '24x24', '16x16'] as const;

export const toAuthor = (user: JiraUser): AuditAuthor => {
  const avatarUrl = AVATAR_SIZES.map((size) => user.avatarUrls?.[size]).find(
    (url): url is string => typeof url === 'string' && url !== '',
  );
  return {
    accountId: user.accountId,
    displayName: user.displayName,
    ...(avatarUrl ? { avatarUrl } : {}),
  };
};
