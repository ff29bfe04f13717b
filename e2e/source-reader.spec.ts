import {
  details,
  detailsHeading,
  escapeRegExp,
  item,
  passages,
  readingTab,
  source,
  timeline,
} from './app-page';
import { curatedEvent, curatedEvents, sourceText } from './curated-data';
import { expect, test } from './fixtures';

const decision = curatedEvent('atacms-authorization');
const strike = curatedEvent('russian-strike-power-grid');
const may = curatedEvent('may-2024-covert-lifting');
const exacts = curatedEvents.flatMap((event) => event.excerpts.map((excerpt) => excerpt.exact));

test('every mark is the exact words of a stored excerpt, and the reader shows the article unaltered', async ({
  page,
}) => {
  // view=source shows the reader on every layout.
  await page.goto('/?view=source');
  const marks = source(page).locator('mark');
  await expect(marks).toHaveCount(exacts.length);
  const marked = await marks.allTextContents();
  for (const text of marked) expect(exacts).toContain(text);
  expect(new Set(marked)).toEqual(new Set(exacts));

  // Block by block: each non-empty line of the stored text, a **subheading** without its asterisks.
  const lines = sourceText
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/^\*\*(.*)\*\*$/, '$1'));
  await expect(source(page).getByRole('article').locator(':scope > *')).toHaveText(lines);
  await expect(source(page).getByRole('heading', { level: 3 })).toHaveText(lines[0]!);
  await expect(source(page).getByRole('heading', { level: 4 })).toHaveText(
    sourceText.match(/^\*\*(.*)\*\*$/m)![1]!,
  );
});

test('clicking a highlighted passage selects its event', async ({ page }) => {
  await page.goto('/?view=source');
  await passages(page, strike.title).click();
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await expect(page).toHaveURL(new RegExp(`/events/${strike.id}/`));

  await page.goto('/?view=source');
  await passages(page, may.title).click();
  await expect(detailsHeading(page)).toHaveText(may.title);
});

test('selecting an event on the timeline brings its passage into view, marked as selected', async ({
  page,
}) => {
  await page.goto('/?view=source');
  // The timeline at the top of the window, the reader below it: how a reader works with both.
  await timeline(page).evaluate((region) => region.scrollIntoView({ block: 'start' }));
  for (const event of [strike, may, decision]) {
    await item(page, event.title).click();
    const marked = passages(page, event.title);
    await expect(marked).toHaveCount(event.excerpts.length);
    for (const link of await marked.all()) await expect(link).toHaveAttribute('aria-current', 'true');
    await expect(marked.first()).toBeInViewport();
  }
  // Only the selected event's passages are marked as selected.
  await expect(source(page).locator('a[aria-current="true"]')).toHaveCount(decision.excerpts.length);
});

test('from an event, "Show in the article" reaches each of its passages', async ({ page }) => {
  await page.goto(`/?event=${decision.id}`);
  const showThird = details(page).getByRole('link', { name: 'Show in the article (passage 3 of 3)' });
  await showThird.click();
  const passageOf = (index: number) =>
    source(page).getByRole('link', { name: new RegExp(`^${escapeRegExp(decision.excerpts[index]!.exact)}`) });
  const third = passageOf(2);
  await expect(third).toBeInViewport();
  await expect(third).toBeFocused();
  await expect(source(page)).toContainText('Showing passage 3 of 3.');

  await source(page).getByRole('button', { name: 'Previous passage' }).click();
  const second = passageOf(1);
  await expect(second).toBeInViewport();
  await expect(source(page)).toContainText('Showing passage 2 of 3.');
});

test('a link with view=source opens on the reader, scrolled to the event’s passage', async ({ page }) => {
  await page.goto(`/?event=${strike.id}&view=source`);
  await expect(source(page)).toBeVisible();
  await expect(passages(page, strike.title)).toBeInViewport();
  await expect(passages(page, strike.title)).toHaveAttribute('aria-current', 'true');
});

test('a passage link is a real link to its event', async ({ page }) => {
  await page.goto('/?view=source');
  await expect(passages(page, strike.title)).toHaveAttribute(
    'href',
    new RegExp(`/events/${strike.id}/(\\?|$)`),
  );
});

test('wide screens show details and source side by side, without tabs @desktop', async ({ page }) => {
  await page.goto(`/?event=${decision.id}`);
  await expect(details(page)).toBeVisible();
  await expect(source(page)).toBeVisible();
  await expect(page.getByRole('tablist')).toHaveCount(0);
  const [detailsBox, sourceBox] = [await details(page).boundingBox(), await source(page).boundingBox()];
  expect(sourceBox!.x).toBeGreaterThan(detailsBox!.x + detailsBox!.width - 1);
  // A passage click keeps the reader where it is and updates the details beside it.
  await passages(page, may.title).click();
  await expect(detailsHeading(page)).toHaveText(may.title);
  await expect(passages(page, may.title)).toBeInViewport();
});

test.describe('narrow screens @phone', () => {
  test('the tabs switch between details and source, and Back returns to the details', async ({ page }) => {
    await page.goto(`/?event=${decision.id}`);
    await expect(readingTab(page, 'Event details')).toHaveAttribute('aria-selected', 'true');
    await expect(details(page)).toBeVisible();
    await expect(source(page)).toBeHidden();

    await readingTab(page, 'Source').click();
    await expect(readingTab(page, 'Source')).toHaveAttribute('aria-selected', 'true');
    await expect(source(page)).toBeVisible();
    await expect(details(page)).toBeHidden();
    await expect(page).toHaveURL(/[?&]view=source/);
    await expect(passages(page, decision.title).first()).toBeInViewport();

    await page.goBack();
    await expect(readingTab(page, 'Event details')).toHaveAttribute('aria-selected', 'true');
    await expect(detailsHeading(page)).toHaveText(decision.title);
    await expect(source(page)).toBeHidden();
    await expect(page).not.toHaveURL(/view=/);
  });

  test('?view=source opens the Source tab', async ({ page }) => {
    await page.goto('/?view=source');
    await expect(readingTab(page, 'Source')).toHaveAttribute('aria-selected', 'true');
    await expect(source(page)).toBeInViewport();
    await expect(details(page)).toBeHidden();
  });

  test('the arrow keys move between the tabs', async ({ page }) => {
    await page.goto('/');
    await readingTab(page, 'Event details').focus();
    await page.keyboard.press('ArrowRight');
    await expect(readingTab(page, 'Source')).toBeFocused();
    await expect(readingTab(page, 'Source')).toHaveAttribute('aria-selected', 'true');
    await expect(source(page)).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(readingTab(page, 'Event details')).toBeFocused();
    await expect(details(page)).toBeVisible();
  });

  test('tapping a passage opens its event on the details tab, and Back returns to the reader', async ({
    page,
  }) => {
    await page.goto('/?view=source');
    await passages(page, strike.title).click();
    await expect(readingTab(page, 'Event details')).toHaveAttribute('aria-selected', 'true');
    await expect(detailsHeading(page)).toHaveText(strike.title);
    await expect(detailsHeading(page)).toBeInViewport();

    await page.goBack();
    await expect(readingTab(page, 'Source')).toHaveAttribute('aria-selected', 'true');
    await expect(detailsHeading(page)).toBeHidden();
  });

  test('"Show in the article" opens the Source tab at that passage', async ({ page }) => {
    await page.goto(`/?event=${strike.id}`);
    await details(page).getByRole('link', { name: 'Show in the article' }).click();
    await expect(readingTab(page, 'Source')).toHaveAttribute('aria-selected', 'true');
    await expect(passages(page, strike.title)).toBeInViewport();
    await expect(passages(page, strike.title)).toBeFocused();
  });
});
