import type { Locator, Page } from '@playwright/test';
import {
  actorsGroup,
  detailsHeading,
  filtersDialog,
  isNarrow,
  timeline,
  visibleWindow,
  windowSpan,
} from './app-page';
import { curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

/** Name of the focused element as a person would read it: its label, or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const label =
      element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent;
    return (label ?? element.textContent ?? '').trim();
  });
}

/** The names of the first `count` Tab stops, from the top of the page. */
async function tabStops(page: Page, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let step = 0; step < count; step += 1) {
    await page.keyboard.press('Tab');
    names.push(await focusedName(page));
  }
  return names;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(timeline(page).getByRole('button', { name: /,/ }).first()).toBeVisible();
});

test('the skip link is the first Tab stop and lands in the main content', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).not.toHaveURL(/#/);
  await page.keyboard.press('Tab');
  // The filter column comes first in a wide layout; a narrow one starts with the events.
  await expect(
    isNarrow(page)
      ? page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Timeline' })
      : page.getByRole('searchbox', { name: 'Search events' }),
  ).toBeFocused();
});

const WIDE_TAB_ORDER = [
  'Skip to main content',
  'Data',
  'Theme',
  'Keyboard shortcuts',
  'Search events',
  'Show all actors',
  'United States',
  'Policy',
  'Timeline',
  'List',
  '+ Zoom in',
  '− Zoom out',
  'Fit all',
  'switch to List view',
];

/** A narrow layout keeps the filters in a dialog that the header's first button opens. */
const NARROW_TAB_ORDER = [
  'Skip to main content',
  'Filters',
  'Data',
  'Theme',
  'Keyboard shortcuts',
  'Timeline',
  'List',
  '+ Zoom in',
  '− Zoom out',
  'Fit all',
  'switch to List view',
];

test('Tab visits the controls in reading order, each with a visible focus ring', async ({ page }) => {
  const stops = await tabStops(page, 40);
  const expectedOrder = isNarrow(page) ? NARROW_TAB_ORDER : WIDE_TAB_ORDER;
  const positions = expectedOrder.map((name) => stops.indexOf(name));
  expect(positions, `Tab stops: ${stops.join(' | ')}`).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  // After the timeline's controls come its events.
  const firstItem = positions.at(-1)! + 1;
  expect(curatedEvents.some((event) => stops[firstItem]?.startsWith(`${event.title},`))).toBe(true);

  for (const name of ['Keyboard shortcuts', 'Timeline', 'Fit all']) {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style, name).not.toBe('none');
    expect(ring.width, name).toBeGreaterThanOrEqual(2);
  }
});

test('"?" opens the keyboard shortcuts, which list every key, and Esc closes them', async ({ page }) => {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['←', '→', '+', '−', '0', '/', '?', 'Esc']) {
    await expect(dialog.locator('kbd').getByText(key, { exact: true })).toBeVisible();
  }
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('+ and − zoom the timeline and 0 fits every event again', async ({ page }) => {
  const initial = await visibleWindow(page);
  await page.keyboard.press('+');
  await expect.poll(() => windowSpan(page)).toBeLessThan(initial.end - initial.start);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => windowSpan(page)).toBeGreaterThan(initial.end - initial.start);
  await page.keyboard.press('0');
  await expect.poll(() => visibleWindow(page)).toEqual(initial);
});

test('"/" goes to the search box, and keys typed there stay text', async ({ page }) => {
  const initial = await visibleWindow(page);
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  await page.keyboard.type('0+?');
  await expect(search).toHaveValue('0+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  expect(await visibleWindow(page)).toEqual(initial);
});

test('shortcuts also work with focus on a checkbox @desktop', async ({ page }) => {
  await actorsGroup(page).getByRole('checkbox', { name: 'Russia' }).focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
});

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after 150 presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 150; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('with the keyboard alone: filter by actor, find an event, read its quote, copy its link @desktop', async ({
  page,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const strike = curatedEvents.find((event) => event.id === 'russian-strike-power-grid')!;

  // Filter by actor: Tab to "None", then to Russia, and tick it with Space.
  await tabTo(page, actorsGroup(page).getByRole('button', { name: 'Show none of the actors' }));
  await page.keyboard.press('Enter');
  await tabTo(page, actorsGroup(page).getByRole('checkbox', { name: 'Russia' }));
  await page.keyboard.press('Space');
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).toBeChecked();

  // Find it by its words, then open the list and select it there.
  await page.keyboard.press('/');
  await page.keyboard.type('power grid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=power/);
  await tabTo(page, page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }));
  await page.keyboard.press('Enter');
  const entry = page.getByRole('list', { name: 'Events' }).getByRole('button', { name: strike.title });
  await tabTo(page, entry);
  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await expect(page.getByRole('region', { name: 'Event details' }).locator('blockquote')).toHaveText(
    strike.excerpts[0]!.exact,
  );

  await tabTo(page, page.getByRole('button', { name: 'Copy link' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/events/${strike.id}/`);
});

test('on a narrow screen "/" opens the filters at the search box, and Esc closes them @phone', async ({
  page,
}) => {
  await page.keyboard.press('/');
  await expect(filtersDialog(page)).toBeVisible();
  const search = filtersDialog(page).getByRole('searchbox', { name: 'Search events' });
  await expect(search).toBeFocused();
  await page.keyboard.type('power grid');
  await expect(page).toHaveURL(/q=power/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(filtersDialog(page)).toBeHidden();
  await expect(actorsGroup(page)).toBeHidden();
});
