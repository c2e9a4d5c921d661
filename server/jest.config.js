/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/__tests__/**/*.spec.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Nest 12 and a few others ship ESM only: let swc compile them to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@hocuspocus|@tiptap|@electric-sql)/)'],
  testTimeout: 60000,
  // Hocuspocus clients that the server disconnected keep a reconnection timer in the test process even after
  // destroy(); the servers themselves are closed by each test file.
  forceExit: true,
};
