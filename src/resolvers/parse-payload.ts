/** The one way every resolver key reads its untrusted payload: the contract's schema, or a BAD_REQUEST naming each bad field. */
import { badRequest, type Failure } from '../contract';
import type * as z from 'zod/mini';

export type Parsed<T> = { readonly ok: true; readonly value: T } | Failure;

export const parsePayload = <S extends z.ZodMiniType>(
  schema: S,
  payload: unknown,
  /** Says what the key accepts, for a payload that is not an object at all. */
  fields: string,
): Parsed<z.output<S>> => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return badRequest(
      `The request must be an object with the optional fields ${fields}. Reload the page and try again.`,
    );
  }
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  return badRequest([...new Set(parsed.error.issues.map((issue) => issue.message))].join(' '));
};
