import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import {
  actorsGroup,
  chooseFromDataMenu,
  detailsHeading,
  errors,
  filterStatus,
  item,
  notices,
  timeline,
} from './app-page';
import { curatedEvent, curatedEvents, curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import { fixtureText, heading, openBuiltin, progressBar, reportLine, reportText } from './import-page';

/*
 * Datasets that arrive by link (`?data=`), and those that do not arrive: a server that refuses, a server error,
 * a load cancelled, a file or a download over the size limit. A refusal is an error that needs attention.
 */

/** The Data menu's hidden file input, for files a real picker cannot hand over (see the size limit test). */
const fileInput = (page: Page): Locator => page.getByLabel('Open a dataset…', { exact: true });
const backToBuiltin = (page: Page): Locator =>
  page.getByRole('menuitem', { name: 'Back to the built-in dataset', includeHidden: true });

/** Answers requests for /fixture-data/<file> on this origin with the fixture of that name. */
async function serveFixtures(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith('/fixture-data/'),
    (route) => {
      const name = new URL(route.request().url()).pathname.slice('/fixture-data/'.length);
      return route.fulfill({ body: fixtureText(name), contentType: 'application/json' });
    },
  );
}

test('?data= opens a dataset from this origin, then applies the rest of the link to it', async ({ page }) => {
  // Playwright's page.route also intercepts the loading worker's fetch (checked in this Chromium).
  await serveFixtures(page);
  await page.goto('/?data=/fixture-data/hand-written.json&event=odesa-port-strikes');
  await expect(reportLine(page)).toHaveText(reportText('hand-written.json', 'dataset', 5, { repaired: 2 }));
  await expect(heading(page)).toHaveText('Black Sea grain corridor, summer 2023 (hand-written)');
  await expect(detailsHeading(page)).toHaveText("Strikes on Odesa's grain port");
  await expect(page).toHaveURL(/[?&]data=%2Ffixture-data%2Fhand-written\.json(&|$)/);

  await chooseFromDataMenu(page, 'Back to the built-in dataset');
  await expect(heading(page)).toHaveText(curatedTitle);
  await expect(page).not.toHaveURL(/data=/);
});

test('a relative ?data= address is read relative to the page', async ({ page }) => {
  await page.route(
    (url) => url.pathname.includes('fixture-data/'),
    (route) => {
      const { pathname } = new URL(route.request().url());
      return pathname === '/fixture-data/hand-written.json'
        ? route.fulfill({ body: fixtureText('hand-written.json'), contentType: 'application/json' })
        : route.fulfill({ status: 404, body: `no ${pathname} here`, contentType: 'text/plain' });
    },
  );
  await page.goto('/?data=fixture-data/hand-written.json');
  // Wait for the load to end either way, so that a failure shows the notice that explains it.
  await expect(reportLine(page).or(errors(page).getByText(/^Could not open/))).toBeVisible();
  await expect(errors(page)).toHaveText('');
  await expect(notices(page)).toHaveText('');
  await expect(heading(page)).toHaveText('Black Sea grain corridor, summer 2023 (hand-written)');
});

/**
 * A real server on another port that answers without any CORS header, as most servers do. (A page.route cannot
 * play it: Playwright's route.fulfill adds Access-Control-Allow-Origin to a cross-origin answer by itself.)
 */
async function serverWithoutCors(): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(fixtureText('hand-written.json'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

test('a server that refuses cross-origin reads gives a clear notice and the built-in dataset stays', async ({
  page,
}) => {
  const { server, origin, requests } = await serverWithoutCors();
  try {
    await page.goto(`/?data=${encodeURIComponent(`${origin}/timeline.json`)}`);
    await expect(errors(page)).toContainText(
      `Could not open the dataset at ${origin}/timeline.json: data: could not be read from ${origin.slice('http://'.length)}: the server refused to share it with this page (no cross-origin permission)`,
    );
    expect(requests).toEqual(['/timeline.json']);
  } finally {
    server.close();
  }
  await expect(heading(page)).toHaveText(curatedTitle);
  await expect(progressBar(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/data=/);
  const event = curatedEvent('atacms-authorization');
  await item(page, event.title).click();
  await expect(detailsHeading(page)).toHaveText(event.title);
});

test('a server error is named in the notice', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/fixture-data/missing.json',
    (route) => route.fulfill({ status: 404, body: 'Not here', contentType: 'text/plain' }),
  );
  await page.goto('/?data=/fixture-data/missing.json');
  await expect(errors(page)).toContainText(
    'Could not open the dataset at /fixture-data/missing.json: data: the server answered 404',
  );
  await expect(heading(page)).toHaveText(curatedTitle);
});

test('Cancel stops a slow ?data= load and keeps the built-in dataset', async ({ page }) => {
  let requested = false;
  // A server that never answers: the load waits until the reader gives up.
  await page.route(
    (url) => url.pathname === '/fixture-data/slow.json',
    () => {
      requested = true;
    },
  );
  await page.goto('/?data=/fixture-data/slow.json');
  await expect(progressBar(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ has: progressBar(page) })).toContainText('Downloading');
  await expect.poll(() => requested).toBe(true);
  // While it loads, the page is about the dataset asked for, not the built-in one standing in for it.
  await expect(heading(page)).toHaveText('Opening “slow.json”…');
  await expect(actorsGroup(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Data' }).click();
  await expect(page.getByRole('menuitem', { name: /^Export/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(timeline(page)).toContainText(
    'The timeline is drawn as soon as the dataset’s dates are read.',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progressBar(page)).toHaveCount(0);
  await expect(heading(page)).toHaveText(curatedTitle);
  await expect(backToBuiltin(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/data=/);
  await expect(filterStatus(page)).toHaveText(
    `Showing ${curatedEvents.length} of ${curatedEvents.length} events`,
  );
  const event = curatedEvent('russian-strike-power-grid');
  await item(page, event.title).click();
  await expect(detailsHeading(page)).toHaveText(event.title);
  await expect(timeline(page)).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

const LIMIT_MESSAGE =
  'files of up to 200.0 MB can be imported. Split it into smaller files, e.g. by year or region.';

test('a file over the size limit is refused with the limit named, from the picker and from a drop', async ({
  page,
}) => {
  await openBuiltin(page);
  /*
   * A real 201 MB file is too heavy for this machine. The file is built in the page from one 1 MB part
   * repeated: its size is real (File.size is 201 MB, which the loader checks before reading), its memory is not.
   */
  const oversized = () =>
    page.evaluateHandle(() => {
      const megabyte = new Blob([new Uint8Array(1024 * 1024).fill(32)]);
      const file = new File(
        Array.from({ length: 201 }, () => megabyte),
        'huge.json',
        { type: 'application/json' },
      );
      const data = new DataTransfer();
      data.items.add(file);
      return data;
    });

  // The picker: the chosen file arrives in the input's `files`, then `change` fires, as after a real choice.
  const chosen = await oversized();
  await fileInput(page).evaluate((input: HTMLInputElement, data: DataTransfer) => {
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, chosen);
  await expect(errors(page)).toContainText(`Could not open “huge.json”: file: is 201.0 MB; ${LIMIT_MESSAGE}`);
  await errors(page)
    .getByRole('button', { name: /^Dismiss: Could not open “huge\.json”/ })
    .click();
  await expect(errors(page)).toHaveText('');

  await page.locator('body').dispatchEvent('drop', { dataTransfer: await oversized() });
  await expect(errors(page)).toContainText(`Could not open “huge.json”: file: is 201.0 MB; ${LIMIT_MESSAGE}`);
  await expect(heading(page)).toHaveText(curatedTitle);
  await expect(filterStatus(page)).toHaveText(
    `Showing ${curatedEvents.length} of ${curatedEvents.length} events`,
  );
});

test('a ?data= download that announces more than the limit is refused before it is read', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === '/fixture-data/huge.json',
    (route) =>
      route.fulfill({
        body: fixtureText('hand-written.json'),
        contentType: 'application/json',
        headers: { 'content-length': String(300 * 1024 * 1024) },
      }),
  );
  await page.goto('/?data=/fixture-data/huge.json');
  await expect(errors(page)).toContainText(
    `Could not open the dataset at /fixture-data/huge.json: file: is 300.0 MB; ${LIMIT_MESSAGE}`,
  );
  await expect(heading(page)).toHaveText(curatedTitle);
});

test('Back and Forward move between a ?data= dataset and the built-in one', async ({ page }) => {
  await serveFixtures(page);
  await page.goto('/?data=/fixture-data/hand-written.json');
  await expect(heading(page)).toHaveText('Black Sea grain corridor, summer 2023 (hand-written)');
  await chooseFromDataMenu(page, 'Back to the built-in dataset');
  await expect(heading(page)).toHaveText(curatedTitle);
  await expect(page).not.toHaveURL(/data=/);

  await page.goBack();
  await expect(page).toHaveURL(/data=/);
  await expect(heading(page)).toHaveText('Black Sea grain corridor, summer 2023 (hand-written)');
  await page.goForward();
  await expect(page).not.toHaveURL(/data=/);
  // The address no longer names a dataset, so the page must show the built-in one again.
  await expect(heading(page)).toHaveText(curatedTitle);
  await expect(filterStatus(page)).toHaveText(
    `Showing ${curatedEvents.length} of ${curatedEvents.length} events`,
  );
});
