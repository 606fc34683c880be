/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // isolatedModules keeps ts-jest from type-checking each file again: `npm test` runs tsc once first.
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true, isolatedModules: true }] },
};
