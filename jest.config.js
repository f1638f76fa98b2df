/** One jest config for the whole workspace: TypeScript through ts-jest, packages resolved to their sources. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/bot', '<rootDir>/tests'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // The base options plus JSX and the DOM for the tab's components (their tests pick jsdom in a docblock). One
  // transform only: ts-jest shares one configuration between several transform entries.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tab/tsconfig.jest.json' }] },
  moduleNameMapper: {
    '^@netvaerk/shared/(.*)$': '<rootDir>/shared/src/$1',
    '^@netvaerk/shared$': '<rootDir>/shared/src/index.ts',
  },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60000,
};
