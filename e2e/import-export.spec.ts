import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import {
  actorsGroup,
  chooseFromDataMenu,
  closeFilters,
  detailsHeading,
  filterStatus,
  importReport,
  item,
  notices,
  openDatasetFile,
  openFilters,
  timeline,
} from './app-page';
import { curatedEvent, curatedEvents, curatedTitle } from './curated-data';
import { expect, test } from './fixtures';

/*
 * Bring your own data and take it out again: the three import formats through the file picker, a drop and a
 * `?data=` link; the import report; CSV and dataset exports, and the dataset export imported back unchanged.
 */

const fixturePath = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

const heading = (page: Page): Locator => page.getByRole('heading', { level: 1 });
/** The Data menu's hidden file input, for files a real picker cannot hand over (see the size limit test). */
const fileInput = (page: Page): Locator => page.getByLabel('Open a dataset…', { exact: true });
const backToBuiltin = (page: Page): Locator =>
  page.getByRole('menuitem', { name: 'Back to the built-in dataset', includeHidden: true });
/** The first line of the import report: "Opened “x” (format): N events loaded, …". */
const reportLine = (page: Page): Locator => importReport(page).getByText(/^Opened “/);
const progressBar = (page: Page): Locator => page.getByRole('progressbar', { name: 'Loading the dataset' });

/** Opens the "N problems found" disclosure and returns its list. */
async function problemList(page: Page, count: number): Promise<Locator> {
  const summary = `${count} problem${count === 1 ? '' : 's'} found`;
  await importReport(page).getByText(summary, { exact: true }).click();
  const list = importReport(page).getByRole('list', { name: 'Import problems' });
  await expect(list).toBeVisible();
  return list;
}

/** Clicks an export button; keeps the download under its suggested name, so it can be opened again. */
async function exportAs(
  page: Page,
  button: string | RegExp,
  outputPath: (name: string) => string,
): Promise<{ name: string; path: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await chooseFromDataMenu(page, button);
  const download = await downloading;
  const name = download.suggestedFilename();
  const path = outputPath(name);
  await download.saveAs(path);
  return { name, path, text: await readFile(path, 'utf8') };
}

/** RFC 4180: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char !== '"') field += char;
      else if (text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const CSV_HEADER = [
  'id',
  'date',
  'date_text',
  'title',
  'summary',
  'category',
  'actors',
  'place',
  'attribution',
  'quotes',
  'source_urls',
];

interface Sample {
  readonly file: string;
  readonly format: 'acled-csv' | 'timelinejs' | 'dataset-v1';
  readonly title: string;
  /** Titles of the events that load, in time order. */
  readonly titles: readonly string[];
  readonly dropped: number;
  /** The import problems, in the order the report lists them. */
  readonly problems: readonly string[];
  /** One exported CSV row, cell by cell, and how it must appear in the raw file (quoting included). */
  readonly csvRow: readonly string[];
  readonly csvRaw: string;
}

const SAMPLES: readonly Sample[] = [
  {
    file: 'acled-sample.csv',
    format: 'acled-csv',
    title: 'ACLED events: acled-sample.csv',
    titles: [
      'Air/drone strike in Odesa',
      'Shelling/artillery/missile attack in Mykolaiv',
      'Disrupted weapons use in Kharkiv',
      'Armed clash in Vovchansk',
      'Attack in Kherson',
      'Mob violence in Lviv',
      'Agreement in Washington',
    ],
    dropped: 3,
    problems: [
      'line 4.event_date: is empty; every ACLED row needs a date',
      'line 5.event_date: "2024-02-30" has day 30, but that month has 29 days',
      'line 7.event_id_cnty: duplicates the event id "UKR1001" of line 2; ACLED event ids are unique, so this row is dropped',
    ],
    csvRow: [
      'ukr1002',
      '2024-11-17',
      'Sunday 17 November 2024',
      'Shelling/artillery/missile attack in Mykolaiv',
      'Shelling hit a residential district in Mykolaiv; the regional governor said, "several houses were damaged", and two people were injured. Reported fatalities: 0.',
      'explosions-remote-violence',
      'Military Forces of Russia (2000-) | Civilians (Ukraine) | Health Workers (Ukraine)',
      'Mykolaiv, Mykolaivska, Ukraine',
      'Suspilne',
      'UKR1002: Shelling hit a residential district in Mykolaiv; the regional governor said, "several houses were damaged", and two people were injured.',
      'https://acleddata.com/',
    ],
    csvRaw:
      '"Shelling hit a residential district in Mykolaiv; the regional governor said, ""several houses were damaged"", and two people were injured. Reported fatalities: 0."',
  },
  {
    file: 'timelinejs-sample.json',
    format: 'timelinejs',
    title: 'Winter talks & strikes',
    titles: ['Talks open in Geneva', 'Strike on the power grid', 'Talks adjourn', 'Winter aid deliveries'],
    dropped: 1,
    problems: ['events[2].start_date: is missing; every TimelineJS event needs a start date'],
    csvRow: [
      'grid-strike',
      '2024-11-17',
      'Sunday 17 November 2024',
      'Strike on the power grid',
      // The <script> element of the TimelineJS text is gone with its content; the rest is plain text.
      'Missiles hit power plants. Officials said at least seven people died.',
      'strikes',
      'Strikes',
      '',
      '',
      'grid-strike: Strike on the power grid — Missiles hit power plants. Officials said at least seven people died.',
      'https://example.org/grid-strike',
    ],
    csvRaw: 'aid-winter,2024-12/2025-02,December 2024 – February 2025,Winter aid deliveries,',
  },
  {
    file: 'hand-written.json',
    format: 'dataset-v1',
    title: 'Black Sea grain corridor, summer 2023 (hand-written)',
    titles: [
      'Russia lets the grain deal lapse',
      'Turkey offers to keep talking',
      "Strikes on Odesa's grain port",
    ],
    dropped: 2,
    problems: [
      'events[3].excerpts[0].exact: not found in source "gazette-grain"',
      'events[4].actors[0].actor: unknown actor "black-sea-fleet"',
    ],
    csvRow: [
      'odesa-port-strikes',
      '2023-07-19',
      'Wednesday 19 July 2023',
      "Strikes on Odesa's grain port",
      'Drones and missiles hit port facilities in Odesa and destroyed about 60,000 tonnes of grain.',
      'strike',
      'Russia | Ukraine',
      'Odesa, Ukraine',
      'Ukraine’s agriculture ministry',
      'drones and missiles struck port facilities in Odesa, destroying about 60,000 tonnes of grain',
      'https://example.org/news/grain-deal-lapses',
    ],
    csvRaw: '"Drones and missiles hit port facilities in Odesa and destroyed about 60,000 tonnes of grain."',
  },
];

function reportText(name: string, format: string, loaded: number, dropped: number): string {
  const tail = dropped > 0 ? `, ${dropped} record${dropped === 1 ? '' : 's'} dropped.` : ', nothing dropped.';
  return `Opened “${name}” (${format}): ${loaded} events loaded${tail}`;
}

async function expectLoaded(page: Page, title: string, titles: readonly string[]) {
  await expect(heading(page)).toHaveText(title);
  await expect(filterStatus(page)).toHaveText(`Showing ${titles.length} of ${titles.length} events`);
  for (const eventTitle of titles) await expect(item(page, eventTitle)).toBeVisible();
}

async function openBuiltin(page: Page) {
  await page.goto('/');
  await expect(heading(page)).toHaveText(curatedTitle);
}

for (const sample of SAMPLES) {
  test(`${sample.file}: opens with its bad records reported, exports, and imports back unchanged`, async ({
    page,
  }, testInfo) => {
    await openBuiltin(page);
    const count = sample.titles.length;
    await openDatasetFile(page, fixturePath(sample.file));
    await expect(reportLine(page)).toHaveText(reportText(sample.file, sample.format, count, sample.dropped));
    await expectLoaded(page, sample.title, sample.titles);
    const problems = await problemList(page, sample.problems.length);
    await expect(problems.getByRole('listitem')).toHaveText([...sample.problems]);

    // Selecting an imported event shows it.
    await item(page, sample.titles[0]!).click();
    await expect(detailsHeading(page)).toHaveText(sample.titles[0]!);

    const csv = await exportAs(page, `Export ${count} events as CSV`, (name) => testInfo.outputPath(name));
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.slice(1).map((row) => row[3])).toEqual(sample.titles);
    expect(rows).toContainEqual(sample.csvRow);
    expect(csv.text).toContain(sample.csvRaw);
    expect(csv.text.endsWith('\r\n')).toBe(true);

    const json = await exportAs(page, 'Export as dataset (JSON)', (name) => testInfo.outputPath(name));
    expect(json.name).toMatch(/\.json$/);
    const exported = JSON.parse(json.text) as { version: number; title: string; events: { title: string }[] };
    expect(exported.version).toBe(1);
    expect(exported.title).toBe(sample.title);
    expect(exported.events.map((event) => event.title)).toEqual(sample.titles);

    // Back to the built-in dataset is one click; then the export opens again as it was exported.
    await chooseFromDataMenu(page, 'Back to the built-in dataset');
    await expect(heading(page)).toHaveText(curatedTitle);
    await expect(reportLine(page)).toHaveCount(0);

    await openDatasetFile(page, json.path);
    await expect(reportLine(page)).toHaveText(reportText(json.name, 'dataset-v1', count, 0));
    await expectLoaded(page, sample.title, sample.titles);
    await expect(importReport(page).getByRole('list', { name: 'Import problems' })).toHaveCount(0);
    const again = await exportAs(page, 'Export as dataset (JSON)', (name) =>
      testInfo.outputPath(`again-${name}`),
    );
    expect(again.text).toBe(json.text);
  });
}

test('the exports hold only the filtered events, and the filtered dataset imports back', async ({
  page,
}, testInfo) => {
  await openBuiltin(page);
  await openDatasetFile(page, fixturePath('hand-written.json'));
  await expect(heading(page)).toHaveText('Black Sea grain corridor, summer 2023 (hand-written)');
  await openFilters(page);
  await actorsGroup(page).getByRole('checkbox', { name: 'Turkey' }).uncheck();
  await closeFilters(page);
  await expect(filterStatus(page)).toHaveText('Showing 2 of 3 events');

  const csv = await exportAs(page, 'Export 2 events as CSV', (name) => testInfo.outputPath(name));
  expect(parseCsv(csv.text).map((row) => row[0])).toEqual([
    'id',
    'grain-initiative-lapses',
    'odesa-port-strikes',
  ]);

  const json = await exportAs(page, 'Export as dataset (JSON)', (name) => testInfo.outputPath(name));
  const exported = JSON.parse(json.text) as { actors: { id: string }[]; events: { id: string }[] };
  expect(exported.events.map((event) => event.id)).toEqual(['grain-initiative-lapses', 'odesa-port-strikes']);
  // Only the actors those events name travel with them.
  expect(exported.actors.map((actor) => actor.id)).toEqual(['russia', 'ukraine']);

  await openDatasetFile(page, json.path);
  await expect(reportLine(page)).toHaveText(reportText(json.name, 'dataset-v1', 2, 0));
  await expectLoaded(page, 'Black Sea grain corridor, summer 2023 (hand-written)', [
    'Russia lets the grain deal lapse',
    "Strikes on Odesa's grain port",
  ]);
  // The report sits above the events until the reader dismisses it.
  const reportBox = (await importReport(page).boundingBox())!;
  expect(reportBox.y).toBeLessThan((await timeline(page).boundingBox())!.y);
  await importReport(page).getByRole('button', { name: 'Dismiss the import report' }).click();
  await expect(importReport(page)).toHaveCount(0);

  await openFilters(page);
  await expect(actorsGroup(page).getByRole('checkbox')).toHaveCount(2);
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).toBeChecked();
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Ukraine' })).toBeChecked();
});

test('a file dropped on the page opens', async ({ page }) => {
  await openBuiltin(page);
  const transfer = await page.evaluateHandle(
    ([text, name]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      return data;
    },
    [fixtureText('timelinejs-sample.json'), 'timelinejs-sample.json'] as const,
  );
  const overlay = page.getByText('Drop the file to open it');
  await page.locator('body').dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(overlay).toBeVisible();
  await page.locator('body').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(overlay).toHaveCount(0);
  await expect(reportLine(page)).toHaveText(reportText('timelinejs-sample.json', 'timelinejs', 4, 1));
  await expectLoaded(page, 'Winter talks & strikes', SAMPLES[1]!.titles);
});

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
  await expect(reportLine(page)).toHaveText(reportText('hand-written.json', 'dataset-v1', 3, 2));
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
  await expect(reportLine(page).or(notices(page).getByText(/^Could not open/))).toBeVisible();
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
    await expect(notices(page)).toContainText(
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
  await expect(notices(page)).toContainText(
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
  await expect(notices(page)).toContainText(
    `Could not open “huge.json”: file: is 201.0 MB; ${LIMIT_MESSAGE}`,
  );
  await notices(page)
    .getByRole('button', { name: /^Dismiss: Could not open “huge\.json”/ })
    .click();
  await expect(notices(page)).toHaveText('');

  await page.locator('body').dispatchEvent('drop', { dataTransfer: await oversized() });
  await expect(notices(page)).toContainText(
    `Could not open “huge.json”: file: is 201.0 MB; ${LIMIT_MESSAGE}`,
  );
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
  await expect(notices(page)).toContainText(
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

test('an imported dataset that spans 25 years opens with its first and last events in view', async ({
  page,
}) => {
  await openBuiltin(page);
  const text = 'The agency was founded in March 1999. It closed in November 2024.';
  const dataset = {
    version: 1,
    title: 'Twenty-five years',
    description: 'Two events 25 years apart.',
    sources: [
      {
        id: 'history',
        title: 'A history',
        publisher: 'Example',
        url: 'https://example.org/',
        published: '2024-11',
        text,
      },
    ],
    actors: [{ id: 'agency', name: 'The agency', kind: 'organization' }],
    events: [
      ['founded', 'The agency is founded', '1999-03', 'The agency was founded in March 1999.'],
      ['closed', 'The agency closes', '2024-11', 'It closed in November 2024.'],
    ].map(([id, title, date, exact]) => ({
      id,
      title,
      summary: `${title}.`,
      date,
      dateBasis: 'The history gives the month.',
      category: 'history',
      actors: [{ actor: 'agency' }],
      excerpts: [{ source: 'history', exact }],
    })),
  };
  await openDatasetFile(page, {
    name: 'twenty-five-years.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await expect(heading(page)).toHaveText('Twenty-five years');
  // On a phone the timeline sits below the header and the filters.
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(item(page, 'The agency is founded')).toBeInViewport();
  await expect(item(page, 'The agency closes')).toBeInViewport();
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  await expect(item(page, 'The agency is founded')).toBeInViewport();
  await expect(item(page, 'The agency closes')).toBeInViewport();
});
