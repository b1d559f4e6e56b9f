import { defineConfig, devices } from '@playwright/test';

export const E2E_PORT = Number(process.env.TRAILMAP_E2E_PORT ?? 3311);
const DATA_DIR = `e2e/.data/${E2E_PORT}`;

/**
 * Browser tests on Debian's Chromium against the real server on embedded storage (demo mode, fresh
 * data each run). Never downloads a browser.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined, viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: {
    // Trusts X-Forwarded-For, so that each test can be a visitor from its own address (support.ts).
    command: `rm -rf ${DATA_DIR} && TRAILMAP_TRUST_PROXY=true node apps/cli/bin/trailmap.mjs serve --port ${E2E_PORT} --data ${DATA_DIR}`,
    cwd: '..',
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
