import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { actorsGroup, closeFilters, details, detailsHeading, item, openFilters } from './app-page';
import { curatedEvent } from './curated-data';
import { expect, test } from './fixtures';

/*
 * With JavaScript, an event's page is the app with that event selected: the same address names the event
 * whether a crawler, a reader without scripts or the app reads it, and the app writes it back the same way.
 */

const decision = curatedEvent('atacms-authorization');
const strike = curatedEvent('russian-strike-power-grid');
const pageOf = (id: string) => `/events/${id}/`;

test("an event's page opens the app on that event, not its article", async ({ page }) => {
  await page.goto(pageOf(decision.id));
  await expect(detailsHeading(page)).toHaveText(decision.title);
  await expect(item(page, decision.title)).toBeVisible();
  // The article the build wrote for readers without scripts is gone, not left beside the app.
  await expect(page.getByRole('heading', { level: 1, name: decision.title })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /events on the timeline/ })).toHaveCount(0);
});

test("Copy link gives the event's page with the rest of the view as parameters", async ({
  page,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(pageOf(decision.id));
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Donald Trump' }).uncheck();
  await closeFilters(page);
  await details(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(details(page).getByRole('status')).toHaveText(/Link copied/);
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.origin).toBe(new URL(baseURL!).origin);
  expect(link.pathname).toBe(pageOf(decision.id));
  expect(link.searchParams.get('event')).toBeNull();
  expect(link.searchParams.get('actors')).toBeTruthy();
});

test('choosing events moves between their pages, and Back and Forward follow', async ({ page }) => {
  await page.goto(`/?event=${decision.id}`);
  await expect(detailsHeading(page)).toHaveText(decision.title);
  await item(page, strike.title).click();
  await expect(page).toHaveURL((url) => url.pathname === pageOf(strike.id) && !url.searchParams.has('event'));
  await expect(detailsHeading(page)).toHaveText(strike.title);

  await page.goBack();
  await expect(detailsHeading(page)).toHaveText(decision.title);
  await page.goForward();
  await expect(detailsHeading(page)).toHaveText(strike.title);

  await page.reload();
  await expect(detailsHeading(page)).toHaveText(strike.title);
});

test('another dataset has no event pages, so its events keep ?event=', async ({ page }) => {
  const fixture = fileURLToPath(new URL('./fixtures/hand-written.json', import.meta.url));
  await page.route(
    (url) => url.pathname === '/fixture-data/hand-written.json',
    (route) => route.fulfill({ body: readFileSync(fixture, 'utf8'), contentType: 'application/json' }),
  );
  await page.goto('/?data=/fixture-data/hand-written.json&event=odesa-port-strikes');
  await expect(detailsHeading(page)).toHaveText("Strikes on Odesa's grain port");
  await item(page, 'Russia lets the grain deal lapse').click();
  await expect(detailsHeading(page)).toHaveText('Russia lets the grain deal lapse');
  await expect(page).toHaveURL(
    (url) => url.pathname === '/' && url.searchParams.get('event') === 'grain-initiative-lapses',
  );
});
