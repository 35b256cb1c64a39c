import { optionText, optionTexts, optionValue } from './select-choice';

describe("reading UI Kit Select's choice", () => {
  it.each<[string, unknown, unknown, string | undefined]>([
    ['a text option', { label: 'A', value: 'a' }, 'a', 'a'],
    ['a number option', { label: '50', value: 50 }, 50, undefined],
    ['a cleared Select', null, undefined, undefined],
    ['something else', 'a', undefined, undefined],
    ['an option without a value', { label: 'A' }, undefined, undefined],
  ])('%s', (_name, choice, value, text) => {
    expect(optionValue(choice)).toEqual(value);
    expect(optionText(choice)).toEqual(text);
  });

  it('keeps the text values of a multi choice, in order', () => {
    expect(optionTexts([{ value: 'b' }, { value: 1 }, null, { value: 'a' }])).toEqual(['b', 'a']);
    expect(optionTexts(null)).toEqual([]);
  });
});
