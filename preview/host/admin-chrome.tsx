/** A Jira-settings-like frame around the app (top bar, Apps sidebar, page title), clearly marked as a preview. */
import type { ReactNode } from 'react';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import Avatar from '@atlaskit/avatar';
import { JiraIcon } from '@atlaskit/logo';
import type { PreviewConfig } from './preview-config';

const topBar = xcss({
  height: '48px',
  paddingInline: 'space.150',
  backgroundColor: 'elevation.surface',
  borderBottomWidth: 'border.width',
  borderBottomStyle: 'solid',
  borderBottomColor: 'color.border',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
});

const sidebar = xcss({
  width: '240px',
  flexShrink: 0,
  paddingBlock: 'space.200',
  paddingInline: 'space.100',
  backgroundColor: 'elevation.surface',
  borderRightWidth: 'border.width',
  borderRightStyle: 'solid',
  borderRightColor: 'color.border',
});

const navItem = xcss({
  paddingBlock: 'space.075',
  paddingInline: 'space.150',
  borderRadius: 'radius.small',
});
const selectedItem = xcss({
  backgroundColor: 'color.background.selected',
  color: 'color.text.selected',
});
const main = xcss({
  flexGrow: 1,
  minWidth: '0',
  paddingBlock: 'space.300',
  paddingInline: 'space.500',
});
const searchBox = xcss({
  width: '360px',
  height: '32px',
  paddingInline: 'space.100',
  borderRadius: 'radius.small',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border.input',
  display: 'flex',
  alignItems: 'center',
});

const SETTINGS_SECTIONS = ['System', 'Products', 'Projects', 'Work items', 'Apps'];
const APP_ITEMS = ['Manage apps', 'Find new apps', 'Connected apps'];

const NavItem = ({
  label,
  selected = false,
}: {
  readonly label: string;
  readonly selected?: boolean;
}) => (
  <Box xcss={selected ? [navItem, selectedItem] : navItem}>
    <Text
      weight={selected ? 'semibold' : 'regular'}
      color={selected ? 'color.text.selected' : 'color.text'}
    >
      {label}
    </Text>
  </Box>
);

export interface AdminChromeProps {
  readonly config: PreviewConfig;
  readonly children: ReactNode;
}

export const AdminChrome = ({ config, children }: AdminChromeProps) => (
  <Stack>
    <Box xcss={topBar} as="header">
      <Inline space="space.150" alignBlock="center">
        <JiraIcon size="small" appearance="brand" />
        <Text weight="semibold">Jira</Text>
        <Text color="color.text.subtlest">Settings</Text>
      </Inline>
      <Box xcss={searchBox}>
        <Text color="color.text.subtlest">Search</Text>
      </Box>
      <Inline space="space.100" alignBlock="center">
        <span data-testid="preview-badge">
          <Lozenge appearance="new">Local preview · mock Jira</Lozenge>
        </span>
        <Text size="small" color="color.text.subtle">
          {config.scenario === 'normal' ? '' : `scenario: ${config.scenario} · `}
          {config.timezone}
        </Text>
        <Avatar size="small" name="Preview admin" />
      </Inline>
    </Box>
    <Inline alignBlock="stretch">
      <Box xcss={sidebar} as="nav">
        <Stack space="space.050">
          {SETTINGS_SECTIONS.map((label) => (
            <NavItem key={label} label={label} />
          ))}
          <Box paddingBlockStart="space.200" paddingInline="space.150">
            <Text size="small" weight="bold" color="color.text.subtle">
              APPS
            </Text>
          </Box>
          {APP_ITEMS.map((label) => (
            <NavItem key={label} label={label} />
          ))}
          <NavItem label={config.appTitle} selected />
        </Stack>
      </Box>
      <Box xcss={main} as="main">
        <Stack space="space.300">
          <Stack space="space.100">
            <Text size="small" color="color.text.subtle">
              Settings / Apps
            </Text>
            <Heading size="large" as="h1">
              {config.appTitle}
            </Heading>
          </Stack>
          <div data-testid="preview-app-root">{children}</div>
        </Stack>
      </Box>
    </Inline>
  </Stack>
);
