import {
  actorsGroup,
  chooseFromDataMenu,
  closeFilters,
  detailsHeading,
  filterStatus,
  importReport,
  item,
  openDatasetFile,
  openFilters,
  timeline,
} from './app-page';
import { curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import {
  expectLoaded,
  exportAs,
  fixturePath,
  fixtureText,
  heading,
  openBuiltin,
  parseCsv,
  problemList,
  reportLine,
  reportText,
} from './import-page';

/*
 * Bring your own data and take it out again: the three import formats through the file picker and a drop; the
 * import report; CSV and dataset exports, and the dataset export imported back unchanged. Links that open a
 * dataset are in import-links.spec.ts, files as real-world exports come in import-real-world.spec.ts.
 */

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
  'display_date',
  'latitude',
  'longitude',
  'location_precision',
  'fatalities',
  'quote_status',
];

interface Sample {
  readonly file: string;
  /** As the report names it. */
  readonly format: 'ACLED CSV' | 'TimelineJS' | 'dataset';
  readonly title: string;
  /** Titles of the events that load, in time order. */
  readonly titles: readonly string[];
  readonly repaired: number;
  readonly dropped: number;
  /** The import problems, in the order the report lists them. */
  readonly problems: readonly string[];
  /** How the file was read, where the report says it. */
  readonly note?: string;
  /** Events repaired again when the export is read back: those whose quotes are not found or have no actor. */
  readonly repairedAgain: number;
  /** One exported CSV row, cell by cell, and how it must appear in the raw file (quoting included). */
  readonly csvRow: readonly string[];
  readonly csvRaw: string;
}

const SAMPLES: readonly Sample[] = [
  {
    file: 'acled-sample.csv',
    format: 'ACLED CSV',
    title: 'ACLED events: acled-sample.csv',
    titles: [
      'Air/drone strike in Odesa',
      'Shelling/artillery/missile attack in Mykolaiv',
      'Disrupted weapons use in Kharkiv',
      'Armed clash in Pokrovsk',
      'Armed clash in Vovchansk',
      'Attack in Kherson',
      'Mob violence in Lviv',
      'Agreement in Washington',
    ],
    repaired: 1,
    dropped: 2,
    repairedAgain: 0,
    problems: [
      'Dropped line 4.event_date: is empty; every ACLED row needs a date',
      'Dropped line 5.event_date: "2024-02-30" has day 30, but 2024-02 has 29 days',
      'Repaired line 7.event_id_cnty: repeats the event id "UKR1001" of line 2 in a different row; this one is given the id "ukr1001-2"',
    ],
    note: 'Note: event_date: numeric dates are read month first (month/day/year), not in ACLED\'s day-first order, because line 6 has "11/18/2024": there is no month 18',
    csvRow: [
      'ukr1002',
      '2024-11-17',
      'Sunday 17 November 2024',
      'Shelling/artillery/missile attack in Mykolaiv',
      'Shelling hit a residential district in Mykolaiv; the regional governor said, "several houses were damaged", and two people were injured.',
      'explosions-remote-violence',
      'Military Forces of Russia (2000-) | Civilians (Ukraine) | Health Workers (Ukraine)',
      'Mykolaiv, Mykolaivska, Ukraine',
      'Suspilne',
      'UKR1002: Shelling hit a residential district in Mykolaiv; the regional governor said, "several houses were damaged", and two people were injured.',
      'https://acleddata.com/',
      '',
      '46.975',
      '31.9946',
      '',
      '0',
      'verified',
    ],
    csvRaw:
      '"Shelling hit a residential district in Mykolaiv; the regional governor said, ""several houses were damaged"", and two people were injured."',
  },
  {
    file: 'timelinejs-sample.json',
    format: 'TimelineJS',
    title: 'Winter talks & strikes',
    titles: ['Talks open in Geneva', 'Strike on the power grid', 'Talks adjourn', 'Winter aid deliveries'],
    repaired: 0,
    dropped: 1,
    repairedAgain: 0,
    problems: ['Dropped events[2].start_date: is missing; every TimelineJS event needs a start date'],
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
      // The event's media address stays with the event: it is not the address of its source.
      '',
      '',
      '',
      '',
      '',
      '',
      'verified',
    ],
    csvRaw: 'aid-winter,2024-12/2025-02,December 2024 – February 2025,Winter aid deliveries,',
  },
  {
    file: 'hand-written.json',
    format: 'dataset',
    title: 'Black Sea grain corridor, summer 2023 (hand-written)',
    titles: [
      'Russia lets the grain deal lapse',
      'Turkey offers to keep talking',
      "Strikes on Odesa's grain port",
      'An event naming an actor nobody listed',
      'An event whose quote is not in the article',
    ],
    repaired: 2,
    dropped: 0,
    repairedAgain: 2,
    problems: [
      'Repaired events[3].excerpts[0].exact: not found in source "gazette-grain"; the quote is kept, marked "quote not found in the source"',
      'Repaired events[4].actors[0].actor: unknown actor "black-sea-fleet"; left out of the event',
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
      '',
      '',
      '',
      '',
      '',
      'verified',
    ],
    csvRaw: '"Drones and missiles hit port facilities in Odesa and destroyed about 60,000 tonnes of grain."',
  },
];

for (const sample of SAMPLES) {
  test(`${sample.file}: opens with its bad records reported, exports, and imports back unchanged`, async ({
    page,
  }, testInfo) => {
    await openBuiltin(page);
    const count = sample.titles.length;
    await openDatasetFile(page, fixturePath(sample.file));
    await expect(reportLine(page)).toHaveText(reportText(sample.file, sample.format, count, sample));
    await expectLoaded(page, sample.title, sample.titles);
    if (sample.note) await expect(importReport(page).getByText(sample.note, { exact: true })).toBeVisible();
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
    expect(exported.version).toBe(2);
    expect(exported.title).toBe(sample.title);
    expect(exported.events.map((event) => event.title)).toEqual(sample.titles);

    // Back to the built-in dataset is one click; then the export opens again as it was exported.
    await chooseFromDataMenu(page, 'Back to the built-in dataset');
    await expect(heading(page)).toHaveText(curatedTitle);
    await expect(reportLine(page)).toHaveCount(0);

    await openDatasetFile(page, json.path);
    // A quote not found, or an event left without actors, is said so again; nothing else needs mending.
    await expect(reportLine(page)).toHaveText(
      reportText(json.name, 'dataset', count, { repaired: sample.repairedAgain }),
    );
    await expectLoaded(page, sample.title, sample.titles);
    await expect(importReport(page).getByText(/ problems? found$/)).toHaveCount(
      sample.repairedAgain > 0 ? 1 : 0,
    );
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
  // The event left without an actor (its only one was unknown) is not among the actors still checked.
  await expect(filterStatus(page)).toHaveText('Showing 3 of 5 events');

  const csv = await exportAs(page, 'Export 3 events as CSV', (name) => testInfo.outputPath(name));
  const rows = parseCsv(csv.text);
  expect(rows.map((row) => row[0])).toEqual([
    'id',
    'grain-initiative-lapses',
    'odesa-port-strikes',
    'misquoted-event',
  ]);
  // A quote not found in its source is exported as such, never as verified.
  expect(rows.map((row) => row.at(-1))).toEqual([
    'quote_status',
    'verified',
    'verified',
    'quote not found in the source',
  ]);

  const json = await exportAs(page, 'Export as dataset (JSON)', (name) => testInfo.outputPath(name));
  const exported = JSON.parse(json.text) as { actors: { id: string }[]; events: { id: string }[] };
  expect(exported.events.map((event) => event.id)).toEqual([
    'grain-initiative-lapses',
    'odesa-port-strikes',
    'misquoted-event',
  ]);
  // Only the actors those events name travel with them.
  expect(exported.actors.map((actor) => actor.id)).toEqual(['russia', 'ukraine']);

  await openDatasetFile(page, json.path);
  await expect(reportLine(page)).toHaveText(reportText(json.name, 'dataset', 3, { repaired: 1 }));
  await expectLoaded(page, 'Black Sea grain corridor, summer 2023 (hand-written)', [
    'Russia lets the grain deal lapse',
    "Strikes on Odesa's grain port",
    'An event whose quote is not in the article',
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
  await expect(reportLine(page)).toHaveText(
    reportText('timelinejs-sample.json', 'TimelineJS', 4, { dropped: 1 }),
  );
  await expectLoaded(page, 'Winter talks & strikes', SAMPLES[1]!.titles);
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
