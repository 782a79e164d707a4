import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Two cores: keep one for the machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    // Measured on every `npm run test:unit`: the suite took 22 s without and 34 s with it on two
    // cores, cheap enough to keep the thresholds checked in CI. `npm run test:coverage` adds the
    // per-file table. The service, the index worker's code and the HTTP server hold
    // the app's concurrency and its only network door: they must stay tested.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}', 'src/**/*.d.ts', 'src/**/test-support/**', 'src/**/test-*.ts'],
      reporter: ['text-summary'],
      reportsDirectory: 'coverage',
      thresholds: {
        'src/node/service/**': { lines: 80 },
        'src/node/index/**': { lines: 80 },
        'src/node/server/**': { lines: 80 },
      },
    },
  },
});
