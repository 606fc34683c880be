/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // The sandbox's egress seam must wrap global fetch before any test loads @forge/api (see the file).
  setupFiles: ['<rootDir>/sandbox/forge/egress/fetchDispatcher.cjs'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // tsconfig's isolatedModules makes ts-jest transpile only: `npm test` type-checks once with tsc first.
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true }] },
};
