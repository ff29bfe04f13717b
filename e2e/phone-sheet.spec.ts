import type { Locator, Page } from '@playwright/test';
import {
  details,
  detailsHeading,
  item,
  passages,
  readingTab,
  readingTabs,
  source,
  timeline,
} from './app-page';
import { curatedEvent } from './curated-data';
import { expect, test } from './fixtures';

/*
 * Narrow screens: the details and the source sit in a sheet at the foot of the window (issue 5: "the details
 * open as a sheet that does not hide the selected item").
 */

const decision = curatedEvent('atacms-authorization');
const strike = curatedEvent('russian-strike-power-grid');
const aid = curatedEvent('us-aid-175-billion');

const eventList = (page: Page) => page.getByRole('list', { name: 'Events' });
const closeDetails = (page: Page) => page.getByRole('button', { name: 'Close event details' });

/** The box or bar of a timeline item: what its label sits in. */
const itemBox = (page: Page, title: string): Locator =>
  item(page, title).locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " vis-item ")][1]');

/** A list entry, month heading included, named by the title of its event. */
const listEntry = (page: Page, title: string): Locator =>
  eventList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });

/** The sheet: the box fixed to the window that holds the tabs. Fails where the tabs are not in one. */
function sheetBox(page: Page) {
  return readingTabs(page).evaluate((tabs) => {
    let sheet: Element | null = tabs;
    while (sheet && getComputedStyle(sheet).position !== 'fixed') sheet = sheet.parentElement;
    if (!sheet) throw new Error('The tabs are in no sheet fixed to the window');
    const { top, bottom, left, right } = sheet.getBoundingClientRect();
    return { top, bottom, left, right, animation: getComputedStyle(sheet).animationName };
  });
}

/** The open sheet: along the foot of the window, at most half its height, showing the details. */
async function expectSheetOpen(page: Page) {
  const { width, height } = page.viewportSize()!;
  await expect(detailsHeading(page).or(source(page))).toBeInViewport();
  await expect(async () => {
    const sheet = await sheetBox(page);
    expect(sheet).toMatchObject({ left: 0, right: width, bottom: height });
    expect(sheet.top).toBeGreaterThanOrEqual(height / 2 - 1);
    expect(sheet.top).toBeLessThan(height * 0.6);
  }).toPass();
}

/** Passes once `target` lies whole inside the window, above the sheet's top edge. */
async function expectInSightAboveSheet(page: Page, target: Locator) {
  const { width } = page.viewportSize()!;
  await expect(async () => {
    const box = (await target.boundingBox())!;
    const { top } = await sheetBox(page);
    expect(box.x, 'left edge').toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, 'right edge').toBeLessThanOrEqual(width);
    expect(box.y, 'top edge').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'bottom edge, against the sheet’s top').toBeLessThanOrEqual(top);
  }).toPass();
}

test.describe('the details sheet @phone', () => {
  test('an event tapped on the timeline opens the sheet, with the event in sight above it', async ({
    page,
  }) => {
    await page.goto('/');
    await item(page, decision.title).tap();
    await expect(detailsHeading(page)).toHaveText(decision.title);
    await expectSheetOpen(page);
    await expect(itemBox(page, decision.title)).toHaveClass(/vis-selected/);
    await expectInSightAboveSheet(page, itemBox(page, decision.title));
  });

  test('a link to an event opens on the sheet, with the event in sight above it', async ({ page }) => {
    await page.goto(`/?event=${strike.id}`);
    await expect(detailsHeading(page)).toHaveText(strike.title);
    await expectSheetOpen(page);
    await expectInSightAboveSheet(page, itemBox(page, strike.title));
  });

  test('in the list, the selected entry stays in sight above the sheet', async ({ page }) => {
    await page.goto(`/?view=list&event=${aid.id}`);
    await expect(detailsHeading(page)).toHaveText(aid.title);
    await expectSheetOpen(page);
    await expectInSightAboveSheet(page, listEntry(page, aid.title));

    await eventList(page).getByRole('button', { name: strike.title, exact: true }).tap();
    await expect(detailsHeading(page)).toHaveText(strike.title);
    await expectInSightAboveSheet(page, listEntry(page, strike.title));
  });

  test('← and → step with the sheet open: each event in sight above it, focus kept on the timeline', async ({
    page,
  }) => {
    await page.goto(`/?event=${strike.id}`);
    await expect(detailsHeading(page)).toHaveText(strike.title);
    await item(page, strike.title).focus();
    let shown = strike.title;
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']) {
      await page.keyboard.press(key);
      await expect(detailsHeading(page)).not.toHaveText(shown);
      shown = (await detailsHeading(page).textContent())!;
      await expect(item(page, shown)).toBeFocused();
      await expectInSightAboveSheet(page, itemBox(page, shown));
    }
  });

  test('a passage tapped in the sheet’s Source tab selects its event, in sight above the sheet', async ({
    page,
  }) => {
    await page.goto('/?view=source');
    await expectSheetOpen(page);
    // The reader is inside the sheet, scrolling there, not down the page.
    expect((await source(page).boundingBox())!.y).toBeGreaterThanOrEqual((await sheetBox(page)).top);
    await passages(page, strike.title).tap();
    await expect(detailsHeading(page)).toHaveText(strike.title);
    await expectInSightAboveSheet(page, itemBox(page, strike.title));
  });

  test('the close button lowers the sheet to its tabs and lets the event go; Back brings it back', async ({
    page,
  }) => {
    const { height } = page.viewportSize()!;
    await page.goto('/');
    await item(page, decision.title).tap();
    await expect(detailsHeading(page)).toHaveText(decision.title);
    await closeDetails(page).tap();
    await expect(details(page)).toBeHidden();
    await expect(readingTab(page, 'Event details')).toHaveAttribute('aria-expanded', 'false');
    await expect(closeDetails(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=|\/events\//);
    expect((await sheetBox(page)).top).toBeGreaterThan(height - 80);
    // Focus goes back to the event on the timeline, not to the page.
    await expect(item(page, decision.title)).toBeFocused();

    await page.goBack();
    await expect(detailsHeading(page)).toHaveText(decision.title);
    await expectSheetOpen(page);
  });

  test('Escape in the sheet closes it, focus back on the event on the timeline', async ({ page }) => {
    await page.goto('/');
    await item(page, decision.title).focus();
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText(decision.title);
    // Selecting leaves focus where it was.
    await expect(item(page, decision.title)).toBeFocused();

    await details(page).getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Escape');
    await expect(details(page)).toBeHidden();
    await expect(page).not.toHaveURL(/event=|\/events\//);
    await expect(item(page, decision.title)).toBeFocused();
  });

  test('nothing stays behind the open sheet: the end of the page and a control reached by keyboard', async ({
    page,
  }) => {
    // The page jumps rather than glides to the selected event, and has done so before it is scrolled here.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?event=${decision.id}`);
    await expectSheetOpen(page);
    await expectInSightAboveSheet(page, itemBox(page, decision.title));
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expectInSightAboveSheet(page, page.getByRole('contentinfo'));

    // "Zoom in" below the sheet's top edge, then reached with Shift+Tab from "Zoom out".
    const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in' });
    const { top } = await sheetBox(page);
    await zoomIn.evaluate(
      (button, below) => scrollBy(0, button.getBoundingClientRect().top - below),
      top + 40,
    );
    await timeline(page)
      .getByRole('button', { name: 'Zoom out' })
      .evaluate((button) => button.focus({ preventScroll: true }));
    await page.keyboard.press('Shift+Tab');
    await expect(zoomIn).toBeFocused();
    await expectInSightAboveSheet(page, zoomIn);
  });

  test('with nothing selected the sheet is only its tabs; a tab opens it and Close lowers it again', async ({
    page,
  }) => {
    const { height } = page.viewportSize()!;
    await page.goto('/');
    await expect(timeline(page)).toBeVisible();
    await expect(readingTab(page, 'Event details')).toBeInViewport();
    await expect(details(page)).toBeHidden();
    await expect(source(page)).toBeHidden();
    expect((await sheetBox(page)).top).toBeGreaterThan(height - 80);

    await readingTab(page, 'Event details').tap();
    await expect(details(page)).toContainText('Select one of the');
    await expectSheetOpen(page);
    await closeDetails(page).tap();
    await expect(details(page)).toBeHidden();
    await expect(readingTab(page, 'Event details')).toBeFocused();

    await readingTab(page, 'Source').tap();
    await expect(page).toHaveURL(/[?&]view=source/);
    await expectSheetOpen(page);
    await page.getByRole('button', { name: 'Close source' }).tap();
    await expect(source(page)).toBeHidden();
    await expect(page).not.toHaveURL(/view=/);
  });

  test('the sheet slides up and the page glides to the event, except with reduced motion', async ({
    page,
  }) => {
    // How many places the page scrolls through while an event is tapped and brought above the sheet.
    // The next event is chosen in the sheet with the page scrolled to its top, far from the timeline.
    const scrollStops = async () => {
      await page.goto(`/?event=${decision.id}`);
      await expectInSightAboveSheet(page, itemBox(page, decision.title));
      await page.evaluate(
        () =>
          new Promise((scrolled) => {
            addEventListener('scroll', scrolled, { once: true });
            scrollTo(0, 0);
          }),
      );
      await page.evaluate(() => {
        const stops = new Set<number>();
        addEventListener('scroll', () => stops.add(scrollY));
        Object.assign(window, { scrollStops: stops });
      });
      await details(page).getByRole('button', { name: 'Next event' }).tap();
      await expect(detailsHeading(page)).not.toHaveText(decision.title);
      await expectInSightAboveSheet(page, itemBox(page, (await detailsHeading(page).textContent())!));
      return page.evaluate(() => (window as unknown as { scrollStops: Set<number> }).scrollStops.size);
    };
    // A glide passes through places on its way (how many depends on the frame rate of a busy machine); a
    // jump lands at once.
    expect(await scrollStops()).toBeGreaterThan(1);
    await expect.poll(async () => (await sheetBox(page)).animation).toBe('sheet-rises');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await scrollStops()).toBe(1);
    expect((await sheetBox(page)).animation).toBe('none');
  });
});
