import type { SavedSearch } from '../contract/saved-search-results';
import { draftOf, savedSearchLabel, searchToSave } from './saved-search-model';
import type { Draft } from './search-model';

const saved = (fields: Partial<SavedSearch>): SavedSearch => ({
  id: '1',
  name: 'Week',
  owner: 'a',
  mine: true,
  shared: false,
  savedAt: '2026-11-30T10:00:00.000Z',
  search: {},
  ...fields,
});

describe('searchToSave', () => {
  it.each<[string, Draft, string, ReturnType<typeof searchToSave>]>([
    ['nothing narrowed', { text: '  ' }, 'UTC', { search: {} }],
    [
      'text, filters and an address, trimmed; empty lists left out',
      {
        text: ' scheme ',
        authors: ['ann'],
        categories: [],
        object: { typeName: 'PROJECT', id: '1' },
        ip: ' 10.0.0.0/8 ',
      },
      'UTC',
      {
        search: {
          text: 'scheme',
          authors: ['ann'],
          object: { typeName: 'PROJECT', id: '1' },
          ip: '10.0.0.0/8',
        },
      },
    ],
    [
      'picked days as the instants bounding them in the zone',
      { text: '', fromDay: '2026-03-28', toDay: '2026-03-29' },
      'Europe/Berlin',
      { search: { from: '2026-03-28T00:00:00.000+01:00', to: '2026-03-29T23:59:59.999+02:00' } },
    ],
    [
      'an open To stays open',
      { text: '', fromDay: '2026-11-02' },
      'UTC',
      { search: { from: '2026-11-02T00:00:00.000Z' } },
    ],
    [
      'a quick range as itself',
      { text: 'x', quickRange: 'last-7-days' },
      'UTC',
      { search: { text: 'x' }, range: 'last-7-days' },
    ],
  ])('%s', (_, draft, zone, expected) => {
    expect(searchToSave(draft, zone)).toEqual(expected);
  });
});

describe('draftOf', () => {
  it.each<[string, SavedSearch, string, Draft]>([
    ['nothing narrowed', saved({}), 'UTC', { text: '' }],
    [
      'instants back to the days they bound, in the zone',
      saved({
        search: {
          from: '2026-03-28T00:00:00.000+01:00',
          to: '2026-03-29T23:59:59.999+02:00',
          text: 'a',
        },
      }),
      'Europe/Berlin',
      { text: 'a', fromDay: '2026-03-28', toDay: '2026-03-29' },
    ],
    [
      'the same instants read in another zone',
      saved({ search: { from: '2026-11-02T00:00:00.000+00:00' } }),
      'America/Los_Angeles',
      { text: '', fromDay: '2026-11-01' },
    ],
    [
      'filters and a quick range',
      saved({ search: { categories: ['permissions'], ip: '10.0.0.1' }, range: 'last-30-days' }),
      'UTC',
      { text: '', categories: ['permissions'], ip: '10.0.0.1', quickRange: 'last-30-days' },
    ],
  ])('%s', (_, search, zone, expected) => {
    expect(draftOf(search, zone)).toEqual(expected);
  });

  it('opens what was saved as the same draft', () => {
    const draft: Draft = {
      text: 'group',
      fromDay: '2026-10-25',
      toDay: '2026-10-31',
      authors: ['ann'],
    };
    expect(draftOf(saved(searchToSave(draft, 'Europe/Berlin')), 'Europe/Berlin')).toEqual(draft);
  });
});

describe('savedSearchLabel', () => {
  it.each([
    [saved({}), 'Week'],
    [saved({ shared: true }), 'Week · shared'],
    [saved({ shared: true, mine: false }), 'Week · shared with you'],
  ])('%j reads %s', (search, label) => {
    expect(savedSearchLabel(search)).toBe(label);
  });
});
