/*
 * `npm run screenshots`: desktop (1280x800) and phone (390x844) screenshots of a running app, for looking at
 * layout changes and for the README. Start `npm run build && npm run preview` first, or pass a URL.
 *   node scripts/take-screenshots.mjs [url] [out-dir] [event-id]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const [url = 'http://127.0.0.1:4173/', outDir = 'screenshots', eventId = 'atacms-authorization'] =
  process.argv.slice(2);
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
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(`[data-event-id="${eventId}"]`).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
  console.log(`${outDir}/${name}.png`);
  await context.close();
}
await browser.close();
