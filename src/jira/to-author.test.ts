import { toAuthor } from './to-author';

describe('author from a Jira user', () => {
  it.each([
    ['takes the 48px avatar', { '16x16': 'u16', '48x48': 'u48' }, 'u48'],
    ['falls back to the largest given', { '16x16': 'u16', '32x32': 'u32' }, 'u32'],
    ['skips empty and null urls', { '48x48': '', '32x32': null, '24x24': 'u24' }, 'u24'],
    ['no avatars at all', null, undefined],
  ])('%s', (_name, avatarUrls, avatarUrl) => {
    const author = toAuthor({ accountId: 'a', displayName: 'Zoë', avatarUrls });
    expect(author).toEqual({
      accountId: 'a',
      displayName: 'Zoë',
      ...(avatarUrl ? { avatarUrl } : {}),
    });
  });
});
