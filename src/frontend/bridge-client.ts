/** The one place the page calls `invoke`: typed by the contract's ResolverApi, results validated. */
import { invoke } from '@forge/bridge';
import type { ZodMiniType } from 'zod/mini';
import type { AuditPageQueryInput, AuditPageResult, ResolverApi, ResolverKey } from '../contract';
import { auditPageResultSchema } from './result-schema';

/** The resolver answered with something that is not its contract's result. */
export class UnreadableResultError extends Error {
  constructor(
    readonly key: ResolverKey,
    readonly issues: string,
  ) {
    super(`The answer to ${key} did not match the contract: ${issues}`);
    this.name = 'UnreadableResultError';
  }
}

const isWrapped = (value: unknown): value is { body: unknown } =>
  typeof value === 'object' && value !== null && 'body' in value && !('ok' in value);

/** `invoke` is typed `T | {body, metadata}`: the wrapped form appears only when metadata was requested. */
export const unwrapInvokeResponse = (response: unknown): unknown =>
  isWrapped(response) ? response.body : response;

export const invokeResolver = async <K extends ResolverKey>(
  key: K,
  payload: ResolverApi[K]['payload'],
  resultSchema: ZodMiniType<ResolverApi[K]['result']>,
): Promise<ResolverApi[K]['result']> => {
  const response: unknown = await invoke(key, payload);
  const parsed = resultSchema.safeParse(unwrapInvokeResponse(response));
  if (!parsed.success) throw new UnreadableResultError(key, parsed.error.message);
  return parsed.data;
};

/** The calls the admin page makes. */
export interface AuditClient {
  getAuditPage(payload: AuditPageQueryInput): Promise<AuditPageResult>;
}

export const auditClient: AuditClient = {
  getAuditPage: (payload) => invokeResolver('getAuditPage', payload, auditPageResultSchema),
};
