/**
 * The Chromium end-to-end suite (`npm run test:e2e`), kept apart from `npm test`'s jest config,
 * which ignores test/e2e/. One browser serves the whole run (launched in globalSetup); each test
 * file starts its own sandbox on a free port with a fresh state directory.
 * @type {import('jest').Config}
 */
export default {
  rootDir: '../..',
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true }] },
  globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/globalTeardown.ts',
  // Two cores: one file at a time keeps the sandbox and Chromium from starving each other.
  maxWorkers: 1,
  // A sandbox start (bundle, two SQLite files, seeding) plus browser steps; waits have their own limits.
  testTimeout: 90_000,
};
