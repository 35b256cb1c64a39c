import { z } from 'zod';

const RESOURCE_PREFIX = 'resource:';

const iconModule = z.object({ key: z.string(), icon: z.string() });
const resource = z.object({ key: z.string(), path: z.string() });
/** The parts of a parsed manifest this check reads; entries of other shapes are skipped. */
const manifestWithIcons = z.object({
  modules: z.record(z.string(), z.unknown()).optional(),
  resources: z.array(z.unknown()).optional(),
});

export interface IconProblem {
  /** The icon value as written, to find it in the file. */
  readonly icon: string;
  readonly message: string;
}

/**
 * Finds module icons written `resource:<key>;<path>` whose resource is not declared or whose
 * file is missing. Forge's manifest validator does not look at icons; `forge deploy` would only
 * fail on Atlassian's side ("Hosted resource for icon or thumbnail missing").
 */
export function findBrokenIconReferences(
  parsedManifest: unknown,
  fileExists: (pathInApp: string) => boolean,
): IconProblem[] {
  const manifest = manifestWithIcons.safeParse(parsedManifest).data;
  if (!manifest) return [];
  const resources = new Map(
    (manifest.resources ?? []).flatMap((entry) => {
      const declared = resource.safeParse(entry).data;
      return declared ? [[declared.key, declared.path] as const] : [];
    }),
  );
  const modules = Object.values(manifest.modules ?? {}).flatMap((list): unknown[] =>
    Array.isArray(list) ? list : [],
  );
  return modules.flatMap((entry): IconProblem[] => {
    const withIcon = iconModule.safeParse(entry).data;
    if (!withIcon?.icon.startsWith(RESOURCE_PREFIX)) return [];
    const { key, icon } = withIcon;
    const [resourceKey = '', file = ''] = icon.slice(RESOURCE_PREFIX.length).split(';');
    const resourcePath = resources.get(resourceKey);
    if (resourcePath === undefined) {
      const message = `icon '${icon}' of module '${key}' names resource '${resourceKey}', which is not declared`;
      return [{ icon, message }];
    }
    const pathInApp = `${resourcePath.replace(/\/+$/, '')}/${file}`;
    if (!file || !fileExists(pathInApp)) {
      const message = `icon '${icon}' of module '${key}' points at '${pathInApp}', which does not exist`;
      return [{ icon, message }];
    }
    return [];
  });
}
