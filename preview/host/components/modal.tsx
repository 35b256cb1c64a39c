/** The Modal family onto @atlaskit/modal-dialog; `onClose` reaches the app with serialisable arguments. */
import type { ComponentProps } from 'react';
import ModalDialog, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { renderChildren, type NodeProps, type NodeRegistry } from '../node-view';
import { forward, stringProp, without, propsAs } from './props';
import { withChildren } from './wrap';

const ModalNode = ({ node }: NodeProps) => {
  const props = node.props;
  const onClose = forward(props, 'onClose');
  const title = stringProp(props, 'title');
  const hasHeader = node.children.some((child) => child.type === 'ModalHeader');
  return (
    <ModalDialog
      {...propsAs<ComponentProps<typeof ModalDialog>>(
        without(props, ['onClose', 'title', 'icon', 'autoFocus']),
      )}
      onClose={() => onClose()}
    >
      {title !== undefined && !hasHeader ? (
        <ModalHeader>
          <ModalTitle>{title}</ModalTitle>
        </ModalHeader>
      ) : null}
      {renderChildren(node)}
    </ModalDialog>
  );
};

export const modalNodes: NodeRegistry = {
  Modal: ModalNode,
  ModalTransition: ({ node }: NodeProps) => (
    <ModalTransition>{renderChildren(node)}</ModalTransition>
  ),
  ModalHeader: withChildren(ModalHeader),
  ModalTitle: withChildren(ModalTitle),
  ModalBody: withChildren(ModalBody),
  ModalFooter: withChildren(ModalFooter),
};
