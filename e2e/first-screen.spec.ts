import type { Page } from '@playwright/test';
import { chooseFromDataMenu, detailsHeading, escapeRegExp, isNarrow, item, timeline } from './app-page';
import { curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

/*
 * What a first-time reader sees without scrolling: the timeline near the top with the article's events on it,
 * and, on a desk, the details of a linked event; and labels that read, never drawn over another label, a bar
 * or a dot, at load and with each event selected.
 */

/** The furthest down the timeline may start: 260 px on a desk (1280x800), 330 px on a phone (390x844). */
const timelineTopLimit = (page: Page) => (isNarrow(page) ? 330 : 260);

/** Items of the events on the timeline that are drawn whole inside the window, without scrolling. */
async function itemsOnFirstScreen(page: Page): Promise<number> {
  const viewport = page.viewportSize()!;
  let count = 0;
  for (const event of curatedEvents) {
    const box = await item(page, event.title).boundingBox();
    if (box && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0) count += 1;
  }
  return count;
}

test('the timeline is on the first screen, with the article’s events on it', async ({ page }) => {
  await page.goto('/');
  await expect(item(page, curatedEvents[0]!.title)).toBeVisible();
  const top = (await timeline(page).boundingBox())!.y;
  expect(top).toBeLessThanOrEqual(timelineTopLimit(page));
  // Every event on a desk; on a phone at least three (the rest a swipe away in the timeline's own scroll).
  const least = isNarrow(page) ? 3 : curatedEvents.length;
  await expect.poll(() => itemsOnFirstScreen(page)).toBeGreaterThanOrEqual(least);
});

test('a linked event opens with its details heading on the first screen too @desktop', async ({ page }) => {
  const event = curatedEvents.find((candidate) => candidate.id === 'atacms-authorization')!;
  await page.goto(`/?event=${event.id}`);
  await expect(detailsHeading(page)).toHaveText(event.title);
  await expect(detailsHeading(page)).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  expect(await itemsOnFirstScreen(page)).toBe(curatedEvents.length);
});

/** A rectangle as the page draws it: its visible part (a label cut by the timeline's edge counts up to it). */
interface Box {
  readonly what: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Every label, bar and dot of the timeline, clipped to the timeline's panel, and the lines vis-timeline could
 * draw from the axis to an item (there must be none: days are drawn as dots).
 */
function drawnShapes(page: Page): Promise<{ labels: Box[]; shapes: Box[]; lines: number }> {
  return page.evaluate(() => {
    const panel = document.querySelector('.timeline-canvas .vis-center')!.getBoundingClientRect();
    const clip = (what: string, rect: DOMRect) => ({
      what,
      left: Math.max(rect.left, panel.left),
      right: Math.min(rect.right, panel.right),
      top: Math.max(rect.top, panel.top),
      bottom: Math.min(rect.bottom, panel.bottom),
    });
    const visible = (box: { left: number; right: number; top: number; bottom: number }) =>
      box.right > box.left && box.bottom > box.top;
    const labels = [...document.querySelectorAll<HTMLElement>('.timeline-canvas .event-label')]
      .map((label) => clip(`label "${label.dataset.eventId}"`, label.getBoundingClientRect()))
      .filter(visible);
    const shapes = [
      ...document.querySelectorAll<HTMLElement>(
        '.timeline-canvas .vis-item.event-item.vis-range, .timeline-canvas .vis-item.event-item.vis-dot',
      ),
    ]
      .map((shape) => {
        const owner = shape.closest('.vis-item.vis-range') ?? shape;
        const id =
          owner.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId ??
          shape.parentElement?.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId;
        // A bar's own label may sit inside it; a dot is followed by its own label.
        return clip(`shape of "${id}"`, shape.getBoundingClientRect());
      })
      .filter(visible);
    const lines = document.querySelectorAll('.timeline-canvas .vis-item.vis-line').length;
    return { labels, shapes, lines };
  });
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Pairs of a label and another label, or a label and another event's bar or dot, drawn over each other. */
async function collisions(page: Page): Promise<string[]> {
  const { labels, shapes, lines } = await drawnShapes(page);
  const found = lines > 0 ? [`${lines} lines from the axis`] : [];
  const owner = (box: Box) => /"(.*)"/.exec(box.what)?.[1];
  labels.forEach((label, index) => {
    for (const other of labels.slice(index + 1)) {
      if (overlap(label, other)) found.push(`${label.what} over ${other.what}`);
    }
    for (const shape of shapes) {
      if (owner(shape) !== owner(label) && overlap(label, shape))
        found.push(`${label.what} over ${shape.what}`);
    }
  });
  return found;
}

test('no label is drawn over another label, a bar or a dot, at load and with any event selected', async ({
  page,
}) => {
  await page.goto('/');
  await expect(item(page, curatedEvents[0]!.title)).toBeVisible();
  await expect.poll(() => collisions(page)).toEqual([]);
  for (const event of curatedEvents) {
    await page.goto(`/?event=${event.id}`);
    await expect(item(page, event.title)).toBeVisible();
    await expect.poll(() => collisions(page), { message: `with ${event.id} selected` }).toEqual([]);
  }
});

test('a label too long for its room ends in an ellipsis; hover and keyboard focus give it whole', async ({
  page,
}) => {
  await page.goto('/');
  const longest = [...curatedEvents].sort((a, b) => b.title.length - a.title.length)[0]!;
  const label = item(page, longest.title);
  await expect(label).toBeVisible();
  const cut = await label.evaluate((element) => ({
    ellipsis: getComputedStyle(element).textOverflow === 'ellipsis',
    cut: element.scrollWidth > element.clientWidth,
  }));
  expect(cut).toEqual({ ellipsis: true, cut: true });
  // A pointer resting on it: the browser's tooltip.
  await expect(label).toHaveAttribute('title', longest.title);
  // Keyboard focus: the caption over the foot of the timeline, the label itself unmoved.
  const caption = timeline(page).locator('.timeline-focus-caption');
  const before = await label.boundingBox();
  await expect(caption).toHaveCount(0);
  await label.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(label).toBeFocused();
  await expect(caption).toHaveText(new RegExp(`^${escapeRegExp(longest.title)}, `));
  expect(await label.boundingBox()).toEqual(before);
  // Focus leaves the events: the caption goes with it.
  await timeline(page).getByRole('button', { name: 'Fit all' }).focus();
  await expect(caption).toHaveCount(0);
});

test('items of the same day keep one order, whatever order the dataset lists them in', async ({ page }) => {
  await page.goto('/');
  const sameDay = curatedEvents.filter((event) => event.date === '2024-11-17');
  expect(sameDay.length).toBeGreaterThan(1);
  const tops = async () => {
    const entries = await Promise.all(
      sameDay.map(async (event) => [event.id, (await item(page, event.title).boundingBox())!.y] as const),
    );
    return entries.sort((a, b) => a[1] - b[1]).map(([id]) => id);
  };
  await expect(item(page, sameDay[0]!.title)).toBeVisible();
  // Stacked by time, then by id: the same day's items in id order, top down.
  expect(await tops()).toEqual(sameDay.map((event) => event.id).sort());
});

test('the Data menu works by keyboard: arrows, a first letter, Esc back to its button', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('banner').getByRole('button', { name: 'Data' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Data' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem', { name: 'Open a dataset…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    menu.getByRole('menuitem', { name: `Export ${curatedEvents.length} events as CSV` }),
  ).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Make a timeline' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Open a dataset…' })).toBeFocused();
  await page.keyboard.press('e');
  await expect(menu.getByRole('menuitem', { name: /^Export .* as CSV$/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // ↑ opens it on the last item; a click elsewhere closes it.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Make a timeline' })).toBeFocused();
  await page.getByRole('contentinfo').click();
  await expect(menu).toBeHidden();
});

test('"Make a timeline" in the Data menu opens the editor', async ({ page }) => {
  await page.goto('/');
  await chooseFromDataMenu(page, 'Make a timeline');
  await expect(page).toHaveURL(/\/edit\/$/);
  await expect(page.getByRole('textbox', { name: 'Source title' })).toBeVisible();
});

test('the step buttons keep a space between their arrows and their words', async ({ page }) => {
  await page.goto(`/?event=${curatedEvents[1]!.id}`);
  for (const name of ['Previous event', 'Next event']) {
    const button = page.getByRole('region', { name: 'Event details' }).getByRole('button', { name });
    // The arrow's box and the words' box, side by side: the gap between them, in px.
    const gap = await button.evaluate((element) => {
      const arrow = element.querySelector('[aria-hidden="true"]')!.getBoundingClientRect();
      const words = document.createRange();
      const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      words.selectNodeContents(text);
      const box = words.getBoundingClientRect();
      return arrow.left < box.left ? box.left - arrow.right : arrow.left - box.right;
    });
    expect(gap, `the gap inside "${name}"`).toBeGreaterThanOrEqual(3);
  }
});
