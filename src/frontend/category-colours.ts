/** A fixed colour for each audit category, so "projects" is the same colour in every search's chart. */

// The design system's categorical chart colours (ADS `color.chart.categorical.1`–`8` and bold hues), as hex.
const PALETTE = [
  '#2898BD',
  '#5E4DB2',
  '#E56910',
  '#943D73',
  '#09326C',
  '#8F7EE7',
  '#50253F',
  '#A54800',
  '#6A9A23',
  '#CD519D',
  '#946F00',
  '#E34935',
  '#758195',
  '#216E4E',
] as const;

// Jira's own audit categories get their own colours; any other category is placed by its name.
const KNOWN = [
  'user management',
  'group management',
  'permissions',
  'projects',
  'workflows',
  'fields',
  'system',
  'notifications',
  'screens',
  'issue types',
] as const;

const hash = (text: string): number => {
  let value = 2166136261; // FNV-1a: stable across runs and machines
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 16777619) >>> 0;
  return value;
};

export const categoryColour = (category: string): string => {
  const known = KNOWN.indexOf(category as (typeof KNOWN)[number]);
  return PALETTE[
    known >= 0 ? known : KNOWN.length + (hash(category) % (PALETTE.length - KNOWN.length))
  ]!;
};

/** UI Kit charts' `colorPalette` as key/value pairs: each category in the data mapped to its colour. */
export const categoryPalette = (categories: readonly string[]) =>
  categories.map((category) => ({ key: category, value: categoryColour(category) }));
