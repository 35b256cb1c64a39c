/** Status and messages: Lozenge, Badge, Tag, SectionMessage, Spinner, EmptyState, ProgressBar, Tooltip. */
import type { ComponentProps, ReactElement } from 'react';
import Lozenge from '@atlaskit/lozenge';
import Badge from '@atlaskit/badge';
import Tag from '@atlaskit/tag';
import TagGroup from '@atlaskit/tag-group';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import EmptyState from '@atlaskit/empty-state';
import ProgressBar from '@atlaskit/progress-bar';
import Tooltip from '@atlaskit/tooltip';
import { elementToDocs, visibleText } from '../../../src/testing/forge-host/forge-doc';
import {
  ForgeNode,
  renderChildren,
  renderElementProp,
  type NodeProps,
  type NodeRegistry,
} from '../node-view';
import { forwardAll, without, propsAs } from './props';
import { withChildren, plain } from './wrap';

const TagNode = ({ node }: NodeProps) => (
  <Tag
    {...propsAs<ComponentProps<typeof Tag>>(
      without(node.props, ['onBeforeRemoveAction', 'onAfterRemoveAction']),
    )}
    {...forwardAll(node.props, ['onBeforeRemoveAction', 'onAfterRemoveAction'])}
    isRemovable={node.props.isRemovable === true}
  />
);

const SectionMessageNode = ({ node }: NodeProps) => {
  const actions = elementToDocs(node.props.actions, 'action').map((doc): ReactElement => (
    <ForgeNode key={doc.key} node={doc} />
  ));
  return (
    <SectionMessage
      {...propsAs<ComponentProps<typeof SectionMessage>>(without(node.props, ['actions']))}
      actions={actions.length > 0 ? actions : undefined}
    >
      {renderChildren(node)}
    </SectionMessage>
  );
};

const SectionMessageActionNode = ({ node }: NodeProps) => (
  <SectionMessageAction
    {...propsAs<ComponentProps<typeof SectionMessageAction>>(without(node.props, ['onClick']))}
    {...forwardAll(node.props, ['onClick'])}
  >
    {renderChildren(node)}
  </SectionMessageAction>
);

const EmptyStateNode = ({ node }: NodeProps) => {
  const props = node.props;
  return (
    <EmptyState
      {...propsAs<ComponentProps<typeof EmptyState>>(
        without(props, ['primaryAction', 'secondaryAction', 'tertiaryAction', 'description']),
      )}
      header={typeof props.header === 'string' ? props.header : ''}
      description={renderElementProp(props.description, 'description')}
      primaryAction={renderElementProp(props.primaryAction, 'primary')}
      secondaryAction={renderElementProp(props.secondaryAction, 'secondary')}
      tertiaryAction={renderElementProp(props.tertiaryAction, 'tertiary')}
    />
  );
};

const TooltipNode = ({ node }: NodeProps) => {
  const content = node.props.content;
  return (
    <Tooltip
      {...propsAs<ComponentProps<typeof Tooltip>>(without(node.props, ['content']))}
      content={
        typeof content === 'string' ? content : visibleText(elementToDocs(content, 'tooltip'))
      }
    >
      <span>{renderChildren(node)}</span>
    </Tooltip>
  );
};

export const feedbackNodes: NodeRegistry = {
  Lozenge: withChildren(Lozenge),
  Badge: withChildren(Badge),
  Tag: TagNode,
  TagGroup: withChildren(TagGroup),
  SectionMessage: SectionMessageNode,
  SectionMessageAction: SectionMessageActionNode,
  Spinner: plain(Spinner),
  EmptyState: EmptyStateNode,
  ProgressBar: plain(ProgressBar),
  Tooltip: TooltipNode,
};
