/**
 * The system Chromium (Debian's, or CHROMIUM_PATH) and the flags every headless run here
 * uses: the end-to-end tests, Lighthouse and the canvas benchmark. Playwright cannot
 * download browsers on every machine, so all of them drive this one.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
