import fc from 'fast-check';
import { isAccountId, itemName, shortenId } from './item-names';

describe('account ids and opaque ids', () => {
  it.each([
    ['5b10ac8d82e05b22cc7d4ef5', true],
    ['557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', true],
    ['5d53f3cb:0c5a5b0e-1c4b-4f5e-9a8e-0d1f2e3c4b5a', true],
    ['712020:0C5A5B0E-1C4B-4F5E-9A8E-0D1F2E3C4B5A', true],
    ['ug:576faf15-2d4c-4b1e-9a3f-1c2d3e4f5a6b', false],
    ['qm:698d24b2-838f-4c47-8c05-d125e44bc6ae:41e9b5da-f312-4943-807c-02b484a1c682', false],
    ['5b10ac8d82e05b22cc7d4ef', false], // 23 hex
    ['JIRAUSER10001', false],
    ['admin', false],
    ['', false],
  ])('%s is an account id: %s', (value, expected) => {
    expect(isAccountId(value)).toBe(expected);
  });

  it.each([
    ['ug:576faf15-2d4c-4b1e-9a3f-1c2d3e4f5a6b', 'ug:576faf15…'],
    [
      'qm:698d24b2-838f-4c47-8c05-d125e44bc6ae:41e9b5da-f312-4943-807c-02b484a1c682',
      'qm:698d24b2…',
    ],
    ['f58131cb-b67d-43c7-b30d-6b58d40bd077', 'f58131cb…'],
    ['10000', '10000'],
  ])('%s shortens to %s', (id, short) => {
    expect(shortenId(id)).toBe(short);
  });

  it.each([
    [
      { typeName: 'USER', name: '5b10ac8d82e05b22cc7d4ef5' },
      { kind: 'person', accountId: '5b10ac8d82e05b22cc7d4ef5' },
    ],
    [
      { typeName: 'USER', name: 'ug:576faf15-2d4c-4b1e-9a3f-1c2d3e4f5a6b' },
      { kind: 'id', short: 'ug:576faf15…', full: 'ug:576faf15-2d4c-4b1e-9a3f-1c2d3e4f5a6b' },
    ],
    [
      { typeName: 'GROUP', name: 'ug:576faf15-2d4c-4b1e-9a3f-1c2d3e4f5a6b' },
      { kind: 'id', short: 'ug:576faf15…', full: 'ug:576faf15-2d4c-4b1e-9a3f-1c2d3e4f5a6b' },
    ],
    // A project that happens to look like an account id is still a project.
    [
      { typeName: 'PROJECT', name: '5b10ac8d82e05b22cc7d4ef5' },
      { kind: 'text', text: '5b10ac8d82e05b22cc7d4ef5' },
    ],
    [
      { typeName: 'GROUP', name: 'jira-admins' },
      { kind: 'text', text: 'jira-admins' },
    ],
  ])('%j reads as %j', (item, expected) => {
    expect(itemName(item)).toEqual(expected);
  });

  it('every generated account id form is a person, and no prefixed directory id is', () => {
    const hex = (length: number) =>
      fc.string({
        unit: fc.constantFrom(...'0123456789abcdef'),
        minLength: length,
        maxLength: length,
      });
    const accountId = fc.oneof(
      hex(24),
      fc
        .tuple(fc.constantFrom('557058', '712020', '5d53f3cb'), fc.uuid())
        .map(([p, u]) => `${p}:${u}`),
    );
    fc.assert(
      fc.property(accountId, fc.uuid(), fc.constantFrom('ug', 'qm'), (id, uuid, prefix) => {
        expect(itemName({ typeName: 'USER', name: id })).toEqual({ kind: 'person', accountId: id });
        const opaque = `${prefix}:${uuid}`;
        expect(itemName({ typeName: 'USER', name: opaque })).toMatchObject({
          kind: 'id',
          full: opaque,
        });
        expect(opaque.startsWith(shortenId(opaque).slice(0, -1))).toBe(true);
      }),
    );
  });
});
