/** Code and CodeBlock onto @atlaskit/code. */
import type { ComponentProps } from 'react';
import { Code, CodeBlock } from '@atlaskit/code';
import { textOf } from '../../../src/testing/forge-host/forge-doc';
import type { NodeProps, NodeRegistry } from '../node-view';
import { propsAs } from './props';

const CodeNode = ({ node }: NodeProps) => (
  <Code {...propsAs<ComponentProps<typeof Code>>(node.props)}>{textOf(node)}</Code>
);

const CodeBlockNode = ({ node }: NodeProps) => (
  <CodeBlock
    {...propsAs<ComponentProps<typeof CodeBlock>>(node.props)}
    text={String(node.props.text ?? '')}
  />
);

export const codeNodes: NodeRegistry = {
  Code: CodeNode,
  CodeBlock: CodeBlockNode,
};
