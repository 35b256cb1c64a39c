/** The getAuditPage payload checked against the contract schema: a query, or a BAD_REQUEST naming each bad field. */
import { auditPageQuerySchema, failure, type AuditPageQuery, type Failure } from '../contract';

export type ParsedQuery = { readonly ok: true; readonly query: AuditPageQuery } | Failure;

const NOT_AN_OBJECT =
  'The request must be an object with the optional fields "from", "to", "filter", "offset" and "limit". Reload the page and try again.';

export const parseAuditPageQuery = (payload: unknown): ParsedQuery => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return failure('BAD_REQUEST', NOT_AN_OBJECT);
  }
  const parsed = auditPageQuerySchema.safeParse(payload);
  if (parsed.success) return { ok: true, query: parsed.data };
  const messages = [...new Set(parsed.error.issues.map((issue) => issue.message))];
  return failure('BAD_REQUEST', messages.join(' '));
};
