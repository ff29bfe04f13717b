import path from 'node:path';
import { defineConfig } from '@playwright/test';
import type { ReporterDescription } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const CI = Boolean(process.env.CI);
const reportDir = process.env.TEST_REPORT_DIR;

const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

/*
 * PW_NO_SERVER=1 skips the webServer below and runs the specs against a server that is already up,
 * at PW_BASE_URL (default http://127.0.0.1:4173): e.g. `npm run preview` in another terminal, or
 * `PW_BASE_URL=http://127.0.0.1:5173` with `npm start`. Also lets specs that need no app run
 * before the app builds.
 */
const noServer = process.env.PW_NO_SERVER === '1';
// PW_PORT serves the build on another port, so two checkouts can run their journeys side by side.
const port = Number(process.env.PW_PORT || 4173);
const baseURL = process.env.PW_BASE_URL || `http://127.0.0.1:${port}`;

const reporter: ReporterDescription[] = [['list']];
if (reportDir) reporter.push(['json', { outputFile: path.join(reportDir, 'playwright.json') }]);

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter,
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  // A test tagged @desktop (mouse) or @phone (touch) runs only in that project.
  projects: [
    {
      name: 'desktop',
      grepInvert: /@phone/,
      use: { viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'phone',
      grepInvert: /@desktop/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, launchOptions },
    },
  ],
  ...(noServer
    ? {}
    : {
        webServer: {
          command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
          url: `http://127.0.0.1:${port}`,
          reuseExistingServer: !CI,
          timeout: 180_000,
        },
      }),
});
