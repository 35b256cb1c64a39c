/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // One private MariaDB per run for the archive tests (or ARCHIVE_DB_URL); each test file makes its own database.
  globalSetup: '<rootDir>/src/testing/mariadb/jest-global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/mariadb/jest-global-teardown.ts',
  // Page tests run the real resolver and React: jest's 5 s default is too tight on a busy 2-core CI machine.
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
