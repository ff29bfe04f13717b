import type { Locator, Page } from '@playwright/test';
import { generateSynthetic, serializeDataset } from '../scripts/synthetic/generate';
import { addUtcMonths, DAY_MS, WEEK_MS } from '../src/domain/calendar';
import type { WorkerMessage } from '../src/features/datasets/load-messages';
import {
  actorsGroup,
  detailsHeading,
  filterStatus,
  item,
  timeline,
  visibleDates,
  visibleWindow,
} from './app-page';
import { expect, test } from './fixtures';

/*
 * Scale (issue #6) with a generated dataset of 5,000 events opened through `?data=`: the timeline is handed
 * a bar per calendar bucket, counted by category, instead of thousands of labels; a bar opens into its events as the reader
 * zooms in, the filters recount the bars, and a large file is drawn as counts while the worker still checks it.
 * Expectations are computed from the generated records, never read back from the app.
 */

const EVENTS = 5000;
const synthetic = generateSynthetic({ events: EVENTS, seed: 1 });
const DATA_PATH = '/scale-data/synthetic-5000.json';
const datasetBody = serializeDataset(synthetic);
/** The page's heading while the dataset is being opened. */
const OPENING = 'Opening “synthetic-5000.json”…';

type SyntheticEvent = (typeof synthetic.events)[number];

/** The most timeline items in the DOM at any time (docs/design.md, "Tests and budgets"). */
const DOM_ITEM_BUDGET = 1500;
/** Opening 3.5 MB through the worker takes a few seconds on this machine while other tests run. */
const LOAD_TIMEOUT = 20_000;

const heading = (page: Page): Locator => page.getByRole('heading', { level: 1 });
const canvas = (page: Page): Locator => timeline(page).getByRole('group', { name: 'Events on the timeline' });
const aggregateBars = (page: Page): Locator =>
  canvas(page).getByRole('button', { name: /; zoom in to see them$/ });
const previewStatus = (page: Page): Locator =>
  timeline(page)
    .getByRole('status')
    .filter({ hasText: `Drawing ${EVENTS.toLocaleString('en')} events as counts while they are checked…` });

const showing = (shown: number): string =>
  `Showing ${shown.toLocaleString('en-GB')} of ${EVENTS.toLocaleString('en-GB')} events`;

/** Serves `body` at `path`; with `until`, only once that promise settles. */
async function serve(page: Page, path: string, body: string, until?: Promise<void>) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      await until;
      await route.fulfill({ body, contentType: 'application/json' });
    },
  );
}

/** Serves the generated dataset at DATA_PATH; with `until`, only once that promise settles. */
const serveSynthetic = (page: Page, until?: Promise<void>) => serve(page, DATA_PATH, datasetBody, until);

async function openSynthetic(page: Page) {
  await serveSynthetic(page);
  await page.goto(`/?data=${DATA_PATH}`);
  await expect(filterStatus(page)).toHaveText(showing(EVENTS), { timeout: LOAD_TIMEOUT });
  await expect(heading(page)).toHaveText(synthetic.title);
  await expect.poll(() => countsFinerThanWindow(page)).toBe(true);
}

/** The accessible names of the items on the timeline, as assistive technology gets them. */
async function itemNames(page: Page): Promise<string[]> {
  const snapshot = await canvas(page).ariaSnapshot();
  // A name with ": " in it makes the whole entry a quoted YAML string: - 'button "3 events, May 2024: …"': "3"
  return [...snapshot.matchAll(/^\s*- (')?button "(.*?)"\1?(?:: .*)?$/gm)].map((match) => match[2]!);
}

interface Bar {
  readonly name: string;
  readonly count: number;
  /** Its events per category, as the legend names them: { Attack: 12, Aid: 3 }. */
  readonly parts: Readonly<Record<string, number>>;
  /** The bucket in words: "quarter from Oct 2023", "week of 25 Sept 2023", "1 Oct 2023". */
  readonly bucket: string;
}

const BAR_NAME = /^([\d,]+) events?, (.+?): (.+); zoom in to see them$/;
const number = (text: string) => Number(text.replace(/,/g, ''));

function barOf(name: string): Bar | null {
  const match = BAR_NAME.exec(name);
  if (!match) return null;
  const parts = Object.fromEntries(
    match[3]!.split(', ').map((part) => {
      const [, count, category] = /^([\d,]+) (.+)$/.exec(part)!;
      return [category!, number(count!)];
    }),
  );
  return { name, count: number(match[1]!), parts, bucket: match[2]! };
}

async function barsInView(page: Page): Promise<Bar[]> {
  return (await itemNames(page)).flatMap((name) => barOf(name) ?? []);
}

/** Per category, what the bars in view add up to. */
async function barTotals(page: Page): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const bar of await barsInView(page)) {
    expect(
      Object.values(bar.parts).reduce((sum, count) => sum + count, 0),
      bar.name,
    ).toBe(bar.count);
    for (const [category, count] of Object.entries(bar.parts))
      totals[category] = (totals[category] ?? 0) + count;
  }
  return totals;
}

/** A generated category (one lowercase word) as the legend and the bars name it: "attack" is "Attack". */
const categoryName = (event: SyntheticEvent): string =>
  event.category.charAt(0).toUpperCase() + event.category.slice(1);

/** Per category, how many of `events` it holds. */
function categoryTotals(events: readonly SyntheticEvent[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const event of events) totals[categoryName(event)] = (totals[categoryName(event)] ?? 0) + 1;
  return totals;
}

const utcDay = (text: string): number => Date.parse(`${text} UTC`);

/** The span of time a bar's bucket names, [start, end) in ms. */
function bucketSpan(bucket: string): { start: number; end: number } {
  const week = /^week of (.+)$/.exec(bucket);
  if (week) return { start: utcDay(week[1]!), end: utcDay(week[1]!) + WEEK_MS };
  const quarter = /^quarter from (.+)$/.exec(bucket);
  if (quarter) return { start: utcDay(`1 ${quarter[1]}`), end: addUtcMonths(utcDay(`1 ${quarter[1]}`), 3) };
  const decade = /^the (\d{4})s$/.exec(bucket);
  if (decade)
    return { start: utcDay(`1 Jan ${decade[1]}`), end: addUtcMonths(utcDay(`1 Jan ${decade[1]}`), 120) };
  if (/^\d{4}$/.test(bucket))
    return { start: utcDay(`1 Jan ${bucket}`), end: addUtcMonths(utcDay(`1 Jan ${bucket}`), 12) };
  if (/^\d/.test(bucket)) return { start: utcDay(bucket), end: utcDay(bucket) + DAY_MS };
  return { start: utcDay(`1 ${bucket}`), end: addUtcMonths(utcDay(`1 ${bucket}`), 1) };
}

/** Every DOM element vis-timeline draws for an item (a box is three), which the budget counts. */
const domItemCount = (page: Page): Promise<number> => page.locator('.vis-item').count();

/**
 * Whether the bars in view count buckets narrower than the window, as they do once drawn for it (before the
 * window is known, everything is counted per decade).
 */
async function countsFinerThanWindow(page: Page): Promise<boolean> {
  const { start, end } = await visibleWindow(page);
  const bars = await barsInView(page);
  return (
    bars.length > 0 &&
    bars.every((bar) => {
      const bucket = bucketSpan(bar.bucket);
      return bucket.end - bucket.start < end - start;
    })
  );
}

/**
 * Opens a bar the way a reader would and checks that it zoomed into the bucket: the visible dates narrow to
 * cover it, and the bar gives way to finer counts or to the events themselves.
 */
async function openBar(page: Page, bar: Bar, how: 'click' | 'Enter' | 'tap') {
  const button = canvas(page).getByRole('button', { name: bar.name, exact: true });
  const before = await visibleWindow(page);
  if (how === 'Enter') await button.press('Enter');
  else if (how === 'tap') await button.tap();
  else await button.click();
  const bucket = bucketSpan(bar.bucket);
  await expect
    .poll(
      async () => {
        const after = await visibleWindow(page);
        return {
          window: after.text,
          narrower: after.end - after.start < before.end - before.start,
          // The output names whole days; its end is the last day shown.
          coversBucket: after.start <= bucket.start && after.end + DAY_MS >= bucket.end,
        };
      },
      { message: `the visible dates after opening “${bar.name}” (before: ${before.text})` },
    )
    .toMatchObject({ narrower: true, coversBucket: true });
  await expect(button, `“${bar.name}” should give way once opened`).toHaveCount(0);
  await expect(
    canvas(page).getByRole('button').first(),
    'finer counts or events in its place',
  ).toBeAttached();
}

const busiest = (bars: readonly Bar[]): Bar =>
  bars.reduce((most, bar) => (bar.count > most.count ? bar : most));

/** The bar of middling count: a stretch neither empty nor one of the bursts. */
const typical = (bars: readonly Bar[]): Bar => [...bars].sort((a, b) => a.count - b.count)[bars.length >> 1]!;

test('5,000 events open as a bar per bucket, counted by category, that add up to every event @desktop', async ({
  page,
}) => {
  await openSynthetic(page);
  await expect.poll(() => barTotals(page)).toEqual(categoryTotals(synthetic.events));
  // Counts only: not one event is drawn on its own at this zoom.
  const names = await itemNames(page);
  expect(names.filter((name) => !BAR_NAME.test(name))).toEqual([]);
  expect(await domItemCount(page)).toBeLessThanOrEqual(DOM_ITEM_BUDGET);
});

test('opening a count, by click and by Enter, zooms in until its events are drawn @desktop', async ({
  page,
}) => {
  await openSynthetic(page);
  let opened: Bar | undefined;
  const ways = ['click', 'Enter'] as const;
  let steps = 0;
  // Each step opens a typical bar; the bursts of this dataset are too dense to draw one by one even at the
  // narrowest window, and open in the list instead (the journey on busy days below).
  for (let bars = await barsInView(page); bars.length > 0; bars = await barsInView(page)) {
    expect(steps, 'steps before the events are drawn one by one').toBeLessThan(6);
    opened = typical(bars);
    await openBar(page, opened, ways[steps % ways.length]!);
    steps += 1;
  }
  expect(steps, 'the journey opened a count by click and by Enter').toBeGreaterThanOrEqual(ways.length);

  // The events of the last count opened are there one by one, named by their titles.
  const bucket = bucketSpan(opened!.bucket);
  const inBucket = synthetic.events.filter((event) => {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(event.date)?.[0];
    const start = day === undefined ? NaN : Date.parse(`${day}T00:00:00Z`);
    return start >= bucket.start && start < bucket.end;
  });
  expect(inBucket.length).toBeGreaterThan(0);
  for (const title of new Set(inBucket.map((event) => event.title))) {
    await expect(item(page, title).first()).toBeAttached();
  }
  expect(await domItemCount(page)).toBeLessThanOrEqual(DOM_ITEM_BUDGET);

  const chosen = inBucket[0]!;
  await item(page, chosen.title).first().click();
  await expect(detailsHeading(page)).toHaveText(chosen.title);
});

test('an actor filter recounts the bars, and "Show all actors" restores them @desktop', async ({ page }) => {
  await openSynthetic(page);
  await expect.poll(() => barTotals(page)).toEqual(categoryTotals(synthetic.events));

  // An event stays while any of its actors is still ticked.
  const withoutNorthland = synthetic.events.filter((event) =>
    event.actors.some(({ actor }) => actor !== 'northland'),
  );
  expect(withoutNorthland.length).toBeLessThan(EVENTS);
  await actorsGroup(page).getByRole('checkbox', { name: 'Northland', exact: true }).uncheck();
  await expect(filterStatus(page)).toHaveText(showing(withoutNorthland.length));
  await expect.poll(() => barTotals(page)).toEqual(categoryTotals(withoutNorthland));

  await actorsGroup(page).getByRole('button', { name: 'Show none of the actors' }).click();
  await expect(filterStatus(page)).toHaveText(showing(0));
  await expect(canvas(page).getByRole('button')).toHaveCount(0);

  await actorsGroup(page).getByRole('button', { name: 'Show all actors' }).click();
  await expect(filterStatus(page)).toHaveText(showing(EVENTS));
  await expect.poll(() => barTotals(page)).toEqual(categoryTotals(synthetic.events));
});

/** What the loading worker sends last: the checked dataset (src/features/datasets/load-messages.ts). */
const FINAL_MESSAGE: WorkerMessage['type'] = 'done';

/**
 * Holds back the loading worker's final message until `release`, so the page stays in the state it is in
 * while the worker checks the file, however quickly this machine checks it. Messages before it (progress,
 * the preview) pass at once, in order.
 */
async function holdLoadResult(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.addInitScript((finalType: string) => {
    const held: { worker: Worker; data: unknown }[] = [];
    let released = false;
    const NativeWorker = window.Worker;
    window.Worker = new Proxy(NativeWorker, {
      construct(target, args: ConstructorParameters<typeof Worker>) {
        const worker = new target(...args);
        // Registered before the page's own handler, so it runs first and can stop the message reaching it.
        worker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
          if (released || event.data?.type !== finalType) return;
          event.stopImmediatePropagation();
          held.push({ worker, data: event.data });
        });
        return worker;
      },
    });
    Object.assign(window, {
      releaseLoadResult: () => {
        released = true;
        for (const { worker, data } of held.splice(0))
          worker.dispatchEvent(new MessageEvent('message', { data }));
      },
    });
  }, FINAL_MESSAGE);
  return {
    release: () =>
      page.evaluate(() => (window as unknown as { releaseLoadResult: () => void }).releaseLoadResult()),
  };
}

/**
 * Opens the generated dataset through `?data=` (plus `extra` parameters) the way a large download arrives:
 * slowly, then held before the checked dataset is open.
 */
async function openPreview(page: Page, extra = '') {
  const load = await holdLoadResult(page);
  let deliver = () => {};
  await serveSynthetic(page, new Promise((resolve) => (deliver = resolve)));
  await page.goto(`/?data=${DATA_PATH}${extra}`);
  // What is being opened, not the built-in dataset standing in for it: none of its events or filters.
  await expect(heading(page)).toHaveText(OPENING);
  await expect(actorsGroup(page)).toHaveCount(0);
  await expect(canvas(page).getByRole('button')).toHaveCount(0);
  deliver();
  await expect(previewStatus(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  // Nothing is open yet: the checked dataset opens only when the worker is done.
  await expect(heading(page)).toHaveText(OPENING);
  await expect(actorsGroup(page)).toHaveCount(0);
  return load;
}

test('a large ?data= file is drawn as counts of all its events while it is still being checked @desktop', async ({
  page,
}) => {
  const load = await openPreview(page);
  // The preview counts every record by its date and category before any is checked, all of them in view.
  await expect.poll(() => barTotals(page)).toEqual(categoryTotals(synthetic.events));
  const { text: fitted } = await visibleWindow(page);

  await load.release();
  await expect(heading(page)).toHaveText(synthetic.title);
  await expect(previewStatus(page)).toHaveCount(0);
  await expect(filterStatus(page)).toHaveText(showing(EVENTS));
  // The checked dataset has the same extent, so it keeps the window, and is counted for it.
  await expect(visibleDates(page)).toHaveText(fitted);
  await expect.poll(() => countsFinerThanWindow(page)).toBe(true);
  await expect.poll(() => barTotals(page)).toEqual(categoryTotals(synthetic.events));
});

test('the preview of a ?data= link that names dates is drawn for those dates @desktop', async ({ page }) => {
  // The link's dates apply to the dataset it names, so its preview is drawn for them too, not fitted.
  const dates = '1 Oct 2023 – 31 Dec 2023';
  const load = await openPreview(page, '&from=2023-10-01&to=2023-12-31');
  await expect(visibleDates(page)).toHaveText(dates);
  await expect(aggregateBars(page).first()).toBeAttached();

  await load.release();
  await expect(filterStatus(page)).toHaveText(showing(EVENTS));
  await expect(visibleDates(page)).toHaveText(dates);
});

test('a tap on a count zooms into its bucket @phone', async ({ page }) => {
  await openSynthetic(page);
  const bars = await barsInView(page);
  expect(bars.length).toBeGreaterThan(0);
  await openBar(page, busiest(bars), 'tap');
});

test('on days too busy to draw one by one, a count opens its events in the list @desktop', async ({
  page,
}) => {
  // 1,200 events on two days: even the narrowest window (three days) holds too many to draw as labels.
  const busyDays = ['2023-10-01', '2023-10-02'];
  const busy = generateSynthetic({ events: 1200, seed: 2 });
  busy.events = busy.events.map((event, position) => ({ ...event, date: busyDays[position % 2]! }));
  const path = '/scale-data/busy-days.json';
  await serve(page, path, serializeDataset(busy));
  await page.goto(`/?data=${path}`);
  await expect(filterStatus(page)).toHaveText('Showing 1,200 of 1,200 events', { timeout: LOAD_TIMEOUT });

  const inList = canvas(page).getByRole('button', { name: /, 1 Oct 2023: .+; open them in the list$/ });
  await expect(inList.first()).toBeAttached();
  await expect(aggregateBars(page)).toHaveCount(0);
  await inList.first().click();

  // The list replaces the timeline, at the first event of that day, selected and in view.
  const list = page.getByRole('list', { name: 'Events' });
  await expect(list).toBeVisible();
  await expect(timeline(page)).toHaveCount(0);
  const current = list.locator('[aria-current="true"]');
  await expect(current).toBeInViewport();
  const title = (await detailsHeading(page).textContent()) ?? '';
  await expect(current).toHaveAccessibleName(title);
  const firstDay = new Set(
    busy.events.filter((event) => event.date === busyDays[0]).map((event) => event.title),
  );
  expect(firstDay.has(title), `"${title}" is an event of ${busyDays[0]}`).toBe(true);
});
