/** Looks users up through the preview server (backed by the mock Jira's users), batching the ids of one render. */
export interface PreviewUser {
  readonly accountId: string;
  readonly displayName: string;
  readonly avatarUrl: string;
}

const cache = new Map<string, Promise<PreviewUser>>();
let pending = new Map<string, (user: PreviewUser) => void>();

const unknownUser = (accountId: string): PreviewUser => ({
  accountId,
  displayName: 'Unknown user',
  avatarUrl: `/api/preview/avatars/${encodeURIComponent(accountId)}.svg`,
});

const isPreviewUser = (value: unknown): value is PreviewUser =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PreviewUser).accountId === 'string' &&
  typeof (value as PreviewUser).displayName === 'string' &&
  typeof (value as PreviewUser).avatarUrl === 'string';

const flush = async () => {
  const batch = pending;
  pending = new Map();
  const query = [...batch.keys()].map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
  const found = new Map<string, PreviewUser>();
  try {
    const response = await fetch(`/api/preview/users?${query}`);
    const body: unknown = await response.json();
    const users = (body as { users?: unknown }).users;
    (Array.isArray(users) ? users : [])
      .filter(isPreviewUser)
      .forEach((user) => found.set(user.accountId, user));
  } catch (error) {
    console.warn('[preview] user lookup failed', error);
  }
  batch.forEach((resolve, id) => resolve(found.get(id) ?? unknownUser(id)));
};

export const lookUpUser = (accountId: string): Promise<PreviewUser> => {
  const cached = cache.get(accountId);
  if (cached !== undefined) return cached;
  const promise = new Promise<PreviewUser>((resolve) => {
    if (pending.size === 0) setTimeout(() => void flush(), 0);
    pending.set(accountId, resolve);
  });
  cache.set(accountId, promise);
  return promise;
};
