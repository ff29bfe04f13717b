import type { Locator, Page } from '@playwright/test';
import { detailsHeading, item, timeline } from './app-page';
import { curatedEvent, curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

/*
 * Events before scripts: the root page and each event page carry the built-in dataset's events in the
 * timeline's place, painted before the app's script has run, and the live timeline takes exactly that place.
 */

const decision = curatedEvent('atacms-authorization');

/** Holds the app's entry script back until `release` is called, so the page shows what the build wrote. */
async function holdScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Sums the page's layout shifts (CLS without session windows: every shift counts), from the first paint. */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const record = { total: 0 };
    Object.assign(window, { __layoutShift: record });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) record.total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Top and height in the document (not the window: the app may scroll to show the selection). */
const placeOf = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top + window.scrollY, height: box.height };
  });

const firstPaintEvents = (page: Page) => page.getByRole('region', { name: `${curatedEvents.length} events` });

for (const path of ['/', `/events/${decision.id}/`]) {
  test(`${path}: the events are painted before the script, and the timeline takes their place`, async ({
    page,
  }) => {
    await recordLayoutShifts(page);
    const release = await holdScript(page);
    await page.goto(path, { waitUntil: 'commit' });
    const events = firstPaintEvents(page);
    await expect(events.getByRole('listitem')).toHaveCount(curatedEvents.length);
    for (const event of curatedEvents) await expect(events.getByText(event.title)).toBeVisible();
    await expect(events.getByRole('link', { name: new RegExp(decision.title) })).toHaveAttribute(
      'href',
      `/events/${decision.id}/`,
    );
    // With scripts on, the article the build wrote for readers without them never shows.
    await expect(page.getByRole('heading', { level: 1, name: decision.title })).toHaveCount(0);
    const before = await placeOf(events);

    release();
    await expect(item(page, decision.title)).toBeVisible();
    if (path !== '/') await expect(detailsHeading(page)).toHaveText(decision.title);
    await expect(firstPaintEvents(page)).toHaveCount(0);
    const after = await placeOf(timeline(page));
    expect(Math.abs(after.top - before.top), 'the timeline moved down or up').toBeLessThanOrEqual(2);
    expect(Math.abs(after.height - before.height), 'the timeline is not as tall').toBeLessThanOrEqual(2);
    const shift = await page.evaluate(
      () => (window as unknown as { __layoutShift: { total: number } }).__layoutShift.total,
    );
    expect(shift, 'cumulative layout shift').toBeLessThan(0.02);
  });
}

/** Every Largest Contentful Paint entry, noted as it comes: whether it was the build's first paint, and when. */
async function recordLargestPaints(page: Page) {
  await page.addInitScript(() => {
    const entries: { time: number; firstPaint: boolean }[] = [];
    Object.assign(window, { __largestPaints: entries });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[])
        entries.push({
          time: entry.startTime,
          firstPaint: entry.element?.closest('.first-paint-events') != null,
        });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

for (const path of ['/', `/events/${decision.id}/`]) {
  test(`${path}: the events of the first paint count as painted when the reader saw them, not when the app started`, async ({
    page,
  }) => {
    await recordLargestPaints(page);
    await page.goto(path);
    await expect(item(page, decision.title)).toBeVisible();
    const { largest, firstContentful } = await page.evaluate(() => ({
      largest: (window as unknown as { __largestPaints: { time: number; firstPaint: boolean }[] })
        .__largestPaints,
      firstContentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    // Moved into the app before Chrome had timed it, the first paint would count as painted when the app
    // started: the page's first Largest Contentful Paint would come late, and the box would be timed again.
    expect(largest[0]?.time, 'the first Largest Contentful Paint').toBe(firstContentful);
    const boxTimes = largest.filter((entry) => entry.firstPaint).map((entry) => entry.time);
    expect(
      boxTimes.filter((time) => time !== firstContentful),
      'the box timed after the first paint',
    ).toEqual([]);
  });
}
