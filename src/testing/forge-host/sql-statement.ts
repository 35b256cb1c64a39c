/** What the Forge SQL bridge needs to know of a query before running it: how many statements, and of which kind. */

export type StatementKind = 'select' | 'dml' | 'ddl' | 'other';

const KINDS: Record<string, StatementKind> = {
  SELECT: 'select',
  WITH: 'select',
  SHOW: 'select',
  EXPLAIN: 'select',
  DESCRIBE: 'select',
  DESC: 'select',
  INSERT: 'dml',
  UPDATE: 'dml',
  DELETE: 'dml',
  REPLACE: 'dml',
  CREATE: 'ddl',
  ALTER: 'ddl',
  DROP: 'ddl',
  TRUNCATE: 'ddl',
  RENAME: 'ddl',
};

/** The query with comments blanked and quoted text kept but inert, so `;` and keywords are found only in code. */
const codeOnly = (query: string): string => {
  let out = '';
  for (let index = 0; index < query.length;) {
    const char = query[index]!;
    const next = query[index + 1];
    if (char === '-' && next === '-' && /[\s]/.test(query[index + 2] ?? ' ')) {
      const end = query.indexOf('\n', index);
      index = end === -1 ? query.length : end;
      out += ' ';
    } else if (char === '#') {
      const end = query.indexOf('\n', index);
      index = end === -1 ? query.length : end;
      out += ' ';
    } else if (char === '/' && next === '*') {
      const end = query.indexOf('*/', index + 2);
      index = end === -1 ? query.length : end + 2;
      out += ' ';
    } else if (char === "'" || char === '"' || char === '`') {
      let end = index + 1;
      while (end < query.length && query[end] !== char) end += query[end] === '\\' ? 2 : 1;
      out += 'x'; // a literal stands for a value, never for code
      index = end + 1;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
};

/** Statements in the query: `;` separators outside literals and comments, a trailing `;` allowed. */
export const countStatements = (query: string): number =>
  codeOnly(query)
    .split(';')
    .filter((part) => part.trim() !== '').length;

export const statementKind = (query: string): StatementKind => {
  const keyword = /^[\s(]*([A-Za-z]+)/.exec(codeOnly(query))?.[1]?.toUpperCase() ?? '';
  return KINDS[keyword] ?? 'other';
};
