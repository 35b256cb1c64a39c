/** Which function module consumes which async-events queue, as manifest.yml says (`consumer` → `function` → handler). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';

const manifestSchema = z.object({
  modules: z.object({
    function: z.array(z.object({ key: z.string(), handler: z.string() })),
    consumer: z._default(
      z.array(z.object({ key: z.string(), queue: z.string(), function: z.string() })),
      [],
    ),
  }),
});

export interface ManifestConsumer {
  readonly queue: string;
  /** `file.export`, e.g. `index.syncArchiveContinuation`. */
  readonly handler: string;
}

export const PROJECT_MANIFEST = path.join(__dirname, '..', '..', '..', 'manifest.yml');

export const readManifestConsumers = (text: string): ManifestConsumer[] => {
  const { modules } = manifestSchema.parse(parse(text));
  return modules.consumer.map((consumer) => {
    const handler = modules.function.find((fn) => fn.key === consumer.function)?.handler;
    if (handler === undefined)
      throw new Error(`manifest.yml: the consumer "${consumer.key}" names no function module.`);
    return { queue: consumer.queue, handler };
  });
};

/** Queue → function, each consumer's handler looked up among `handlers` (keyed `file.export`, as the manifest names them). */
export const bindConsumers = <F>(
  handlers: Readonly<Record<string, F>>,
  text: string = readFileSync(PROJECT_MANIFEST, 'utf8'),
): Map<string, F> =>
  new Map(
    readManifestConsumers(text).map(({ queue, handler }) => {
      const fn = handlers[handler];
      if (fn === undefined) throw new Error(`No function is given for ${handler}.`);
      return [queue, fn];
    }),
  );
