/** Realistic words for generated audit logs: names, projects, groups and awkward values real sites contain. */

export const DISPLAY_NAMES = [
  'Zoë Ångström',
  'Mia Krystof',
  'José Álvarez-Núñez',
  '山田 太郎',
  'Anna-Lena Müller',
  "Siobhán O'Brien",
  'Łukasz Żółć',
  'Priya Raghunathan',
  'Ola Nordmann',
  'Chloé Dubois',
  'Oğuz Çelik',
  'Kim Min-jun',
  'Nguyễn Thị Hương',
  'Björn "Bo" Svensson',
  'Fatima Al-Sayed',
  'Automation for Jira',
  'Former user',
  'Ian Smith',
  'Dmitri Ivanov',
  'Ana Lúcia Gonçalves',
];

export const PROJECT_NAMES = [
  '日本語プロジェクト',
  'Mobile App',
  'R&D = Research & Development',
  'Payments (EU, #2)',
  'Équipe Données',
  'Customer Support 100%',
  'Website "Relaunch"',
  'Infra / Ops',
];

export const GROUP_NAMES = [
  'jira-software-users',
  'jira-admins-mock-site',
  'site-admins',
  'confluence-users',
  'Ünïcode Ops Team',
];

export const WORKFLOW_NAMES = [
  'Software Simplified Workflow for Project MOB',
  'jira',
  'Bug workflow v2 (QA & Release)',
  'Classic default workflow',
];

export const SCHEME_NAMES = [
  'Default Permission Scheme',
  'Default Notification Scheme',
  'MOB: Scrum Issue Type Scheme',
  'Security levels, "confidential"',
  'Field Configuration Scheme for 日本語プロジェクト',
];

export const CUSTOM_FIELDS = [
  'Story Points',
  'Team',
  'Cost & Effort',
  'Customer #',
  'Release note',
];

/** Values with characters that break naive URL, CSV and HTML handling. */
export const AWKWARD_VALUES = [
  'Cost & Effort = 50% #budget, "Q1"',
  'line one\nline two',
  'a,b;c\td',
  "it's <b>bold</b>",
  '100% = done & dusted #1',
  'Zoë "ZA" Ångström',
];

export const ROLE_NAMES = ['Administrators', 'Developers', 'Service Desk Team', 'Viewers'];

export const EVENT_SOURCES = ['Jira Connect Plugin', 'Atlassian Access', 'SCIM'];

export const DESCRIPTIONS = [
  'Optional description',
  'Bulk change of 3 users',
  'Changed via REST API',
];

export const DIRECTORY = { id: '10000', name: 'Jira Internal Directory' };
