import {
  actorsGroup,
  closeFilters,
  details,
  detailsHeading,
  filterStatus,
  filtersDialog,
  item,
  openFilters,
  timeline,
} from './app-page';
import { curatedEvent, curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

const total = curatedEvents.length;
const withActor = (actorId: string) =>
  curatedEvents.filter((event) => event.actors.some((a) => a.actor === actorId));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('actor checkboxes narrow the timeline and the status line counts what is shown', async ({ page }) => {
  await expect(filterStatus(page)).toHaveText(`Showing ${total} of ${total} events`);
  await openFilters(page);
  await actorsGroup(page).getByRole('button', { name: 'Show none of the actors' }).click();
  await expect(filterStatus(page)).toHaveText(`Showing 0 of ${total} events`);
  await closeFilters(page);
  await expect(timeline(page).getByRole('button', { name: /,/ })).toHaveCount(0);

  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'North Korea' }).check();
  const northKorea = withActor('north-korea');
  await closeFilters(page);
  await expect(filterStatus(page)).toHaveText(`Showing ${northKorea.length} of ${total} events`);
  for (const event of curatedEvents) {
    await expect(item(page, event.title)).toHaveCount(northKorea.includes(event) ? 1 : 0);
  }

  await openFilters(page);
  await actorsGroup(page).getByRole('button', { name: 'Show all actors' }).click();
  await closeFilters(page);
  await expect(filterStatus(page)).toHaveText(`Showing ${total} of ${total} events`);
});

test('each actor shows its event count', async ({ page }) => {
  await openFilters(page);
  const checkbox = actorsGroup(page).getByRole('checkbox', { name: 'Joe Biden' });
  await expect(checkbox).toHaveAccessibleDescription(`${withActor('joe-biden').length} events`);
});

test('toggled actors survive a reload', async ({ page }) => {
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Ukraine' }).uncheck();
  await actorsGroup(page).getByRole('checkbox', { name: 'Russia' }).uncheck();
  await closeFilters(page);
  await expect(page).toHaveURL(/actors=/);
  const shown = curatedEvents.filter((event) =>
    event.actors.some((a) => a.actor !== 'ukraine' && a.actor !== 'russia'),
  ).length;
  await expect(filterStatus(page)).toHaveText(`Showing ${shown} of ${total} events`);

  await page.reload();
  await expect(filterStatus(page)).toHaveText(`Showing ${shown} of ${total} events`);
  await openFilters(page);
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Ukraine' })).not.toBeChecked();
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).not.toBeChecked();
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'United States' })).toBeChecked();
});

test('a category filter hides the other categories', async ({ page }) => {
  const categories = (await openFilters(page)).getByRole('group', { name: 'Categories' });
  await categories.getByRole('checkbox', { name: 'Policy' }).uncheck();
  await closeFilters(page);
  const policy = curatedEvents.filter((event) => event.category === 'policy');
  await expect(filterStatus(page)).toHaveText(`Showing ${total - policy.length} of ${total} events`);
  await expect(item(page, policy[0]!.title)).toHaveCount(0);
  await expect(page).toHaveURL(/categories=/);
});

test('search narrows the events, also by the words of quotes, and the URL carries it', async ({ page }) => {
  // "stockpile" appears only in a quote, not in any title.
  const matching = curatedEvents.filter((event) =>
    [event.title, event.summary, ...event.excerpts.map((e) => e.exact)]
      .join(' ')
      .toLowerCase()
      .includes('stockpile'),
  );
  expect(matching.length).toBeGreaterThan(0);
  await (await openFilters(page)).getByRole('searchbox', { name: 'Search events' }).fill('Stockpile');
  await expect(page).toHaveURL(/[?&]q=Stockpile/);
  await closeFilters(page);
  await expect(filterStatus(page)).toHaveText(`Showing ${matching.length} of ${total} events`);
  await page.reload();
  await expect(filterStatus(page)).toHaveText(`Showing ${matching.length} of ${total} events`);
  await expect((await openFilters(page)).getByRole('searchbox', { name: 'Search events' })).toHaveValue(
    'Stockpile',
  );
});

test('a selected event the filters hide says so and can be shown again', async ({ page }) => {
  const strike = curatedEvent('russian-strike-power-grid');
  await item(page, strike.title).click();
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Russia' }).uncheck();
  await actorsGroup(page).getByRole('checkbox', { name: 'Ukraine' }).uncheck();
  await closeFilters(page);
  await expect(item(page, strike.title)).toHaveCount(0);
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await expect(details(page).getByRole('note')).toContainText('filters hide this event');

  await details(page).getByRole('button', { name: 'Show it on the timeline' }).click();
  await expect(item(page, strike.title)).toBeVisible();
  await expect(details(page).getByRole('note')).toHaveCount(0);
});

test('the filters are one tap away on a phone, and the button counts the filters that are on @phone', async ({
  page,
}) => {
  const button = page.getByRole('banner').getByRole('button', { name: /^Filters/ });
  await expect(button).toHaveAccessibleName('Filters');
  await expect(actorsGroup(page)).toBeHidden();
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Russia' }).uncheck();
  await (await openFilters(page)).getByRole('searchbox', { name: 'Search events' }).fill('missile');
  await expect(page).toHaveURL(/[?&]q=missile/);
  await page.keyboard.press('Escape');
  await expect(filtersDialog(page)).toBeHidden();
  await expect(button).toHaveAccessibleName('Filters 2 on');
  await expect(filterStatus(page)).toBeVisible();
});

test('on a desk the filters stay in view in their column while the page scrolls @desktop', async ({
  page,
}) => {
  await expect(actorsGroup(page)).toBeInViewport();
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300);
  await expect(actorsGroup(page)).toBeInViewport();
  await expect(page.getByRole('banner').getByRole('button', { name: /^Filters/ })).toHaveCount(0);
});
