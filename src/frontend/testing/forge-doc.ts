/** Reading the tree ForgeReconciler sends over the bridge (`reconcile` → forgeDoc) the way an admin would see it. */

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

// SectionMessage `actions` are elements in a prop, drawn by the host: readable as nodes like children.
const propNodes = (node: ForgeDoc): ForgeDoc[] =>
  Array.isArray(node.props.actions)
    ? (node.props.actions as { type?: unknown; props?: Record<string, unknown> }[]).flatMap(
        (element) =>
          typeof element?.type === 'string' && element.props
            ? [{ type: element.type, props: element.props, children: [] }]
            : [],
      )
    : [];

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

/** A Box whose text a screen reader reads and nobody sees (record-cells.tsx): not visible text. */
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
]);
/** Containers that lay their children out side by side on one line. */
const ROW_LIKE = new Set(['Inline']);

/** Props that carry what the admin reads, beyond text children. */
const describeProps = (node: ForgeDoc): string => {
  const { props } = node;
  switch (node.type) {
    case 'User':
      return `[User ${String(props.accountId)}]`;
    case 'CodeBlock':
      return `\n${String(props.text)}\n`;
    case 'Tooltip':
      return `[tooltip: ${String(props.content)}]`;
    case 'SectionMessage':
      return props.title ? `${String(props.title)}\n` : '';
    case 'EmptyState':
      return `${String(props.header)}\n${String(props.description ?? '')}\n`;
    case 'Textfield':
    case 'DatePicker':
      return `[${String(props.testId ?? node.type)}: ${String(props.value ?? '')}]`;
    default:
      return '';
  }
};

const separatorIn = (node: ForgeDoc): string =>
  INLINE.has(node.type) ? '' : ROW_LIKE.has(node.type) ? ' ' : '\n';

/** Visible text of a subtree, one block per line, e.g. for `expect(text).toContain('Records 1–50')`. */
export const textOf = (node: ForgeDoc): string => {
  if (node.type === 'String') return String(node.props.text ?? '');
  if (node.props.testId === SCREEN_READER_ONLY) return '';
  const inner = node.children
    .map(textOf)
    .filter((part) => part.trim() !== '')
    .join(separatorIn(node));
  const block = `${describeProps(node)}${inner}`;
  return INLINE.has(node.type) || ROW_LIKE.has(node.type) ? block : `${block}\n`;
};

/** Text with blank lines and repeated spaces collapsed: stable to assert on. */
export const visibleText = (node: ForgeDoc): string =>
  textOf(node)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

/** Cell texts of a DynamicTable's body rows (Row → Cell children). */
export const tableRows = (table: ForgeDoc): string[][] =>
  findAll(table, (node) => node.type === 'Row').map((row) =>
    row.children.filter((cell) => cell.type === 'Cell').map((cell) => visibleText(cell)),
  );
