/** The getAuditPage payload checked against the contract schema: a query, or a BAD_REQUEST naming each bad field. */
import { auditPageQuerySchema } from '../contract';
import { parsePayload } from './parse-payload';

export const parseAuditPageQuery = (payload: unknown) =>
  parsePayload(auditPageQuerySchema, payload, '"from", "to", "filter", "offset" and "limit"');
