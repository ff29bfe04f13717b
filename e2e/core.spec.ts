import type { Page } from '@playwright/test';
import { details, item, timeline, visibleWindow, windowSpan } from './app-page';
import { curatedEvent, curatedEvents, curatedTitle, sourceText } from './curated-data';
import { expect, test } from './fixtures';
import { DAY_MS } from '../src/domain/calendar';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('the first load shows the dataset and every event on the timeline', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(curatedTitle);
  for (const event of curatedEvents) {
    await expect(item(page, event.title)).toBeVisible();
  }
});

test('clicking each item shows its details with quotes verbatim from the source', async ({ page }) => {
  for (const event of curatedEvents) {
    await item(page, event.title).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(event.title);
    const quotes = details(page).locator('blockquote');
    await expect(quotes).toHaveCount(event.excerpts.length);
    for (const quote of await quotes.allTextContents()) {
      expect(sourceText).toContain(quote);
    }
  }
});

test('the details give a human date, its basis, actors, attribution and a link to the passage', async ({
  page,
}) => {
  const strike = curatedEvent('russian-strike-power-grid');
  await item(page, strike.title).click();
  await expect(details(page).getByText('Sunday 17 November 2024', { exact: true })).toBeVisible();

  const decision = curatedEvent('atacms-authorization');
  await item(page, decision.title).click();
  await expect(details(page).getByText(decision.attribution!, { exact: true })).toBeVisible();
  await expect(details(page).getByRole('term').filter({ hasText: 'How we know the date' })).toBeVisible();
  await expect(details(page).getByRole('listitem').filter({ hasText: 'Joe Biden' })).toBeVisible();
  const link = details(page)
    .getByRole('link', { name: /Open this passage in the original/ })
    .first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^https:\/\/icaro\.icaromediagroup\.com\/.+#:~:text=/);
  const directive = href.split('#:~:text=')[1] ?? '';
  const firstWords = decodeURIComponent(directive.split(',')[0] ?? '');
  expect(decision.excerpts[0]!.exact.startsWith(firstWords)).toBe(true);

  const may = curatedEvent('may-2024-covert-lifting');
  await item(page, may.title).click();
  await expect(details(page).getByText('May 2024, month only', { exact: true })).toBeVisible();
});

test('a month-precision event is drawn as a span over the whole month', async ({ page }) => {
  // The bar is the vis-timeline item around the label; the label itself may run past a short bar.
  const bar = (title: string) =>
    item(page, title).locator('xpath=ancestor::div[contains(@class, "vis-range")][1]');
  const month = await bar(curatedEvent('may-2024-covert-lifting').title).boundingBox();
  const window = await visibleWindow(page);
  const timelineWidth = (await timeline(page).locator('.vis-center').boundingBox())!.width;
  const pixelsPerDay = timelineWidth / ((window.end - window.start) / DAY_MS);
  expect(month!.width).toBeGreaterThan(pixelsPerDay * 30);
  expect(month!.width).toBeLessThan(pixelsPerDay * 32);
});

test('the zoom buttons change the visible window, and Fit all shows everything again', async ({ page }) => {
  const initial = await visibleWindow(page);
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowSpan(page)).toBeLessThan(initial.end - initial.start);
  const zoomedIn = await visibleWindow(page);
  expect(zoomedIn.start).toBeGreaterThanOrEqual(initial.start);
  expect(zoomedIn.end).toBeLessThanOrEqual(initial.end);

  await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
  await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => windowSpan(page)).toBeGreaterThan(initial.end - initial.start);

  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => visibleWindow(page)).toEqual(initial);
});

test('an item can be selected from the keyboard', async ({ page }) => {
  const strike = curatedEvent('russian-strike-power-grid');
  await item(page, strike.title).focus();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(strike.title);
});

test('the mouse wheel zooms and dragging pans the timeline @desktop', async ({ page }) => {
  const initial = await visibleWindow(page);
  const canvas = timeline(page).locator('.vis-center');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => windowSpan(page)).toBeLessThan(initial.end - initial.start);

  const zoomed = await visibleWindow(page);
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(zoomed.start);
});

/** Sends raw touch events, one list of points per step, through the Chrome DevTools Protocol. */
async function touchGesture(page: Page, steps: { x: number; y: number }[][]) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((point, id) => ({ ...point, id })),
    });
  await send('touchStart', steps[0]!);
  for (const points of steps.slice(1)) await send('touchMove', points);
  await send('touchEnd', []);
}

test('a pinch zooms and a swipe pans the timeline @phone', async ({ page }) => {
  await timeline(page).scrollIntoViewIfNeeded();
  const initial = await visibleWindow(page);
  const box = (await timeline(page).locator('.vis-center').boundingBox())!;
  const y = box.y + 30;
  const middle = box.x + box.width / 2;
  const spread = [...Array(10).keys()].map((step) => [
    { x: middle - 20 - step * 10, y },
    { x: middle + 20 + step * 10, y },
  ]);
  await touchGesture(page, spread);
  await expect.poll(() => windowSpan(page)).toBeLessThan(initial.end - initial.start);

  const zoomed = await visibleWindow(page);
  const swipe = [...Array(10).keys()].map((step) => [{ x: middle - 100 + step * 20, y }]);
  await touchGesture(page, swipe);
  await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(zoomed.start);
});
