/** Buttons: UI Kit's Button/LoadingButton/LinkButton/ButtonGroup map onto @atlaskit/button (new). */
import type { ComponentProps } from 'react';
import Button, { LinkButton } from '@atlaskit/button/new';
import ButtonGroup from '@atlaskit/button/button-group';
import { renderChildren, type NodeProps, type NodeRegistry } from '../node-view';
import { iconFor } from './icons';
import { forwardAll, stringProp, without, propsAs } from './props';

type ButtonProps = ComponentProps<typeof Button>;

// The new button has no link appearances or `none` spacing; the nearest look keeps the page readable.
const APPEARANCE: Readonly<Record<string, ButtonProps['appearance']>> = {
  default: 'default',
  primary: 'primary',
  subtle: 'subtle',
  warning: 'warning',
  danger: 'danger',
  discovery: 'discovery',
  link: 'subtle',
  'subtle-link': 'subtle',
};

const buttonProps = (node: NodeProps['node'], isLoading: boolean): ButtonProps => {
  const props = node.props;
  const iconBefore = stringProp(props, 'iconBefore');
  const iconAfter = stringProp(props, 'iconAfter');
  const spacing = props.spacing === 'compact' || props.spacing === 'none' ? 'compact' : 'default';
  return {
    ...propsAs<ButtonProps>(
      without(props, [
        'appearance',
        'spacing',
        'iconBefore',
        'iconAfter',
        'onClick',
        'onBlur',
        'onFocus',
        'children',
      ]),
    ),
    ...forwardAll(props, ['onClick', 'onBlur', 'onFocus']),
    appearance: APPEARANCE[stringProp(props, 'appearance') ?? 'default'] ?? 'default',
    spacing,
    isLoading: isLoading || props.isLoading === true,
    iconBefore: iconBefore === undefined ? undefined : iconFor(iconBefore),
    iconAfter: iconAfter === undefined ? undefined : iconFor(iconAfter),
    children: renderChildren(node),
  };
};

const ButtonNode = ({ node }: NodeProps) => <Button {...buttonProps(node, false)} />;

const LoadingButtonNode = ({ node }: NodeProps) => (
  <Button {...buttonProps(node, node.props.isLoading === true)} />
);

const LinkButtonNode = ({ node }: NodeProps) => {
  const props = node.props;
  return (
    <LinkButton
      {...propsAs<ComponentProps<typeof LinkButton>>(
        without(props, ['openNewTab', 'onClick', 'appearance']),
      )}
      {...forwardAll(props, ['onClick'])}
      appearance={
        props.appearance === 'primary' || props.appearance === 'subtle'
          ? props.appearance
          : 'default'
      }
      href={stringProp(props, 'href') ?? '#'}
      target={props.openNewTab === true ? '_blank' : undefined}
    >
      {renderChildren(node)}
    </LinkButton>
  );
};

const ButtonGroupNode = ({ node }: NodeProps) => (
  <ButtonGroup
    {...propsAs<ComponentProps<typeof ButtonGroup>>(without(node.props, ['appearance']))}
  >
    {renderChildren(node)}
  </ButtonGroup>
);

export const buttonNodes: NodeRegistry = {
  Button: ButtonNode,
  LoadingButton: LoadingButtonNode,
  LinkButton: LinkButtonNode,
  ButtonGroup: ButtonGroupNode,
};
