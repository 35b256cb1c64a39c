/**
 * What UI Kit can render: its components (https://developer.atlassian.com/platform/forge/ui-kit/components/) with the
 * props their types declare, and the nodes @forge/react makes itself. A node outside that is refused, loudly: Forge's
 * type check (`forge deploy`) rejects such a prop or component rather than rendering it.
 */
import type { ForgeDoc } from './forge-doc';
import { UI_KIT_PROPS } from './ui-kit-props.generated';

/** Nodes @forge/react creates itself: the root, text, and DynamicTable's/Popup's wrapped content. */
const INTERNAL_NODES: Readonly<Record<string, string>> = {
  Root: '',
  String: 'text',
  ContentWrapper: 'name',
};

const propsOf = (type: string): ReadonlySet<string> | undefined => {
  const list = UI_KIT_PROPS[type] ?? INTERNAL_NODES[type];
  return list === undefined ? undefined : new Set(list.split(' '));
};

export interface NodeProblem {
  readonly type: string;
  /** Props UI Kit does not declare for the type; empty when the type itself is unknown. */
  readonly props: readonly string[];
  readonly message: string;
}

/** Why UI Kit would not render this node, or undefined when it would. */
export const nodeProblem = (node: ForgeDoc): NodeProblem | undefined => {
  const known = propsOf(node.type);
  if (known === undefined)
    return { type: node.type, props: [], message: `UI Kit has no component "${node.type}".` };
  const unknown = Object.keys(node.props).filter((prop) => !known.has(prop));
  if (unknown.length === 0) return undefined;
  return {
    type: node.type,
    props: unknown,
    message: `UI Kit's ${node.type} has no prop ${unknown.map((prop) => `"${prop}"`).join(', ')}.`,
  };
};

/** Every problem in a tree, each once. */
export const docProblems = (doc: ForgeDoc): string[] => {
  const found = new Set<string>();
  const visit = (node: ForgeDoc) => {
    const problem = nodeProblem(node);
    if (problem) found.add(problem.message);
    node.children.forEach(visit);
  };
  visit(doc);
  return [...found];
};
