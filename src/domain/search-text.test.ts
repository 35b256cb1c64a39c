import fc from 'fast-check';
import type { AuditRecord } from '../contract';
import { containsPattern, searchedFields, searchTerms, searchText } from './search-text';

const record = (partial: Partial<AuditRecord> = {}): AuditRecord => ({
  id: 1,
  summary: 'User added to group',
  created: '2026-11-24T08:48:05.645+0000',
  category: 'group management',
  eventSource: '',
  changedValues: [],
  associatedItems: [],
  ...partial,
});

describe('searchTerms', () => {
  it.each([
    ['man ed', ['man', 'ed']],
    ['  User \t UPDATED\n', ['user', 'updated']],
    ['a\u00a0b\u3000c', ['a', 'b', 'c']], // JavaScript's \s: Unicode spaces split too, as in Jira's own split
    ['İstanbul', ['i̇stanbul']],
    ['50%_off', ['50%_off']],
    ['', []],
    ['   ', []],
  ])('%j → %j', (text, terms) => expect(searchTerms(text)).toEqual(terms));
});

describe('searchText', () => {
  it('joins the searched fields, lowercased, one per line, and leaves out what Jira does not search', () => {
    const text = searchText(
      record({
        summary: 'User updated',
        description: 'NOT searched',
        eventSource: 'Connect',
        remoteAddress: '10.1.2.3',
        authorAccountId: 'NOT-searched-either',
        objectItem: {
          id: 'ID-not-searched',
          name: 'ug:ABC',
          typeName: 'USER',
          parentName: 'IDP Directory',
        },
        changedValues: [
          { fieldName: 'Email', changedFrom: 'Old@X', changedTo: 'new@x' },
          { fieldName: 'Active', changedTo: 'Yes' },
        ],
        associatedItems: [{ name: 'associated is not searched', typeName: 'GROUP' }],
      }),
    );
    expect(text).toBe(
      [
        'user updated',
        'group management',
        'connect',
        'ug:abc',
        'idp directory',
        'user',
        'old@x',
        'new@x',
        'yes',
        '10.1.2.3',
      ].join('\n'),
    );
  });

  it('finds a whitespace-free term exactly when some field holds it (a term never spans two fields)', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'b', 'A', ' ', '\n', 'İ', '%'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.record({ summary: field, category: field, eventSource: field, remoteAddress: field }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'i', '%'), minLength: 1, maxLength: 3 }),
        (fields, raw) => {
          const [term] = searchTerms(raw);
          const subject = record(fields);
          const inSomeField = searchedFields(subject).some((value) =>
            value.toLowerCase().includes(term!),
          );
          expect(searchText(subject).includes(term!)).toBe(inSomeField);
        },
      ),
    );
  });
});

describe('containsPattern', () => {
  it.each([
    ['admin', '%admin%'],
    ['50%', '%50!%%'],
    ['a_b', '%a!_b%'],
    ['wow!', '%wow!!%'],
    ['back\\slash', '%back\\slash%'],
  ])('%j → %j', (term, pattern) => expect(containsPattern(term)).toBe(pattern));

  it('leaves no unescaped wildcard inside the term', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (term) => {
        const inner = containsPattern(term).slice(1, -1);
        expect(inner.replace(/!./g, '')).not.toMatch(/[%_!]/);
        expect(inner.replace(/!(.)/g, '$1')).toBe(term);
      }),
    );
  });
});
