import { toAuthor } from './to-author';

describe('author from a Jira user', () => {
  it.each([
    ['with avatars', { '16x16': 'u16', '48x48': 'u48' }],
    ['without avatars', null],
  ])('keeps the id and name only, %s (the page never shows an avatar URL)', (_name, avatarUrls) => {
    expect(toAuthor({ accountId: 'a', displayName: 'Zoë', avatarUrls })).toEqual({
      accountId: 'a',
      displayName: 'Zoë',
    });
  });
});
