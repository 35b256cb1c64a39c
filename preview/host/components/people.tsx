/** User and UserGroup: avatar and display name, looked up from the mock Jira's users. */
import { useEffect, useState } from 'react';
import Avatar from '@atlaskit/avatar';
import { Inline, Text } from '@atlaskit/primitives';
import { lookUpUser, type PreviewUser } from '../user-directory';
import { renderChildren, type NodeProps, type NodeRegistry } from '../node-view';
import { stringProp } from './props';

const useUser = (accountId: string): PreviewUser | undefined => {
  const [user, setUser] = useState<PreviewUser>();
  useEffect(() => {
    let current = true;
    void lookUpUser(accountId).then((found) => current && setUser(found));
    return () => {
      current = false;
    };
  }, [accountId]);
  return user;
};

const UserNode = ({ node }: NodeProps) => {
  const accountId = stringProp(node.props, 'accountId') ?? '';
  const user = useUser(accountId);
  const name = user?.displayName ?? '';
  return (
    <span data-testid="preview-user" data-account-id={accountId}>
      <Inline space="space.075" alignBlock="center">
        <Avatar size="small" src={user?.avatarUrl} name={name} />
        {node.props.hideDisplayName === true ? null : <Text>{name}</Text>}
      </Inline>
    </span>
  );
};

const UserGroupNode = ({ node }: NodeProps) => (
  <Inline space="space.100" shouldWrap>
    {renderChildren(node)}
  </Inline>
);

export const peopleNodes: NodeRegistry = {
  User: UserNode,
  UserGroup: UserGroupNode,
};
