#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium to drive, so `npm test` works on a
// fresh machine as the README promises. In order: the system's Chromium (CHROMIUM_PATH
// or /usr/bin/chromium), Playwright's own download, then — as root on Debian/Ubuntu,
// where browser downloads may be blocked — the distribution's chromium package.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(system)) process.exit(0);

const require = createRequire(import.meta.url);
try {
  const { chromium } = require('@playwright/test');
  if (fs.existsSync(chromium.executablePath())) process.exit(0);
} catch {
  // Playwright not installed yet or no browser path known: fall through to installing.
}

console.log('No Chromium found: trying Playwright’s download…');
const pw = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
  stdio: 'inherit',
});
if (pw.status === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
  console.log('Playwright could not download a browser: installing Debian’s chromium and a CJK font…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'], { stdio: 'inherit', env });
  if (fs.existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  'No browser for the end-to-end tests. Install Chromium (e.g. `sudo apt-get install chromium`) ' +
    'and, if it is not at /usr/bin/chromium, set CHROMIUM_PATH to it; or run `npx playwright install chromium`.',
);
process.exit(1);
