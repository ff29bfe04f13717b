import type { Page } from '@playwright/test';
import {
  actorsGroup,
  closeFilters,
  details,
  detailsHeading,
  filterStatus,
  item,
  openFilters,
  timeline,
} from './app-page';
import { curatedEvent, curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

const viewSwitch = (page: Page) => page.getByRole('group', { name: 'View' });
const eventList = (page: Page) => page.getByRole('list', { name: 'Events' });
const entries = (page: Page) => eventList(page).getByRole('listitem');
/** The button that selects an event in the list, named by its title. */
const entryButton = (page: Page, title: string) =>
  eventList(page).getByRole('button', { name: title, exact: true });
/** The list entry of an event. */
const entry = (page: Page, title: string) =>
  entries(page).filter({ has: page.getByRole('button', { name: title, exact: true }) });

const may = curatedEvent('may-2024-covert-lifting');
const decision = curatedEvent('atacms-authorization');
const strike = curatedEvent('russian-strike-power-grid');

/** Every title in the list, in its order; the list is left scrolled to the top. */
async function listTitles(page: Page): Promise<string[]> {
  return (await readWholeList(page)).map((listed) => listed.title);
}

async function openList(page: Page) {
  await viewSwitch(page).getByRole('button', { name: 'List' }).click();
  await expect(eventList(page)).toBeVisible();
}

test('the list view replaces the timeline, and Back brings the timeline back', async ({ page }) => {
  await page.goto('/');
  await expect(viewSwitch(page).getByRole('button', { name: 'Timeline' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await openList(page);
  await expect(page).toHaveURL(/[?&]view=list/);
  await expect(viewSwitch(page).getByRole('button', { name: 'List' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(timeline(page)).toHaveCount(0);

  await page.goBack();
  await expect(timeline(page)).toBeVisible();
  await expect(eventList(page)).toHaveCount(0);
});

interface ListedEntry {
  position: number;
  setSize: number;
  heading: string | null;
  title: string;
  date: string;
}

/**
 * Every entry of the list, read by scrolling its box from top to bottom: the list renders only the rows in
 * view, so no single moment shows them all.
 */
async function readWholeList(page: Page): Promise<ListedEntry[]> {
  await expect(entries(page).first()).toBeVisible();
  const scroller = eventList(page).locator('xpath=..');
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  const seen = new Map<number, ListedEntry>();
  for (let step = 0; step < 100; step += 1) {
    const rendered = await entries(page).evaluateAll((items) =>
      items.map((item) => ({
        position: Number(item.getAttribute('aria-posinset')),
        setSize: Number(item.getAttribute('aria-setsize')),
        heading: item.querySelector('h3')?.textContent ?? null,
        title: item.querySelector('h4')?.textContent ?? '',
        date: item.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    );
    for (const entry of rendered) seen.set(entry.position, entry);
    const atEnd = await scroller.evaluate((element) => {
      const end = element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      element.scrollBy(0, element.clientHeight / 2);
      return end;
    });
    if (atEnd) break;
    await page.waitForTimeout(50);
  }
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  await expect(entries(page).first()).toHaveAttribute('aria-posinset', '1');
  return [...seen.values()].sort((a, b) => a.position - b.position);
}

test('the list shows every event in time order under month headings', async ({ page }) => {
  await page.goto('/?view=list');
  const listed = await readWholeList(page);
  expect(listed.map((entry) => entry.position)).toEqual(curatedEvents.map((_, index) => index + 1));
  expect(new Set(listed.map((entry) => entry.setSize))).toEqual(new Set([curatedEvents.length]));
  expect(listed.map((entry) => entry.title).sort()).toEqual(curatedEvents.map((event) => event.title).sort());
  expect(listed.filter((entry) => entry.heading).map((entry) => entry.heading)).toEqual([
    'May 2024 (1 event)',
    `November 2024 (${curatedEvents.length - 1} events)`,
  ]);
  // Time order: the first calendar date each entry names never goes back.
  const firstDates = listed.map((entry) => /\d{4}(-\d{2}){0,2}/.exec(entry.date)?.[0] ?? '');
  expect(firstDates).toEqual([...firstDates].sort());
});

test('each entry gives the date, actors, summary and first quote', async ({ page }) => {
  await page.goto(`/?view=list&event=${decision.id}`);
  const shown = entry(page, decision.title);
  await expect(shown).toContainText('Sunday 17 November 2024');
  await expect(shown).toContainText('Joe Biden, United States, Ukraine, Russia');
  await expect(shown).toContainText(decision.summary);
  await expect(shown.locator('blockquote')).toHaveText(decision.excerpts[0]!.exact);
});

test('selecting in the list selects on the timeline, and the other way round', async ({ page }) => {
  await page.goto('/?view=list');
  await entryButton(page, may.title).click();
  await expect(detailsHeading(page)).toHaveText(may.title);
  await expect(entryButton(page, may.title)).toHaveAttribute('aria-current', 'true');

  await viewSwitch(page).getByRole('button', { name: 'Timeline' }).click();
  await expect(
    item(page, may.title).locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " vis-item ")][1]'),
  ).toHaveClass(/vis-selected/);
  await item(page, strike.title).click();
  await expect(detailsHeading(page)).toHaveText(strike.title);

  await openList(page);
  await expect(entryButton(page, strike.title)).toHaveAttribute('aria-current', 'true');
  await expect(eventList(page).locator('[aria-current]')).toHaveCount(1);
});

test('the filters apply to the list as to the timeline', async ({ page }) => {
  await page.goto('/?view=list');
  await openFilters(page);
  await actorsGroup(page).getByRole('button', { name: 'Show none of the actors' }).click();
  await closeFilters(page);
  await expect(eventList(page)).toHaveCount(0);
  await expect(page.getByText('No events match the filters.')).toBeVisible();

  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'North Korea' }).check();
  await closeFilters(page);
  const northKorea = curatedEvents.filter((event) => event.actors.some((a) => a.actor === 'north-korea'));
  await expect(filterStatus(page)).toHaveText(
    `Showing ${northKorea.length} of ${curatedEvents.length} events`,
  );
  await expect(entries(page)).toHaveCount(northKorea.length);
  for (const event of northKorea) await expect(entryButton(page, event.title)).toBeVisible();
});

test('arrow keys move through the list and select the previous or next event', async ({ page }) => {
  await page.goto('/?view=list');
  const titles = await listTitles(page);
  await entryButton(page, titles[0]!).focus();
  await page.keyboard.press('ArrowDown');
  await expect(entryButton(page, titles[1]!)).toBeFocused();
  await page.keyboard.press('End');
  await expect(entryButton(page, titles.at(-1)!)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(entryButton(page, titles[0]!)).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).toHaveText(titles[0]!);
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toHaveText(titles[1]!);
  await expect(entryButton(page, titles[1]!)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(detailsHeading(page)).toHaveText(titles[0]!);
});

test('a selection made elsewhere scrolls into view in the list', async ({ page }) => {
  await page.goto('/?view=list');
  const titles = await listTitles(page);
  await entryButton(page, titles[0]!).click();
  const last = titles.at(-1)!;
  expect(await shownInScroller(page, last)).toBe(false);
  for (let step = 1; step < titles.length; step += 1) {
    await details(page).getByRole('button', { name: 'Next event' }).click();
  }
  await expect(detailsHeading(page)).toHaveText(last);
  await expect.poll(() => shownInScroller(page, last)).toBe(true);
});

/** Whether the entry's title is inside the visible part of the list's scrolling box (false if not rendered). */
async function shownInScroller(page: Page, title: string): Promise<boolean> {
  const button = entryButton(page, title);
  if ((await button.count()) === 0) return false;
  return button.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const scroller = element.closest('ul')!.parentElement!.getBoundingClientRect();
    return box.top >= scroller.top && box.bottom <= scroller.bottom;
  });
}
