/** The tree `ForgeReconciler` sends through `callBridge('reconcile', {forgeDoc})`, and helpers to read it. */
import { isValidElement, type ReactElement } from 'react';

export interface ForgeDoc {
  readonly type: string;
  readonly props: Record<string, unknown>;
  readonly children: ForgeDoc[];
  readonly key?: string;
}

export const isForgeDoc = (value: unknown): value is ForgeDoc =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ForgeDoc).type === 'string' &&
  Array.isArray((value as ForgeDoc).children);

/** Children of the `ContentWrapper` named `name` (DynamicTable head/rows, Popup content/trigger). */
export const wrappedContent = (node: ForgeDoc, name: string): ForgeDoc[] =>
  node.children.find((child) => child.type === 'ContentWrapper' && child.props.name === name)
    ?.children ?? [];

/**
 * An element passed as a prop (`emptyView`, `primaryAction`, `actions`, Tooltip `content`) is a
 * React element, not part of the doc: turn it into doc nodes as the product renderer does.
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

/** Text content of a subtree, for props such as Tooltip `content` that the host wants as a string. */
export const textOf = (nodes: readonly ForgeDoc[]): string =>
  nodes
    .map((node) => (node.type === 'String' ? String(node.props.text ?? '') : textOf(node.children)))
    .join('');

/** Counts nodes by type: the host page exposes it so tests can see what the app rendered. */
export const countTypes = (
  node: ForgeDoc,
  counts: Record<string, number> = {},
): Record<string, number> => {
  counts[node.type] = (counts[node.type] ?? 0) + 1;
  node.children.forEach((child) => countTypes(child, counts));
  return counts;
};
