// Flat config: JS and TypeScript recommended rules everywhere, React hooks rules for components.
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

module.exports = defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'out/',
    'coverage/',
    '.tmp/',
    '.forge-check-tmp/',
    'static/*/build/',
    'vendor/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a deliberately unused binding; rest siblings omit keys from a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // The UI Kit bundle is measured against a goal and classic zod cannot be tree-shaken: the page and everything it
    // imports (the contract's schemas, the pure domain) validate with zod/mini.
    files: [
      'src/frontend/**/*.ts',
      'src/frontend/**/*.tsx',
      'src/contract/**/*.ts',
      'src/domain/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/frontend/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '../contract',
              allowTypeImports: true,
              message:
                'Import values from their own contract module (../contract/results, ../contract/limits): the index also holds the resolver-only payload schemas.',
            },
            {
              name: 'zod',
              message:
                "Use 'zod/mini': classic zod cannot be tree-shaken and adds ~60 KiB to the page bundle.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.mts'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
]);
