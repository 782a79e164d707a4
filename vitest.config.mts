import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Two cores: keep one for the machine.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
