/** What a click on a value in the table or the details asks for: narrow the search to records with that value. */
import type { AuditItem } from '../contract';

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
