import { countStatements, statementKind } from './sql-statement';

describe('countStatements', () => {
  it.each([
    ['SELECT 1', 1],
    ['SELECT 1;', 1],
    ['SELECT 1; ', 1],
    ['SELECT 1; -- done', 1],
    ["SELECT ';'", 1],
    ['SELECT ";"', 1],
    ['SELECT `a;b` FROM t', 1],
    ["SELECT 'it\\'s; fine'", 1],
    ['SELECT 1 /* ; */', 1],
    ['SELECT 1 # ;', 1],
    ['SELECT 1; SELECT 2', 2],
    ["SELECT ';'; DELETE FROM t", 2],
    ['SELECT 1;;SELECT 2', 2],
    ['', 0],
  ])('%j holds %i statement(s)', (query, count) => expect(countStatements(query)).toBe(count));
});

describe('statementKind', () => {
  it.each([
    ['SELECT 1', 'select'],
    ['  select 1', 'select'],
    ['(SELECT 1) UNION ALL (SELECT 2)', 'select'],
    ['WITH x AS (SELECT 1) SELECT * FROM x', 'select'],
    ['/* note */ INSERT INTO t VALUES (1)', 'dml'],
    ['-- note\nUPDATE t SET a = 1', 'dml'],
    ['DELETE FROM t', 'dml'],
    ['REPLACE INTO t VALUES (1)', 'dml'],
    ['CREATE TABLE t (a INT)', 'ddl'],
    ['ALTER TABLE t ADD b INT', 'ddl'],
    ['DROP TABLE t', 'ddl'],
    ['SET @a = 1', 'other'],
  ])('%j is %s', (query, kind) => expect(statementKind(query)).toBe(kind));
});
