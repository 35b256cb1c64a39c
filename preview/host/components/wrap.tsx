/** Node components for ADS components whose props UI Kit passes through unchanged. */
import type { ComponentType } from 'react';
import { renderChildren, type NodeProps } from '../node-view';
import { propsAs } from './props';

export const withChildren =
  <P extends object>(Component: ComponentType<P>) =>
  ({ node }: NodeProps) => (
    <Component {...propsAs<P>(node.props)}>{renderChildren(node)}</Component>
  );

export const plain =
  <P extends object>(Component: ComponentType<P>) =>
  ({ node }: NodeProps) => <Component {...propsAs<P>(node.props)} />;
