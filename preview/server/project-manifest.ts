/**
 * What the preview needs from manifest.yml: the admin page's title, UI entry, resolver handler, resources, triggers
 * and async-events consumers.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ManifestPermissions } from './custom-ui-csp';

const manifestSchema = z.object({
  modules: z.object({
    'jira:adminPage': z
      .array(
        z.object({
          key: z.string(),
          resource: z.string(),
          title: z.string(),
          resolver: z.object({ function: z.string() }).optional(),
        }),
      )
      .min(1),
    function: z.array(z.object({ key: z.string(), handler: z.string() })).default([]),
    scheduledTrigger: z
      .array(z.object({ key: z.string(), function: z.string(), interval: z.string() }))
      .default([]),
    consumer: z
      .array(z.object({ key: z.string(), queue: z.string(), function: z.string() }))
      .default([]),
  }),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
  // Handed to @forge/csp as they are: it reads content.styles/scripts and external.* like Forge does.
  permissions: z.record(z.string(), z.unknown()).default({}),
});

export interface ProjectApp {
  readonly appTitle: string;
  readonly moduleKey: string;
  /** The UI Kit entry file of the admin page's resource. */
  readonly uiEntry: string;
  /** `src/<file>.ts` and the export named by the resolver function's `handler: file.export`. */
  readonly handlerFile: string;
  readonly handlerExport: string;
  /** Every resource but the page's, for Custom UI in Frames (paths relative to the project). */
  readonly resources: readonly { readonly key: string; readonly path: string }[];
  /** The manifest's `permissions`: what the Custom UI CSP allows beyond Forge's defaults. */
  readonly permissions: ManifestPermissions;
  /** Functions Forge runs on a schedule (`scheduledTrigger`), with the trigger's key as their module key. */
  readonly scheduled: readonly ScheduledFunction[];
  /** Functions Forge runs for the events pushed to a queue (`consumer`). */
  readonly consumers: readonly ConsumerFunction[];
}

export interface FunctionEntry {
  readonly file: string;
  readonly exportName: string;
}

export interface ScheduledFunction extends FunctionEntry {
  readonly moduleKey: string;
  readonly interval: string;
}

export interface ConsumerFunction extends FunctionEntry {
  readonly queue: string;
}

const sourceFile = (projectDir: string, base: string): string => {
  const candidates = ['.ts', '.tsx', '.js'].map((ext) =>
    path.join(projectDir, 'src', `${base}${ext}`),
  );
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
};

export const readProjectApp = (projectDir: string): ProjectApp => {
  const manifest = manifestSchema.parse(
    parse(readFileSync(path.join(projectDir, 'manifest.yml'), 'utf8')),
  );
  const page = manifest.modules['jira:adminPage'][0]!;
  const resource = manifest.resources.find((candidate) => candidate.key === page.resource);
  if (resource === undefined)
    throw new Error(`manifest.yml: the admin page's resource "${page.resource}" is missing.`);
  const handlerOf = (key: string | undefined) =>
    manifest.modules.function.find((candidate) => candidate.key === key)?.handler;
  const [file = 'index', exportName = 'handler'] = (
    handlerOf(page.resolver?.function) ?? 'index.handler'
  ).split('.');
  const entryOf = (what: string, functionKey: string): FunctionEntry => {
    const handler = handlerOf(functionKey);
    if (handler === undefined)
      throw new Error(`manifest.yml: the ${what} names no function module.`);
    const [entryFile = 'index', entryExport = 'handler'] = handler.split('.');
    return { file: sourceFile(projectDir, entryFile), exportName: entryExport };
  };
  const scheduled = manifest.modules.scheduledTrigger.map((trigger) => ({
    moduleKey: trigger.key,
    interval: trigger.interval,
    ...entryOf(`trigger "${trigger.key}"`, trigger.function),
  }));
  const consumers = manifest.modules.consumer.map((consumer) => ({
    queue: consumer.queue,
    ...entryOf(`consumer "${consumer.key}"`, consumer.function),
  }));
  return {
    appTitle: page.title,
    moduleKey: page.key,
    uiEntry: path.join(projectDir, resource.path),
    handlerFile: sourceFile(projectDir, file),
    handlerExport: exportName,
    resources: manifest.resources.filter((candidate) => candidate.key !== page.resource),
    permissions: manifest.permissions as ManifestPermissions,
    scheduled,
    consumers,
  };
};
