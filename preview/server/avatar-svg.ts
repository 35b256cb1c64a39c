/** A local avatar (initials on a colour picked from the id): the preview must not load images from the internet. */
const COLOURS = [
  '#0052CC',
  '#00875A',
  '#5243AA',
  '#DE350B',
  '#FF8B00',
  '#00A3BF',
  '#6554C0',
  '#36B37E',
];

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const initials = (displayName: string): string =>
  displayName
    .split(/\s+/)
    .filter((part) => part !== '')
    .slice(0, 2)
    .map((part) => [...part][0]?.toUpperCase() ?? '')
    .join('') || '?';

export const avatarSvg = (accountId: string, displayName: string): string => {
  const hash = [...accountId].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  const colour = COLOURS[hash % COLOURS.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><rect width="48" height="48" fill="${colour}"/><text x="24" y="30" font-family="sans-serif" font-size="18" font-weight="600" fill="#fff" text-anchor="middle">${escapeXml(initials(displayName))}</text></svg>`;
};
