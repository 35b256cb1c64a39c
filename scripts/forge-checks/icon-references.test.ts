import { findBrokenIconReferences } from './icon-references';

const manifestWith = (icon: string | undefined) => ({
  modules: {
    'jira:adminPage': [{ key: 'page', resource: 'main', title: 'Page', ...(icon ? { icon } : {}) }],
    function: [{ key: 'resolver', handler: 'index.handler' }],
  },
  resources: [
    { key: 'main', path: 'src/frontend/index.tsx' },
    { key: 'icons', path: 'static/icons/' },
  ],
});
const existing = new Set(['static/icons/audit-log.svg']);
const fileExists = (pathInApp: string) => existing.has(pathInApp);

describe('module icon references', () => {
  it('reports the icon as written so the check can point at its line', () => {
    const [problem] = findBrokenIconReferences(manifestWith('resource:icons;x.svg'), fileExists);
    expect(problem?.icon).toBe('resource:icons;x.svg');
  });

  it('skips a manifest without modules or resources', () => {
    expect(findBrokenIconReferences({ app: {} }, fileExists)).toEqual([]);
  });

  it.each<[string, string | undefined, string[]]>([
    ['an icon file inside a declared resource', 'resource:icons;audit-log.svg', []],
    ['no icon', undefined, []],
    ['an absolute URL (not ours to check)', 'https://example.com/icon.svg', []],
    [
      'an undeclared resource',
      'resource:pictures;audit-log.svg',
      [
        "icon 'resource:pictures;audit-log.svg' of module 'page' names resource 'pictures', which is not declared",
      ],
    ],
    [
      'a missing file',
      'resource:icons;missing.svg',
      [
        "icon 'resource:icons;missing.svg' of module 'page' points at 'static/icons/missing.svg', which does not exist",
      ],
    ],
    [
      'no file after the resource key',
      'resource:icons',
      ["icon 'resource:icons' of module 'page' points at 'static/icons/', which does not exist"],
    ],
  ])('accepts or rejects %s', (_case, icon, expected) => {
    const messages = findBrokenIconReferences(manifestWith(icon), fileExists).map((p) => p.message);
    expect(messages).toEqual(expected);
  });
});
