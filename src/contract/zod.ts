/**
 * Helpers for the contract's schemas, which use zod/mini so the UI Kit page can import the same schemas the resolver
 * uses (classic zod cannot be tree-shaken). Import `* as z from 'zod/mini'` in each module: re-exporting the
 * namespace object would keep all of zod in the page bundle.
 */
import * as z from 'zod/mini';

// zod/mini ships no messages; English ones keep every BAD_REQUEST and bridge error readable.
z.config(z.locales.en());

/** `null` counts as absent (contract): a field that is `null` or missing is `undefined`. */
export const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.optional(z.nullable(schema)),
    z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
  );

/** A whole number in [min, max] with one message for every way of missing it. */
export const wholeNumber = (min: number, max: number, message: string) =>
  z
    .number({ error: message })
    .check(
      z.int({ error: message }),
      z.gte(min, { error: message }),
      z.lte(max, { error: message }),
    );
