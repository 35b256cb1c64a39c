/** UI Kit icon names (the legacy glyph names) onto @atlaskit/icon core icons, for a curated set. */
import { createElement, type ComponentProps } from 'react';
import type { NodeProps, NodeRegistry } from '../node-view';
import AddIcon from '@atlaskit/icon/core/add';
import ArrowDownIcon from '@atlaskit/icon/core/arrow-down';
import ArrowLeftIcon from '@atlaskit/icon/core/arrow-left';
import ArrowRightIcon from '@atlaskit/icon/core/arrow-right';
import ArrowUpIcon from '@atlaskit/icon/core/arrow-up';
import CalendarIcon from '@atlaskit/icon/core/calendar';
import ChartBarIcon from '@atlaskit/icon/core/chart-bar';
import ChartTrendIcon from '@atlaskit/icon/core/chart-trend';
import CheckCircleIcon from '@atlaskit/icon/core/check-circle';
import CheckMarkIcon from '@atlaskit/icon/core/check-mark';
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronLeftIcon from '@atlaskit/icon/core/chevron-left';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import ChevronUpIcon from '@atlaskit/icon/core/chevron-up';
import ClockIcon from '@atlaskit/icon/core/clock';
import CopyIcon from '@atlaskit/icon/core/copy';
import CrossIcon from '@atlaskit/icon/core/cross';
import CrossCircleIcon from '@atlaskit/icon/core/cross-circle';
import DeleteIcon from '@atlaskit/icon/core/delete';
import DownloadIcon from '@atlaskit/icon/core/download';
import EditIcon from '@atlaskit/icon/core/edit';
import EmailIcon from '@atlaskit/icon/core/email';
import ErrorIcon from '@atlaskit/icon/core/status-error';
import EyeOpenIcon from '@atlaskit/icon/core/eye-open';
import FilterIcon from '@atlaskit/icon/core/filter';
import GlobeIcon from '@atlaskit/icon/core/globe';
import InformationCircleIcon from '@atlaskit/icon/core/information-circle';
import LinkIcon from '@atlaskit/icon/core/link';
import LinkExternalIcon from '@atlaskit/icon/core/link-external';
import ListBulletedIcon from '@atlaskit/icon/core/list-bulleted';
import LockLockedIcon from '@atlaskit/icon/core/lock-locked';
import LockUnlockedIcon from '@atlaskit/icon/core/lock-unlocked';
import PageIcon from '@atlaskit/icon/core/page';
import PeopleGroupIcon from '@atlaskit/icon/core/people-group';
import PersonIcon from '@atlaskit/icon/core/person';
import QuestionCircleIcon from '@atlaskit/icon/core/question-circle';
import RefreshIcon from '@atlaskit/icon/core/refresh';
import RetryIcon from '@atlaskit/icon/core/retry';
import SearchIcon from '@atlaskit/icon/core/search';
import SettingsIcon from '@atlaskit/icon/core/settings';
import ShowMoreHorizontalIcon from '@atlaskit/icon/core/show-more-horizontal';
import TableIcon from '@atlaskit/icon/core/table';
import UploadIcon from '@atlaskit/icon/core/upload';
import WarningIcon from '@atlaskit/icon/core/warning';

type CoreIcon = typeof AddIcon;
type IconColor = ComponentProps<CoreIcon>['color'];

export const ICONS: Readonly<Record<string, CoreIcon>> = {
  add: AddIcon,
  'add-circle': AddIcon,
  'arrow-down': ArrowDownIcon,
  'arrow-left': ArrowLeftIcon,
  'arrow-right': ArrowRightIcon,
  'arrow-up': ArrowUpIcon,
  calendar: CalendarIcon,
  'calendar-filled': CalendarIcon,
  check: CheckMarkIcon,
  'check-circle': CheckCircleIcon,
  'check-circle-outline': CheckCircleIcon,
  'chevron-down': ChevronDownIcon,
  'chevron-left': ChevronLeftIcon,
  'chevron-left-large': ChevronLeftIcon,
  'chevron-right': ChevronRightIcon,
  'chevron-right-large': ChevronRightIcon,
  'chevron-up': ChevronUpIcon,
  copy: CopyIcon,
  cross: CrossIcon,
  'cross-circle': CrossCircleIcon,
  document: PageIcon,
  download: DownloadIcon,
  edit: EditIcon,
  email: EmailIcon,
  error: ErrorIcon,
  export: UploadIcon,
  filter: FilterIcon,
  'graph-bar': ChartBarIcon,
  'graph-line': ChartTrendIcon,
  info: InformationCircleIcon,
  'editor-info': InformationCircleIcon,
  link: LinkIcon,
  list: ListBulletedIcon,
  lock: LockLockedIcon,
  more: ShowMoreHorizontalIcon,
  open: LinkExternalIcon,
  page: PageIcon,
  people: PeopleGroupIcon,
  person: PersonIcon,
  'question-circle': QuestionCircleIcon,
  recent: ClockIcon,
  refresh: RefreshIcon,
  retry: RetryIcon,
  schedule: ClockIcon,
  search: SearchIcon,
  settings: SettingsIcon,
  table: TableIcon,
  trash: DeleteIcon,
  unlock: LockUnlockedIcon,
  upload: UploadIcon,
  warning: WarningIcon,
  watch: EyeOpenIcon,
  world: GlobeIcon,
};

/** `color.icon.danger` → `var(--ds-icon-danger)`: UI Kit passes token names, icons want CSS colours. */
export const tokenColor = (name: unknown): IconColor =>
  typeof name === 'string' && name.startsWith('color.')
    ? (`var(--ds-${name
        .slice('color.'.length)
        .replace(/\.\[default\]$/, '')
        .replaceAll('.', '-')})` as IconColor)
    : undefined;

/** The icon for a UI Kit glyph name; a neutral dot (and a warning) for names outside the curated set. */
export const iconFor = (glyph: unknown): CoreIcon => {
  const icon = typeof glyph === 'string' ? ICONS[glyph] : undefined;
  if (icon !== undefined) return icon;
  console.warn(
    `[preview] icon "${String(glyph)}" is not in the preview's icon set; showing a placeholder.`,
  );
  return ShowMoreHorizontalIcon;
};

// createElement: the icon is one of the module-level components above, picked by name, never made here.
const IconNode = ({ node }: NodeProps) =>
  createElement(iconFor(node.props.glyph), {
    label: typeof node.props.label === 'string' ? node.props.label : '',
    color: tokenColor(node.props.color ?? node.props.primaryColor),
    size: node.props.size === 'small' ? 'small' : 'medium',
  });

export const iconNodes: NodeRegistry = { Icon: IconNode };
