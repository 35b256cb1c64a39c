/** Renders one forgeDoc node with the component registered for its type, or a red box naming it. */
import { createContext, useContext, useEffect, type ComponentType, type ReactNode } from 'react';
import { elementToDocs, type ForgeDoc } from '../../src/testing/forge-host/forge-doc';
import { nodeProblem } from '../../src/testing/forge-host/ui-kit-nodes';

export interface NodeProps {
  readonly node: ForgeDoc;
}

export type NodeRegistry = Readonly<Record<string, ComponentType<NodeProps>>>;

export const RegistryContext = createContext<NodeRegistry>({});

export const UNKNOWN_NODE_TEST_ID = 'preview-unknown-node';

const reported = new Set<string>();

/**
 * A node the preview will not draw: one UI Kit refuses (an unknown component or prop), or one the host has not mapped.
 * Loud on screen and in the console, so e2e tests fail on it.
 */
const RedBox = ({ type, message }: { readonly type: string; readonly message: string }) => {
  useEffect(() => {
    if (reported.has(message)) return;
    reported.add(message);
    console.error(`[preview] ${message}`);
  }, [message]);
  return (
    <div
      data-testid={UNKNOWN_NODE_TEST_ID}
      data-node-type={type}
      style={{
        border: '2px solid #C9372C',
        color: '#AE2E24',
        background: '#FFECEB',
        padding: 8,
        margin: 4,
      }}
    >
      {message}
    </div>
  );
};

export const ForgeNode = ({ node }: NodeProps) => {
  const registry = useContext(RegistryContext);
  if (node.type === 'String') return <>{String(node.props.text ?? '')}</>;
  const problem = nodeProblem(node);
  if (problem !== undefined) return <RedBox type={node.type} message={problem.message} />;
  const Component = registry[node.type];
  if (Component === undefined)
    return (
      <RedBox
        type={node.type}
        message={`UI Kit component "${node.type}" is not mapped by the preview host.`}
      />
    );
  return <Component node={node} />;
};

export const renderNodes = (nodes: readonly ForgeDoc[]): ReactNode[] =>
  nodes.map((node, index) => <ForgeNode key={node.key ?? index} node={node} />);

export const renderChildren = (node: ForgeDoc): ReactNode[] => renderNodes(node.children);

/** Renders a prop that holds React elements (`emptyView`, `primaryAction`, …); undefined when empty. */
export const renderElementProp = (value: unknown, path: string): ReactNode | undefined => {
  const docs = elementToDocs(value, path);
  if (docs.length === 0) return undefined;
  return docs.length === 1 && docs[0] !== undefined ? (
    <ForgeNode node={docs[0]} />
  ) : (
    renderNodes(docs)
  );
};
