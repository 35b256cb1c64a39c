import { addTerms, textTermsFor } from './filter-request';

describe('click to filter on the live log', () => {
  it.each([
    [{ kind: 'category', value: 'user management' } as const, 'user management'],
    [
      { kind: 'object', item: { name: 'Payments scheme', typeName: 'PERMISSION_SCHEME' } } as const,
      'Payments scheme',
    ],
    [{ kind: 'ip', address: '10.1.2.3' } as const, '10.1.2.3'],
    [{ kind: 'author', accountId: '5b10ac8d82e05b22cc7d4ef5' } as const, undefined],
  ])('%j searches the text %p', (request, terms) => {
    expect(textTermsFor(request)).toBe(terms);
  });

  it.each([
    ['', 'projects', 'projects'],
    ['  scheme ', 'user management', 'scheme user management'],
    ['Projects apollo', 'projects', 'Projects apollo'],
    ['apollo', 'Apollo board', 'apollo board'],
  ])('%p plus %p reads %p', (text, terms, expected) => {
    expect(addTerms(text, terms)).toBe(expected);
  });
});
