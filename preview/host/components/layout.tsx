/** Layout and text: UI Kit's Box/Stack/Inline/Text/Heading/Link map onto @atlaskit/primitives, heading and link. */
import type { ComponentProps, ReactNode } from 'react';
import { Box, Inline, Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import Heading from '@atlaskit/heading';
import Link from '@atlaskit/link';
import { renderChildren, type NodeProps, type NodeRegistry } from '../node-view';
import { forwardAll, propsAs, stringProp, without } from './props';

type HeadingSize = ComponentProps<typeof Heading>['size'];
type XcssStyle = Parameters<typeof xcss>[0];

// Older apps give Heading only `as`; ADS needs a size.
const SIZE_BY_LEVEL: Readonly<Record<string, HeadingSize>> = {
  h1: 'xlarge',
  h2: 'large',
  h3: 'medium',
  h4: 'small',
  h5: 'xsmall',
  h6: 'xxsmall',
};

/** UI Kit's `xcss()` returns the raw style object; ADS's `xcss()` turns tokens into CSS (and mutates, so copy). */
const toXcss = (style: unknown) =>
  typeof style === 'object' && style !== null
    ? xcss(structuredClone(style) as XcssStyle)
    : undefined;

const BoxNode = ({ node }: NodeProps) => {
  const props = propsAs<ComponentProps<typeof Box>>(without(node.props, ['xcss']));
  return (
    <Box {...props} xcss={toXcss(node.props.xcss)}>
      {renderChildren(node)}
    </Box>
  );
};

/** A button drawn as a Box: its whole text, screen-reader-only parts included, is its accessible name. */
const PressableNode = ({ node }: NodeProps) => {
  const props = propsAs<ComponentProps<typeof Pressable>>(
    without(node.props, ['xcss', 'onClick', 'children']),
  );
  return (
    <Pressable {...props} {...forwardAll(node.props, ['onClick'])} xcss={toXcss(node.props.xcss)}>
      {renderChildren(node)}
    </Pressable>
  );
};

const StackNode = ({ node }: NodeProps) => (
  <Stack {...propsAs<ComponentProps<typeof Stack>>(node.props)}>{renderChildren(node)}</Stack>
);

const InlineNode = ({ node }: NodeProps) => (
  <Inline {...propsAs<ComponentProps<typeof Inline>>(node.props)}>{renderChildren(node)}</Inline>
);

const TextNode = ({ node }: NodeProps) => {
  const isStrike = node.props.as === 'strike';
  const props = propsAs<ComponentProps<typeof Text>>(
    isStrike ? without(node.props, ['as']) : node.props,
  );
  const content = renderChildren(node);
  return <Text {...props}>{isStrike ? <s>{content}</s> : content}</Text>;
};

const HeadingNode = ({ node }: NodeProps) => {
  const props = propsAs<Omit<ComponentProps<typeof Heading>, 'children'>>(node.props);
  const size = props.size ?? SIZE_BY_LEVEL[stringProp(node.props, 'as') ?? ''] ?? 'medium';
  return (
    <Heading {...props} size={size}>
      {renderChildren(node)}
    </Heading>
  );
};

const LinkNode = ({ node }: NodeProps) => {
  const rest = propsAs<Omit<ComponentProps<typeof Link>, 'href'>>(
    without(node.props, ['openNewTab', 'href']),
  );
  return (
    <Link
      {...rest}
      href={stringProp(node.props, 'href') ?? '#'}
      target={node.props.openNewTab === true ? '_blank' : undefined}
    >
      {renderChildren(node)}
    </Link>
  );
};

const tag =
  (Tag: 'em' | 'strong' | 's' | 'li') =>
  ({ node }: NodeProps): ReactNode => <Tag>{renderChildren(node)}</Tag>;

const ListNode = ({ node }: NodeProps) =>
  node.props.type === 'ordered' ? <ol>{renderChildren(node)}</ol> : <ul>{renderChildren(node)}</ul>;

const Passthrough = ({ node }: NodeProps) => <>{renderChildren(node)}</>;

export const layoutNodes: NodeRegistry = {
  Root: Passthrough,
  ContentWrapper: Passthrough,
  Box: BoxNode,
  Pressable: PressableNode,
  Stack: StackNode,
  Inline: InlineNode,
  Text: TextNode,
  Heading: HeadingNode,
  Link: LinkNode,
  Em: tag('em'),
  Strong: tag('strong'),
  Strike: tag('s'),
  List: ListNode,
  ListItem: tag('li'),
};
