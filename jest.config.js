process.env.LOG_LEVEL ??= 'silent';
// The tests of everything else are not throttled by the partner limits; tests/fair-share.test.ts sets its own.
const unthrottled = { requests: 1_000_000, perSeconds: 1, concurrent: 10_000 };
process.env.RATE_LIMITS ??= JSON.stringify({ organisations: { default: unthrottled, SAFE_HOME: unthrottled } });

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
