/**
 * The tree ForgeReconciler sends through `callBridge('reconcile', {forgeDoc})`, and the one way to read it: as an
 * admin sees it (text), by test id, and with element-valued props (`emptyView`, `actions`, …) turned into nodes.
 * Browser-safe: the preview host bundles it.
 */
import { isValidElement, type ReactElement } from 'react';

export interface ForgeDoc {
  readonly type: string;
  readonly key?: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly children: readonly ForgeDoc[];
}

export const isForgeDoc = (value: unknown): value is ForgeDoc =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string' &&
  Array.isArray((value as { children?: unknown }).children);

/** Element-valued props the host draws inside the node (SectionMessage `actions`): found as children are. */
const ELEMENT_PROPS = ['actions'] as const;
const propNodes = (node: ForgeDoc): ForgeDoc[] =>
  ELEMENT_PROPS.flatMap((name) =>
    node.props[name] === undefined ? [] : elementToDocs(node.props[name], name),
  );

export const findAll = (node: ForgeDoc, match: (node: ForgeDoc) => boolean): ForgeDoc[] => [
  ...(match(node) ? [node] : []),
  ...[...node.children, ...propNodes(node)].flatMap((child) => findAll(child, match)),
];

export const findByTestId = (node: ForgeDoc, testId: string): ForgeDoc | undefined =>
  findAll(node, (candidate) => candidate.props.testId === testId)[0];

/** The chain of nodes from the root down to `target` (both included), or [] when absent. */
export const pathTo = (node: ForgeDoc, target: ForgeDoc): ForgeDoc[] => {
  if (node === target) return [node];
  for (const child of node.children) {
    const path = pathTo(child, target);
    if (path.length > 0) return [node, ...path];
  }
  return [];
};

/** Children of the `ContentWrapper` named `name` (DynamicTable head/rows, Popup content/trigger). */
export const wrappedContent = (node: ForgeDoc, name: string): readonly ForgeDoc[] =>
  node.children.find((child) => child.type === 'ContentWrapper' && child.props.name === name)
    ?.children ?? [];

/**
 * An element passed as a prop (`emptyView`, `primaryAction`, `actions`, Tooltip `content`) is a React element, not
 * part of the doc: turn it into doc nodes as the product renderer does.
 */
export const elementToDocs = (value: unknown, path = 'prop'): ForgeDoc[] => {
  if (value === null || value === undefined || typeof value === 'boolean') return [];
  if (typeof value === 'string' || typeof value === 'number') {
    return [{ type: 'String', props: { text: String(value) }, children: [], key: path }];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => elementToDocs(item, `${path}.${index}`));
  if (isForgeDoc(value)) return [value];
  if (!isValidElement(value)) return [];
  const element = value as ReactElement<Record<string, unknown>>;
  if (typeof element.type === 'function') {
    // Function components inside props are evaluated in the app's realm, as UI Kit does for table cells.
    const render = element.type as (props: Record<string, unknown>) => unknown;
    return elementToDocs(render(element.props), path);
  }
  if (typeof element.type !== 'string') return elementToDocs(element.props.children, path);
  const { children, ...props } = element.props;
  const key = element.key ?? path;
  return [{ type: element.type, props, children: elementToDocs(children, `${key}.c`), key }];
};

/** A Box whose text a screen reader reads and nobody sees (the app's `unseen`): not visible text. */
export const SCREEN_READER_ONLY = 'screen-reader-only';

/** What a screen reader names a control: all its text, the unseen included. */
export const accessibleName = (node: ForgeDoc): string =>
  findAll(node, (candidate) => candidate.type === 'String')
    .map((candidate) => String(candidate.props.text ?? ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** Elements whose text children run together, like the words of a sentence. */
const INLINE = new Set([
  'Text',
  'Lozenge',
  'Label',
  'Button',
  'User',
  'Code',
  'Badge',
  'ErrorMessage',
  'Strong',
  'Em',
  'Link',
]);
/** Containers that lay their children out side by side on one line. */
const ROW_LIKE = new Set(['Inline']);

/** Text of an element-valued prop (Tooltip `content`), or the string itself. */
const propText = (value: unknown, path: string): string =>
  typeof value === 'string' ? value : visibleText(elementToDocs(value, path));

/** Props that carry what the admin reads, beyond text children. */
const describeProps = (node: ForgeDoc): string => {
  const { props } = node;
  switch (node.type) {
    case 'User':
      return `[User ${String(props.accountId)}]`;
    case 'CodeBlock':
      return `\n${String(props.text)}\n`;
    case 'Tooltip':
      return `[tooltip: ${propText(props.content, 'tooltip')}]`;
    case 'SectionMessage':
      return props.title ? `${String(props.title)}\n` : '';
    case 'Modal':
      return props.title ? `${String(props.title)}\n` : '';
    case 'EmptyState':
      return `${String(props.header)}\n${String(props.description ?? '')}\n`;
    case 'Textfield':
    case 'DatePicker':
      return `[${String(props.testId ?? node.type)}: ${String(props.value ?? '')}]`;
    case 'Frame':
      return `[Frame ${String(props.resource)}]`;
    default:
      return '';
  }
};

const joinChildren = (node: ForgeDoc): string => {
  const parts = node.children.map((child) => textOf(child));
  // Inside a sentence every space counts (Code `a b`); between blocks, empty parts are dropped.
  if (INLINE.has(node.type)) return parts.join('');
  const kept = parts.filter((part) => part.trim() !== '');
  return kept.join(ROW_LIKE.has(node.type) ? ' ' : '\n');
};

/** Text of a subtree, one block per line, e.g. for `expect(text).toContain('Records 1–50')`. */
export const textOf = (doc: ForgeDoc | readonly ForgeDoc[]): string => {
  if (Array.isArray(doc)) return (doc as readonly ForgeDoc[]).map((node) => textOf(node)).join('');
  const node = doc as ForgeDoc;
  if (node.type === 'String') return String(node.props.text ?? '');
  if (node.props.testId === SCREEN_READER_ONLY) return '';
  const block = `${describeProps(node)}${joinChildren(node)}`;
  return INLINE.has(node.type) || ROW_LIKE.has(node.type) ? block : `${block}\n`;
};

/** Text with blank lines and repeated spaces collapsed: stable to assert on. */
export const visibleText = (doc: ForgeDoc | readonly ForgeDoc[]): string =>
  textOf(doc)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

/** Cell texts of a DynamicTable's body rows (Row → Cell children). */
export const tableRows = (table: ForgeDoc): string[][] =>
  findAll(table, (node) => node.type === 'Row').map((row) =>
    row.children.filter((cell) => cell.type === 'Cell').map((cell) => visibleText(cell)),
  );
