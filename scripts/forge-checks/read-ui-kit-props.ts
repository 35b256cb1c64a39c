/**
 * Reads, with the TypeScript compiler, the props each UI Kit component accepts: the parameter type of every
 * `T<Component>` that @atlaskit/forge-react-types (the types @forge/react's components carry) exports.
 */
import path from 'node:path';
import ts from 'typescript';

const TYPES_PACKAGE = '@atlaskit/forge-react-types';

/** Component name → its prop names, sorted; components whose type the package exports as `T<Name>`. */
export const readUiKitProps = (projectDir: string): Record<string, string[]> => {
  const probe = path.join(projectDir, '__ui_kit_props_probe__.ts');
  const program = (source: string) =>
    ts.createProgram({
      rootNames: [probe],
      options: {
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        jsx: ts.JsxEmit.ReactJSX,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
      },
      host: probeHost(probe, source),
    });
  // First pass: which `T*` components the package exports.
  const listing = program(
    `export type { } from '${TYPES_PACKAGE}';\nimport * as F from '${TYPES_PACKAGE}';\nexport type X = typeof F;`,
  );
  const names = exportedComponentNames(listing, probe);
  const source = [
    `import type * as F from '${TYPES_PACKAGE}';`,
    ...names.map((name) => `export type P_${name} = Parameters<F.T${name}<unknown>>[0];`),
    // @forge/react turns DynamicTable's head and rows into Cell and Row nodes: their props, key renamed.
    `type Table = Parameters<F.TDynamicTable<unknown>>[0];`,
    `type HeadCell = NonNullable<Table['head']>['cells'][number];`,
    `type TableRow = NonNullable<Table['rows']>[number];`,
    `export type P_Cell = Omit<HeadCell & TableRow['cells'][number], 'content' | 'key'> & { cellKey: unknown };`,
    `export type P_Row = Omit<TableRow, 'cells' | 'key'> & { rowKey: unknown };`,
  ].join('\n');
  const checked = program(source);
  const checker = checked.getTypeChecker();
  const file = checked.getSourceFile(probe)!;
  const props: Record<string, string[]> = {};
  for (const statement of file.statements) {
    if (!ts.isTypeAliasDeclaration(statement) || !statement.name.text.startsWith('P_')) continue;
    const type = checker.getTypeAtLocation(statement.name);
    const name = statement.name.text.slice('P_'.length);
    props[name] = checker
      .getPropertiesOfType(checker.getApparentType(type))
      .map((symbol) => symbol.name)
      .filter((prop) => prop !== 'children')
      .sort();
  }
  return props;
};

const exportedComponentNames = (program: ts.Program, probe: string): string[] => {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(probe)!;
  const importDecl = file.statements.find(ts.isImportDeclaration)!;
  const moduleSymbol = checker.getSymbolAtLocation(importDecl.moduleSpecifier)!;
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => symbol.name)
    .filter((name) => /^T[A-Z]/.test(name))
    .map((name) => name.slice(1))
    .sort();
};

const probeHost = (probe: string, source: string): ts.CompilerHost => {
  const host = ts.createCompilerHost({});
  const getSourceFile = host.getSourceFile.bind(host);
  return {
    ...host,
    fileExists: (file) => file === probe || host.fileExists(file),
    readFile: (file) => (file === probe ? source : host.readFile(file)),
    getSourceFile: (file, language) =>
      file === probe ? ts.createSourceFile(file, source, language) : getSourceFile(file, language),
  };
};
