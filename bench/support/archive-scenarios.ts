/** The searches the archive benchmark times: 30-day windows with and without facet filters, and whole-archive ones. */
import type { MockUser, RawAuditRecord } from '../../src/testing/mock-jira';

export interface Scenario {
  readonly group:
    | '30-day window'
    | '30-day window with facet filters'
    | 'whole archive with text'
    | 'whole archive without text';
  readonly payload: object;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

// Words an investigator types: common and rare ones, names, ids, addresses, two-word searches, one that is absent.
const TEXTS = [
  'user',
  'created',
  'admins',
  'Payments',
  'jira-software-users',
  'ug:',
  'workflow scheme',
  'Ångström',
  'zzqx-absent',
  '2001:db8',
  'Mobile App',
  'Story Points',
  'deleted project',
  'retention',
  '100%',
  'permission default',
  'active inactive',
  '日本語',
  'scim',
  'field configuration',
];

export const searchScenarios = (
  records: readonly RawAuditRecord[],
  users: readonly MockUser[],
  end: number,
): Scenario[] => {
  const windows = Array.from({ length: 20 }, (_, index) => {
    const to = end - index * 17 * DAY;
    return { from: iso(to - 30 * DAY), to: iso(to) };
  });
  const address = records.find((record) => record.remoteAddress?.includes('.'))!.remoteAddress!;
  const cidr = `${address.split('.').slice(0, 2).join('.')}.0.0/16`;
  const project = records.find((record) => record.objectItem?.typeName === 'PROJECT')!.objectItem!;
  const filters: object[] = [
    { authors: [users[0]!.accountId] },
    { authors: [users[1]!.accountId, 'system'] },
    { categories: ['projects'] },
    { categories: ['user management', 'group management'] },
    { objectTypes: ['USER'] },
    { ip: '10.0.0.0/8' },
    { ip: cidr },
    { authors: [users[2]!.accountId], categories: ['workflows'] },
    { objectTypes: ['PROJECT', 'SCHEME'], authors: [users[3]!.accountId] },
    { object: { typeName: 'PROJECT', id: project.id } },
  ];
  return [
    ...windows.map((window) => ({ group: '30-day window' as const, payload: window })),
    ...windows.map((window, index) => ({
      group: '30-day window with facet filters' as const,
      payload: { ...window, ...filters[index % filters.length] },
    })),
    ...TEXTS.map((text) => ({ group: 'whole archive with text' as const, payload: { text } })),
    ...[{}, ...filters].map((payload) => ({
      group: 'whole archive without text' as const,
      payload,
    })),
  ];
};
