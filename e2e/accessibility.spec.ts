import type { Page } from '@playwright/test';
import { generateSynthetic, serializeDataset } from '../scripts/synthetic/generate';
import { details, detailsHeading, item, openFilters, passages } from './app-page';
import { violations } from './axe';
import { curatedEvent } from './curated-data';
import { expect, test } from './fixtures';

const decision = curatedEvent('atacms-authorization');

const large = generateSynthetic({ events: 5000, seed: 1 });
const LARGE_PATH = '/a11y-data/large.json';
const serveLarge = (page: Page) =>
  page.route(
    (url) => url.pathname === LARGE_PATH,
    (route) => route.fulfill({ body: serializeDataset(large), contentType: 'application/json' }),
  );

const states: [string, (page: Page) => Promise<void>][] = [
  [
    'the first load',
    async (page) => {
      await page.goto('/');
      await expect(item(page, decision.title)).toBeVisible();
    },
  ],
  [
    'an event selected',
    async (page) => {
      await page.goto('/');
      await item(page, decision.title).click();
      await expect(detailsHeading(page)).toHaveText(decision.title);
      await expect(details(page).locator('blockquote').first()).toBeVisible();
    },
  ],
  [
    'the list view with an event selected',
    async (page) => {
      await page.goto(`/?view=list&event=${decision.id}`);
      await expect(page.getByRole('list', { name: 'Events' }).locator('[aria-current="true"]')).toBeVisible();
    },
  ],
  [
    // On narrow screens the Source tab of the sheet, over the timeline.
    'the source with an event selected',
    async (page) => {
      await page.goto(`/?view=source&event=${decision.id}`);
      await expect(passages(page, decision.title).first()).toBeInViewport();
    },
  ],
  [
    'the Data menu open',
    async (page) => {
      await page.goto('/');
      await expect(item(page, decision.title)).toBeVisible();
      await page.getByRole('banner').getByRole('button', { name: 'Data' }).click();
      await expect(page.getByRole('menu', { name: 'Data' })).toBeVisible();
    },
  ],
  [
    // Wide screens keep the filters in their column; narrow ones open them in a dialog.
    'the filters, with the dataset described',
    async (page) => {
      await page.goto('/?actors=russia&q=missile');
      await expect(item(page, curatedEvent('russian-strike-power-grid').title)).toBeVisible();
      await page
        .getByRole('banner')
        .getByText(/^About/)
        .click();
      await openFilters(page);
      await expect(page.getByRole('group', { name: 'Actors' })).toBeVisible();
    },
  ],
  [
    'the keyboard shortcuts dialog',
    async (page) => {
      await page.goto('/');
      await expect(item(page, decision.title)).toBeVisible();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  ],
  [
    // A dataset too large to draw one by one: the histogram of its counts.
    'a large dataset drawn as bars',
    async (page) => {
      await serveLarge(page);
      await page.goto(`/?data=${LARGE_PATH}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(large.title, { timeout: 20_000 });
      await expect(
        page.getByRole('button', { name: /^[\d,]+ events?, .+; zoom in to see them$/ }).first(),
      ).toBeVisible();
    },
  ],
  [
    'a linked dataset still being opened',
    async (page) => {
      // Never answered: the page stays on what it is opening.
      await page.route(
        (url) => url.pathname === LARGE_PATH,
        () => undefined,
      );
      await page.goto(`/?data=${LARGE_PATH}`);
      await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opening “large.json”…');
    },
  ],
  [
    'notices about a bad link',
    async (page) => {
      await page.goto('/?event=no-such-event&view=bogus');
      await expect(page.getByRole('status', { name: 'Notices' })).toContainText('No event "no-such-event"');
    },
  ],
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [state, reach] of states) {
    test(`axe finds nothing on ${state} (${colorScheme} system theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await reach(page);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test('axe finds nothing after choosing the dark theme on a light system, in both views', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await item(page, decision.title).click();
  await expect(detailsHeading(page)).toHaveText(decision.title);
  expect(await violations(page)).toEqual([]);

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
