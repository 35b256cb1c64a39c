import { createElement } from 'react';
import { countTypes, elementToDocs, textOf, wrappedContent, type ForgeDoc } from './forge-doc';

const doc = (
  type: string,
  props: Record<string, unknown> = {},
  children: ForgeDoc[] = [],
): ForgeDoc => ({
  type,
  props,
  children,
});
const text = (value: string) => doc('String', { text: value });

describe('element props become doc nodes the host can render', () => {
  test.each([
    ['nothing', null, []],
    ['false', false, []],
    ['a string', 'Reset', ['String']],
    ['a number', 42, ['String']],
    ['a host element', createElement('Button', { appearance: 'primary' }, 'Reset'), ['Button']],
    ['a list', ['a', createElement('Text', null, 'b')], ['String', 'Text']],
  ])('%s', (_name, value, types) => {
    expect(elementToDocs(value).map((node) => node.type)).toEqual(types);
  });

  test('a host element keeps its props and turns its children into nodes', () => {
    const [button] = elementToDocs(
      createElement('Button', { appearance: 'primary', key: 'reset' }, 'Reset'),
    );

    expect(button).toEqual({
      type: 'Button',
      props: { appearance: 'primary' },
      children: [{ type: 'String', props: { text: 'Reset' }, children: [], key: 'reset.c' }],
      key: 'reset',
    });
  });

  test('a function component is evaluated into the host elements it returns', () => {
    const Empty = ({ header }: { header: string }) => createElement('EmptyState', { header });

    expect(elementToDocs(createElement(Empty, { header: 'Nothing' }))).toEqual([
      { type: 'EmptyState', props: { header: 'Nothing' }, children: [], key: 'prop' },
    ]);
  });

  test('keys stay the same from one render to the next, so React keeps the element', () => {
    const value = [createElement('Text', null, 'a'), createElement('Text', null, 'b')];

    expect(elementToDocs(value).map((node) => node.key)).toEqual(
      elementToDocs(value).map((node) => node.key),
    );
  });
});

describe('reading the doc', () => {
  const table = doc('DynamicTable', {}, [
    doc('ContentWrapper', { name: 'head' }, [doc('Cell', { cellKey: 'when' }, [text('When')])]),
    doc('ContentWrapper', { name: 'rows' }, [
      doc('Row', { rowKey: '1' }),
      doc('Row', { rowKey: '2' }),
    ]),
  ]);

  test('wrapped content is found by name, and is empty when absent', () => {
    expect(wrappedContent(table, 'rows')).toHaveLength(2);
    expect(wrappedContent(table, 'head').map((cell) => cell.props.cellKey)).toEqual(['when']);
    expect(wrappedContent(table, 'content')).toEqual([]);
  });

  test('text of a subtree joins its strings in order', () => {
    expect(textOf([doc('Text', {}, [text('Records '), doc('Strong', {}, [text('1–50')])])])).toBe(
      'Records 1–50',
    );
  });

  test('node types are counted over the whole tree', () => {
    expect(countTypes(table)).toEqual({
      DynamicTable: 1,
      ContentWrapper: 2,
      Cell: 1,
      String: 1,
      Row: 2,
    });
  });
});
