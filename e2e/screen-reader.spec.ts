import {
  actorsGroup,
  closeFilters,
  details,
  filterStatus,
  item,
  openFilters,
  readingTab,
  timeline,
} from './app-page';
import { curatedEvent, curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

const announcer = (page: import('@playwright/test').Page) =>
  page.getByRole('status', { name: 'Announcements' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('the page has the landmarks and names of the design', async ({ page }) => {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  // On narrow screens the filters wait in a dialog.
  await openFilters(page);
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(1);
  await expect(actorsGroup(page)).toBeVisible();
  await closeFilters(page);
  // On narrow screens the details are in a sheet that is down to its tabs until one is chosen.
  if ((await readingTab(page, 'Event details').count()) > 0) await readingTab(page, 'Event details').click();
  for (const name of ['Timeline', 'Event details']) {
    await expect(page.getByRole('region', { name })).toHaveCount(1);
  }
  await expect(page.getByRole('group', { name: 'View' })).toBeVisible();
  await expect(timeline(page).getByRole('group', { name: 'Events on the timeline' })).toBeVisible();
});

test('a selection is announced politely, wherever it was made', async ({ page }) => {
  await expect(announcer(page)).toHaveText('');
  const strike = curatedEvent('russian-strike-power-grid');
  await item(page, strike.title).click();
  await expect(announcer(page)).toHaveText(`Selected: ${strike.title}, Sunday 17 November 2024`);
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  await expect(announcer(page)).toHaveText(/^Selected: /);
  await expect(announcer(page)).not.toContainText(strike.title);
});

test('filter results are announced once the filters settle, and only by the announcer', async ({ page }) => {
  await expect(filterStatus(page)).toHaveAttribute('aria-live', 'off');
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Russia' }).uncheck();
  await actorsGroup(page).getByRole('checkbox', { name: 'Ukraine' }).uncheck();
  await closeFilters(page);
  const shown = curatedEvents.filter((event) =>
    event.actors.some((a) => a.actor !== 'russia' && a.actor !== 'ukraine'),
  ).length;
  await expect(announcer(page)).toHaveText(`Showing ${shown} of ${curatedEvents.length} events`);
});

test('the timeline points to its text alternative, the list view', async ({ page }) => {
  const hint = timeline(page).getByText('The same events are available as a list');
  await expect(hint).toBeVisible();
  await expect(
    timeline(page).getByRole('group', { name: 'Events on the timeline' }),
  ).toHaveAccessibleDescription(/available as a list/);
  await timeline(page).getByRole('button', { name: 'switch to List view' }).click();
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  await expect(page).toHaveURL(/view=list/);
});

test('the accessibility tree of a list entry reads as a heading, its date and actors, summary and quote', async ({
  page,
}) => {
  const decision = curatedEvent('atacms-authorization');
  await page.goto(`/?view=list&event=${decision.id}`);
  const entry = page
    .getByRole('list', { name: 'Events' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: decision.title, exact: true }) });
  await expect(entry).toMatchAriaSnapshot(`
    - listitem:
      - heading "${decision.title}" [level=4]:
        - button "${decision.title}"
      - paragraph:
        - time: Sunday 17 November 2024
        - text: ". Actors: Joe Biden, United States, Ukraine, Russia"
      - paragraph: ${JSON.stringify(decision.summary)}
      - figure:
        - blockquote: ${JSON.stringify(decision.excerpts[0]!.exact)}
  `);
});
