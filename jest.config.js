/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Worker pools load compromise in each thread: on a busy 2-core machine a warm-up can take several
  // seconds. A generous ceiling, not a speed target (speed lives in npm run bench).
  testTimeout: 30000,
  // typebox, content-disposition and cookie ship ESM only: let ts-jest compile them to CommonJS.
  transform: {
    '^.+\\.m?[tj]s$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(typebox|content-disposition|cookie)/)'],
};
