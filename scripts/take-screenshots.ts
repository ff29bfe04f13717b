/*
 * `npm run screenshots`: desktop (1280x800) and phone (390x844) screenshots of a running app, for looking at
 * layout changes and for the README. Start `npm run build && npm run preview` first, or pass a URL.
 *   npm run screenshots -- [url] [out-dir] [event-id]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const [url = 'http://127.0.0.1:4173/', outDir = 'screenshots', eventId = 'atacms-authorization'] =
  process.argv.slice(2);
// The first screen only: what a reader sees before scrolling is what the layout is judged by.
const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const { name, viewport, isMobile } of viewports) {
  // Without motion the page rests at once where the selection puts it.
  const context = await browser.newContext({
    viewport,
    isMobile,
    hasTouch: isMobile,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // Opened by its link: a click would have Playwright scroll the item into view inside the timeline's own
  // clipped panels, which the widget then draws out of place.
  const address = new URL(url);
  address.searchParams.set('event', eventId);
  await page.goto(address.href);
  await page.locator(`[data-event-id="${eventId}"]`).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${outDir}/${name}.png` });
  console.log(`${outDir}/${name}.png`);
  await context.close();
}
await browser.close();
