process.env.LOG_LEVEL ??= 'silent';
// The tests of everything else are not throttled by the partner limits; tests/fair-share.test.ts sets its own.
process.env.RATE_LIMITS ??= JSON.stringify({ organisations: { default: { requestsPerSecond: 1_000_000, concurrent: 10_000 }, SAFE_HOME: { requestsPerSecond: 1_000_000, concurrent: 10_000 } } });

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
