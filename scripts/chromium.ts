/*
 * How every tool here starts Debian's Chromium: the journeys (playwright.config.ts), the bench and the
 * screenshots. Playwright cannot download its own browsers on these machines, so it always drives
 * /usr/bin/chromium (scripts/ensure-chromium.mjs installs it), or the browser in CHROMIUM_PATH.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // The machines have no internet: stop Chromium's own background traffic (and its timeouts).
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
