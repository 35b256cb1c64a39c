/** Forge SQL's wire format: the request body it accepts, and its answers (`{ rows }`, or `{ code, message }` with a non-2xx status). */

export class SqlRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly debug?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const answer = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const refusalResponse = ({ status, code, message, debug }: SqlRefusal): Response =>
  answer(status, { code, message, ...(debug ? { debug } : {}) });

export const parseRequest = (body: string): { query: string; params: unknown[] } => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SqlRefusal(400, 'INVALID_SQL_QUERY', 'The request body is not JSON.');
  }
  const { query, params = [] } = (parsed ?? {}) as { query?: unknown; params?: unknown };
  if (typeof query !== 'string' || !Array.isArray(params))
    throw new SqlRefusal(400, 'INVALID_SQL_QUERY', 'The request needs a query and a params array.');
  return { query, params };
};

// Forge's HTTP answer has no documented form for binary cells: the app must not depend on one.
const checkCells = (rows: unknown[]): void => {
  for (const row of rows)
    for (const cell of Object.values(row as Record<string, unknown>))
      if (Buffer.isBuffer(cell))
        throw new SqlRefusal(
          500,
          'UNKNOWN_ERROR',
          'A binary column value was selected; select HEX() or TO_BASE64() of it.',
        );
};

export const toRows = (result: unknown): unknown => {
  if (Array.isArray(result)) {
    checkCells(result);
    return result;
  }
  const { fieldCount, affectedRows, insertId, info, serverStatus, warningStatus, changedRows } =
    result as Record<string, unknown>;
  return { fieldCount, affectedRows, insertId, info, serverStatus, warningStatus, changedRows };
};
