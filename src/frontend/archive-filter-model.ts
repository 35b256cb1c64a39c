/** Pure rules of the archive's filters: options with counts, what a Select hands back, the tags of applied filters. */
import type { SearchAuditSuccess } from '../contract';
import type { StructuredFilters } from './search-model';

export type FilterName = keyof StructuredFilters;
type Facets = SearchAuditSuccess['facets'];
export type ListName = 'authors' | 'categories' | 'objectTypes';

export interface FilterOption {
  readonly label: string;
  readonly value: string;
}

const SYSTEM = 'system';
const count = (n: number) => n.toLocaleString('en-US');

const facetList = (name: ListName, facets: Facets | undefined) =>
  name === 'authors'
    ? (facets?.authors ?? []).map((author) => ({
        value: author.accountId,
        text: author.accountId === SYSTEM ? 'System' : (author.displayName ?? author.accountId),
        count: author.count,
      }))
    : (facets?.[name] ?? []).map((facet) => ({
        value: facet.value,
        text: facet.value,
        count: facet.count,
      }));

/** The facet's values with their counts ("projects (1,284)"); a chosen value the facet lacks stays offered. */
export const optionsOf = (
  name: ListName,
  facets: Facets | undefined,
  applied: StructuredFilters,
): FilterOption[] => {
  const listed = facetList(name, facets).map(({ value, text, count: n }) => ({
    value,
    label: `${text} (${count(n)})`,
  }));
  const missing = (applied[name] ?? [])
    .filter((value) => !listed.some((option) => option.value === value))
    .map((value) => ({ value, label: name === 'authors' && value === SYSTEM ? 'System' : value }));
  return [...listed, ...missing];
};

/** A multi Select's onChange hands the chosen options (or null when cleared). */
export interface FilterTag {
  readonly name: FilterName;
  /** The list value the tag removes; none for the object and the address. */
  readonly value?: string;
  readonly text: string;
}

/** One removable tag per applied value, named as the admin reads it. */
export const filterTags = (applied: StructuredFilters, facets?: Facets): FilterTag[] => {
  const authorName = (id: string) =>
    id === SYSTEM
      ? 'System'
      : (facets?.authors.find((author) => author.accountId === id)?.displayName ?? id);
  return [
    ...(applied.authors ?? []).map((value) => ({
      name: 'authors' as const,
      value,
      text: `Author: ${authorName(value)}`,
    })),
    ...(applied.categories ?? []).map((value) => ({
      name: 'categories' as const,
      value,
      text: `Category: ${value}`,
    })),
    ...(applied.objectTypes ?? []).map((value) => ({
      name: 'objectTypes' as const,
      value,
      text: `Object type: ${value}`,
    })),
    ...(applied.object
      ? [
          {
            name: 'object' as const,
            text: `Object: ${applied.object.typeName} ${applied.object.name ?? applied.object.id ?? ''}`.trim(),
          },
        ]
      : []),
    ...(applied.ip ? [{ name: 'ip' as const, text: `Address: ${applied.ip}` }] : []),
  ];
};

/** The filters without one value (a list keeps its other values) or without a whole filter. */
export const withoutFilter = (
  applied: StructuredFilters,
  name: FilterName,
  value?: string,
): StructuredFilters => {
  if (name === 'authors' || name === 'categories' || name === 'objectTypes') {
    const rest = (applied[name] ?? []).filter((kept) => value !== undefined && kept !== value);
    return { ...applied, [name]: rest.length > 0 ? rest : undefined };
  }
  return { ...applied, [name]: undefined };
};
