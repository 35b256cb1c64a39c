/**
 * Browser tests of the local preview (`npm run test:e2e`): Debian's Chromium through playwright-core against one
 * preview server started in globalSetup. Slow by nature, so kept out of the unit-test config.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  // The preview's own unit tests ride along: the default jest config covers src/ and scripts/ only.
  roots: ['<rootDir>/e2e', '<rootDir>/preview'],
  testMatch: ['**/e2e/**/*.e2e.test.ts', '**/preview/**/*.test.ts'],
  transform: {
    // Type checking happens in `tsc -p preview/tsconfig.json`; here only transpile, to keep start-up short.
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: '<rootDir>/preview/tsconfig.json', isolatedModules: true },
    ],
  },
  moduleNameMapper: { '\\.css$': '<rootDir>/e2e/support/style-stub.js' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
