import fc from 'fast-check';
import { avatarSvg, initials } from './avatar-svg';

describe('local avatars', () => {
  test.each([
    ['Priya Raghunathan', 'PR'],
    ['Zoë Ångström 3', 'ZÅ'],
    ["Siobhán O'Brien", 'SO'],
    ['cher', 'C'],
    ['  spaced   out  ', 'SO'],
    ['', '?'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  test('the same account always gets the same colour', () => {
    expect(avatarSvg('5b10a2844c20165700ede21g', 'A B')).toBe(
      avatarSvg('5b10a2844c20165700ede21g', 'A B'),
    );
  });

  test('no display name can inject markup into the SVG', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (accountId, name) => {
        const svg = avatarSvg(accountId, name);
        const text = /<text[^>]*>([^]*)<\/text>/.exec(svg)?.[1] ?? '';
        expect(text).not.toMatch(/[<>"']/);
        expect(svg.match(/<svg/g)).toHaveLength(1);
      }),
    );
  });
});
