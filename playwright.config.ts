import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

/**
 * End-to-end tests run against the built static export (`out/`), served by a real static
 * server on 127.0.0.1 with the headers we ship (serve.json). They use the system's
 * Chromium when there is one (CHROMIUM_PATH or /usr/bin/chromium), since browser
 * downloads are not always possible, and Playwright's own browser otherwise.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second origin for a "course page" that frames the site (e2e/host/). */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PORT + 1);
process.env.E2E_HOST_PORT = String(HOST_PORT);
const chromiumPath = CHROMIUM_PATH;
const systemChromium = fs.existsSync(chromiumPath);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // A 2-core CI machine runs two browsers at once; the heaviest pages (axe over the matrix
  // and the explorer) take 10–20 s there. Generous limits keep a slow run from failing
  // for time alone; a real failure still fails.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: systemChromium
      ? {
          executablePath: chromiumPath,
          args: CHROMIUM_ARGS,
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // Started from node_modules directly, so stopping it stops the server itself.
      command: `node node_modules/serve/build/main.js out --config ../serve.json --listen tcp://127.0.0.1:${PORT} --no-port-switching --no-clipboard`,
      url: `http://127.0.0.1:${PORT}/en/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node node_modules/serve/build/main.js e2e/host --listen tcp://127.0.0.1:${HOST_PORT} --no-port-switching --no-clipboard`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
