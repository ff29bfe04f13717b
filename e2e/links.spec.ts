import {
  actorsGroup,
  closeFilters,
  details,
  detailsHeading,
  filterStatus,
  item,
  nothingSelected,
  openFilters,
  notices,
  timeline,
  visibleWindow,
  windowSpan,
} from './app-page';
import { curatedEvent, curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

const decision = curatedEvent('atacms-authorization');
const strike = curatedEvent('russian-strike-power-grid');
const may = curatedEvent('may-2024-covert-lifting');

test('a copied link opens the same event, filters and window in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Donald Trump' }).uncheck();
  await closeFilters(page);
  const fitted = await windowSpan(page);
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowSpan(page)).toBeLessThan(fitted);
  await item(page, decision.title).click();
  await expect(page).toHaveURL(/from=.*to=/);
  const window = await visibleWindow(page);

  await details(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(details(page).getByRole('status')).toHaveText(/Link copied/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The built-in dataset's event is named by its own page; the rest of the view by parameters.
  expect(new URL(link).pathname).toBe(`/events/${decision.id}/`);
  expect(link).toMatch(/[?&]from=.*&to=/);

  const fresh = await browser.newContext();
  const colleague = await fresh.newPage();
  await colleague.goto(link);
  await expect(detailsHeading(colleague)).toHaveText(decision.title);
  await expect(filterStatus(colleague)).toHaveText((await filterStatus(page).textContent())!);
  const theirs = await visibleWindow(colleague);
  expect(theirs.text).toBe(window.text);
  await openFilters(colleague);
  await expect(actorsGroup(colleague).getByRole('checkbox', { name: 'Donald Trump' })).not.toBeChecked();
  await expect(actorsGroup(colleague).getByRole('checkbox', { name: 'Joe Biden' })).toBeChecked();
  await fresh.close();
});

test('where the clipboard is refused, the link is offered to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/');
  await item(page, strike.title).click();
  await details(page).getByRole('button', { name: 'Copy link' }).click();
  const alert = details(page).getByRole('alert');
  await expect(alert).toContainText('Copying was blocked');
  await expect(alert.getByRole('textbox')).toHaveValue(new RegExp(`/events/${strike.id}/`));
});

test('opening ?event=<id> selects the event and shows its details', async ({ page }) => {
  await page.goto(`/?event=${may.id}`);
  await expect(detailsHeading(page)).toHaveText(may.title);
  await expect(item(page, may.title)).toBeInViewport();
});

test('a link to an event outside the link’s window moves the timeline to the event', async ({ page }) => {
  await page.goto(`/?event=${strike.id}&from=2024-05-01&to=2024-06-30`);
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await expect(item(page, strike.title)).toBeVisible();
  await expect.poll(async () => (await visibleWindow(page)).end).toBeGreaterThan(Date.parse('2024-11-17'));
});

test('a shared link to an event the link’s filters hide still shows that event', async ({ page }) => {
  await page.goto(`/?event=${strike.id}&actors=joe-biden`);
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await expect(details(page).getByRole('note')).toContainText('filters hide this event');
  await expect(item(page, strike.title)).toHaveCount(0);
});

test('Back and Forward step through selections and filters', async ({ page }) => {
  await page.goto('/');
  await item(page, may.title).click();
  await expect(detailsHeading(page)).toHaveText(may.title);
  await item(page, strike.title).click();
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Russia' }).uncheck();
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).not.toBeChecked();

  await page.goBack();
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).toBeChecked();
  await closeFilters(page);
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await page.goBack();
  await expect(detailsHeading(page)).toHaveText(may.title);
  await page.goBack();
  await expect(nothingSelected(page)).toBeVisible();

  await page.goForward();
  await expect(detailsHeading(page)).toHaveText(may.title);
  await page.goForward();
  await page.goForward();
  await expect(detailsHeading(page)).toHaveText(strike.title);
  await openFilters(page);
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).not.toBeChecked();
});

test('panning and zooming replace the history entry instead of adding one', async ({ page }) => {
  await page.goto('/');
  await item(page, may.title).click();
  await expect(page).toHaveURL(/from=/);
  const before = { length: await page.evaluate(() => history.length), url: page.url() };
  for (let step = 0; step < 3; step += 1) {
    await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
  }
  await expect.poll(() => page.url()).not.toBe(before.url);
  expect(await page.evaluate(() => history.length)).toBe(before.length);
  await page.goBack();
  await expect(nothingSelected(page)).toBeVisible();
});

test('unknown ids and malformed parameters give notices and the rest still applies', async ({ page }) => {
  await page.goto(
    `/?event=no-such-event&actors=ukraine,nobody&from=2024-13-01&to=2024-12-01&view=bogus&zzz=1`,
  );
  const shown = notices(page);
  await expect(shown).toContainText('No event "no-such-event"');
  await expect(shown).toContainText('Ignored unknown actor "nobody"');
  await expect(shown).toContainText('Ignored from "2024-13-01"');
  await expect(shown).toContainText('Ignored view "bogus"');
  await expect(shown).toContainText('Ignored unknown parameter "zzz"');
  // The valid part applies: only Ukraine is ticked.
  const ukraine = curatedEvents.filter((event) => event.actors.some((a) => a.actor === 'ukraine'));
  await expect(filterStatus(page)).toHaveText(`Showing ${ukraine.length} of ${curatedEvents.length} events`);
  await openFilters(page);
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Ukraine' })).toBeChecked();
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).not.toBeChecked();
  await closeFilters(page);

  await shown.getByRole('button', { name: /^Dismiss: No event/ }).click();
  await expect(shown).not.toContainText('No event "no-such-event"');
});

test('the keyboard steps to the previous and next event, and the timeline follows', async ({ page }) => {
  await page.goto('/');
  const order = curatedEvents; // sorted in the dataset file by date
  await item(page, may.title).focus();
  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).toHaveText(may.title);
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).not.toHaveText(may.title);
  const second = (await detailsHeading(page).textContent())!;
  expect(order.map((event) => event.title)).toContain(second);
  await page.keyboard.press('ArrowLeft');
  await expect(detailsHeading(page)).toHaveText(may.title);

  await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(detailsHeading(page)).toHaveText(second);
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  await expect(detailsHeading(page)).toHaveText(may.title);
  await expect(details(page).getByRole('button', { name: 'Previous event' })).toBeDisabled();
});
