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

  const fill = (svg: string) => /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1];

  test('an account keeps its colour whatever its name, and accounts get different colours', () => {
    const id = '5b10a2844c20165700ede21g';
    expect(fill(avatarSvg(id, 'Priya Raghunathan'))).toMatch(/^#[0-9A-F]{6}$/);
    expect(fill(avatarSvg(id, 'Priya Raghunathan'))).toBe(fill(avatarSvg(id, 'Renamed Later')));
    const colours = new Set(
      Array.from({ length: 16 }, (_, index) => fill(avatarSvg(`account-${index}`, 'Same Name'))),
    );
    expect(colours.size).toBeGreaterThan(3);
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
