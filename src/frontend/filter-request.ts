/** What a click on a value in the table or the details asks for: narrow the search to records with that value. */
import type { AuditItem } from '../contract';
import type { StructuredFilters } from './search-model';

export type FilterRequest =
  | { readonly kind: 'author'; readonly accountId: string }
  | { readonly kind: 'category'; readonly value: string }
  | { readonly kind: 'object'; readonly item: AuditItem }
  | { readonly kind: 'ip'; readonly address: string };

/** The words Jira's text filter can match for a value; authors are not among its fields (jira-audit-api.md). */
export const textTermsFor = (request: FilterRequest): string | undefined => {
  switch (request.kind) {
    case 'author':
      return undefined;
    case 'category':
      return request.value;
    case 'object':
      return request.item.name;
    case 'ip':
      return request.address;
  }
};

/** Adds terms to the search text once: a term already there is not repeated. */
export const addTerms = (text: string, terms: string): string => {
  const present = new Set(text.toLowerCase().split(/\s+/).filter(Boolean));
  const added = terms.split(/\s+/).filter((term) => term && !present.has(term.toLowerCase()));
  return [text.trim(), ...added].filter(Boolean).join(' ');
};

const add = (values: string[] | undefined, value: string): string[] =>
  values?.includes(value) ? values : [...(values ?? []), value];

/** The structured filters of a search plus the clicked value (the archive): lists grow, the object and address are replaced. */
export const withFilter = (
  filters: StructuredFilters,
  request: FilterRequest,
): StructuredFilters => {
  const current = structuredOf(filters);
  switch (request.kind) {
    case 'author':
      return { ...current, authors: add(current.authors, request.accountId) };
    case 'category':
      return { ...current, categories: add(current.categories, request.value) };
    case 'object': {
      const { typeName, id, name } = request.item;
      return { ...current, object: id === undefined ? { typeName, name } : { typeName, id } };
    }
    case 'ip':
      return { ...current, ip: request.address };
  }
};

/** Only the structured filters of a search or draft. */
export const structuredOf = ({
  authors,
  categories,
  objectTypes,
  object,
  ip,
}: StructuredFilters): StructuredFilters => ({
  ...(authors?.length ? { authors } : {}),
  ...(categories?.length ? { categories } : {}),
  ...(objectTypes?.length ? { objectTypes } : {}),
  ...(object ? { object } : {}),
  ...(ip ? { ip } : {}),
});
