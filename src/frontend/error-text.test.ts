import { plainMessage } from './error-text';

describe('the resolver message as the page shows it', () => {
  it.each([
    [
      'needs the *Administer Jira* global permission',
      'needs the Administer Jira global permission',
    ],
    ['a * b * c', 'a  b  c'],
    ['5 * 3 = 15', '5 * 3 = 15'],
    ['**', '**'],
  ])('%p reads %p', (message, expected) => {
    expect(plainMessage(message)).toBe(expected);
  });
});
