import { defineConfig } from '@playwright/test';

const chromium = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Browser mode drives Debian's Chromium (Playwright cannot download its own browser here);
 * the Electron project runs the same journeys in the desktop app where its runtime exists.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    viewport: { width: 1360, height: 880 },
  },
  projects: [
    {
      name: 'cli',
      testMatch: /(cli|server)\.spec\.ts/,
    },
    {
      name: 'browser',
      testMatch: /browser\/.*\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
        acceptDownloads: true,
      },
    },
    {
      name: 'electron',
      testMatch: /electron\/.*\.spec\.ts/,
    },
  ],
});
