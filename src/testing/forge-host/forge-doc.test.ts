import { createElement } from 'react';
import {
  elementToDocs,
  findByTestId,
  pathTo,
  tableRows,
  textOf,
  visibleText,
  wrappedContent,
  type ForgeDoc,
} from './forge-doc';

const doc = (
  type: string,
  props: Record<string, unknown> = {},
  children: ForgeDoc[] = [],
): ForgeDoc => ({ type, props, children });
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

    expect(elementToDocs(value).map((node) => node.key)).toEqual(['prop.0', 'prop.1']);
  });
});

describe('reading the doc as an admin sees it', () => {
  test('words of a sentence run together, every space kept', () => {
    expect(textOf(doc('Text', {}, [text('Records '), doc('Strong', {}, [text('1–50')])]))).toBe(
      'Records 1–50',
    );
    expect(textOf(doc('Code', {}, [text('a'), text(' '), text('b')]))).toBe('a b');
  });

  test('blocks go one per line, a row of blocks on one line, and empty blocks vanish', () => {
    const page = doc('Stack', {}, [
      doc('Heading', {}, [text('Audit log')]),
      doc('Inline', {}, [doc('Button', {}, [text('Apply')]), doc('Button', {}, [text('Reset')])]),
      doc('Box', {}, [text('  ')]),
      doc('Text', {}, [text('Records 1–50')]),
    ]);

    expect(visibleText(page)).toBe('Audit log\nApply Reset\nRecords 1–50');
  });

  test('props that carry text are read too: titles, tooltips (string or element), field values', () => {
    const message = doc('SectionMessage', { title: 'Jira is busy' }, [
      doc('Tooltip', { content: createElement('Text', null, 'UTC: 10:00') }, [text('11:00')]),
      doc('Textfield', { testId: 'filter-text', value: 'group' }),
    ]);

    expect(visibleText(message)).toBe(
      'Jira is busy\n[tooltip: UTC: 10:00]11:00\n[filter-text: group]',
    );
  });

  test('a list of nodes reads as their texts in order', () => {
    expect(textOf([text('Stop the '), doc('Strong', {}, [text('export')]), text('?')])).toBe(
      'Stop the export?',
    );
  });
});

describe('finding nodes', () => {
  const table = doc('DynamicTable', { testId: 'audit-table' }, [
    doc('ContentWrapper', { name: 'head' }, [doc('Cell', { cellKey: 'when' }, [text('When')])]),
    doc('ContentWrapper', { name: 'rows' }, [
      doc('Row', { rowKey: '1' }, [doc('Cell', {}, [text('a')]), doc('Cell', {}, [text('b')])]),
      doc('Row', { rowKey: '2' }, [doc('Cell', {}, [text('c')])]),
    ]),
  ]);
  const root = doc('Stack', {}, [doc('Text', { testId: 'intro' }, [text('Hi')]), table]);

  test('by test id, and the path down to it', () => {
    expect(findByTestId(root, 'audit-table')).toBe(table);
    expect(findByTestId(root, 'nowhere')).toBeUndefined();
    expect(pathTo(root, table).map((node) => node.type)).toEqual(['Stack', 'DynamicTable']);
  });

  test('wrapped content by name, empty when absent', () => {
    expect(wrappedContent(table, 'rows')).toHaveLength(2);
    expect(wrappedContent(table, 'content')).toEqual([]);
  });

  test('table rows as cell texts', () => {
    expect(tableRows(table)).toEqual([['a', 'b'], ['c']]);
  });
});
