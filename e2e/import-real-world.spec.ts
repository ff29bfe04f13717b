import type { Page } from '@playwright/test';
import {
  actorsGroup,
  closeFilters,
  details,
  detailsHeading,
  filterStatus,
  importReport,
  item,
  openDatasetFile,
  openFilters,
  timeline,
} from './app-page';
import { violations } from './axe';
import { expect, test } from './fixtures';
import { expectLoaded, heading, openBuiltin, problemList, reportLine } from './import-page';
import { acledExport, isUndated, PROTEST } from '../scripts/synthetic/acled-export';
import { MISTYPED_COLOUR, TIMELINEJS_BC } from './real-world-files';

/*
 * Files as a new user brings them, through the Data menu's file picker: an ACLED export of 10,000 rows as
 * pandas writes it, with every date form, NA cells and the old ally_actor columns; a TimelineJS file with years
 * BC, a time of day and an era; a dataset with one mistyped colour. Every row a person would keep is kept, every
 * loss is named, and no date is silently wrong. The fixture fails the journey on any console error.
 */

const ROWS = 10_000;

async function openFile(page: Page, name: string, mimeType: string, text: string) {
  await openDatasetFile(page, { name, mimeType, buffer: Buffer.from(text) });
}

/** Narrows the events to those matching `query`, then opens the one called `title`. */
async function findAndOpen(page: Page, query: string, title: string, total: string) {
  const filters = await openFilters(page);
  await filters.getByRole('searchbox', { name: 'Search events' }).fill(query);
  await expect(filterStatus(page)).toHaveText(`Showing 1 of ${total} events`);
  await closeFilters(page);
  await item(page, title).click();
  await expect(detailsHeading(page)).toHaveText(title);
}

test('an ACLED export of 10,000 rows as pandas writes it loads whole, its dates read right', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openBuiltin(page);
  await openFile(page, 'acled-10000.csv', 'text/csv', acledExport(ROWS));

  const undated = Array.from({ length: ROWS }, (_, row) => row).filter(isUndated).length;
  const loaded = (ROWS - undated).toLocaleString('en');
  await expect(reportLine(page)).toHaveText(
    `Opened “acled-10000.csv” (ACLED CSV): ${loaded} events loaded, ${undated} dropped.`,
    { timeout: 90_000 },
  );
  await expect(heading(page)).toHaveText('ACLED events: acled-10000.csv');
  await expect(
    importReport(page).getByText(/^Note: event_date: numeric dates .* are read day first/),
  ).toBeVisible();
  // Only the rows without a date are lost, each named by its line (the header is line 1).
  const problems = await problemList(page, undated);
  await expect(problems.getByRole('listitem').first()).toHaveText(
    'Dropped line 1001.event_date: is empty; every ACLED row needs a date',
  );

  // A protest dated only to its month: drawn and worded as approximate, with its place and its toll.
  await findAndOpen(page, 'Omdurman', PROTEST.title, loaded);
  const facts = details(page);
  await expect(facts).toContainText('About 5 August 2019 – about 4 September 2019');
  await expect(facts).toContainText('the source gives only the month');
  await expect(facts).toContainText(PROTEST.place);
  await expect(facts).toContainText('10.7° N, 21.7° E, somewhere in the region named');
  await expect(facts.getByRole('definition').filter({ hasText: /^2$/ })).toHaveCount(1);
  await expect(facts.getByRole('term').filter({ hasText: 'Reported fatalities' })).toHaveCount(1);

  // "3-Jan-15" takes its century from the row's year; "07/01/2015" is day first, as ACLED writes it.
  await findAndOpen(page, 'SDN3:', 'Armed clash in Town 2', loaded);
  await expect(details(page)).toContainText('Saturday 3 January 2015');
  await findAndOpen(page, 'SDN7:', 'Armed clash in Town 6', loaded);
  await expect(details(page)).toContainText('Wednesday 7 January 2015');
  // The old ally_actor columns name associated actors; an actor on both sides keeps both roles; NA and NaN
  // cells are empty, not text.
  await findAndOpen(page, 'SDN1:', 'Armed clash in Town 0', loaded);
  await expect(details(page)).toContainText('Thursday 1 January 2015');
  await expect(details(page)).toContainText('Militia (Pro-Government) — associated with actor 1');
  await expect(details(page)).toContainText('Military Forces of Sudan (2019-) — actor 1 and actor 2');
  await expect(details(page).getByRole('term').filter({ hasText: 'Reported fatalities' })).toHaveCount(0);
  await expect(details(page)).not.toContainText('NaN');
});

test('a TimelineJS file keeps its years BC, its time of day and its era', async ({ page }) => {
  await openBuiltin(page);
  await openFile(page, 'sicily.json', 'application/json', JSON.stringify(TIMELINEJS_BC));
  await expect(reportLine(page)).toHaveText(
    'Opened “sicily.json” (TimelineJS): 2 events loaded, nothing repaired or dropped.',
  );
  await expectLoaded(page, 'The Sicilian Expedition', ['The fleet sails for Sicily', 'Nicias surrenders']);
  // The era is a band behind the events, named as text, and the timeline with it still passes axe.
  await expect(timeline(page).getByText('The expedition', { exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await item(page, 'Nicias surrenders').click();
  await expect(details(page)).toContainText('Thursday 10 September 414 BC, 06:30');
  await expect(details(page)).toContainText('Known to the time of day');
  await item(page, 'The fleet sails for Sicily').click();
  // The date as the file words it, then as the timeline draws it.
  await expect(details(page)).toContainText('Summer 415 BC');
  await expect(details(page)).toContainText('As dated on the timeline: June 416 BC, month only');
});

test('an actor with a mistyped colour keeps its events', async ({ page }) => {
  await openBuiltin(page);
  await openFile(page, 'colour.json', 'application/json', JSON.stringify(MISTYPED_COLOUR));
  await expect(reportLine(page)).toHaveText(
    'Opened “colour.json” (dataset): 2 events loaded, nothing repaired or dropped.',
  );
  await expect(importReport(page)).toContainText('Sources, actors and eras: 1 repaired.');
  const problems = await problemList(page, 1);
  await expect(problems.getByRole('listitem')).toHaveText([
    'Repaired actors[0].color: "blue-ish" is not a colour like "#1f77b4"; left out',
  ]);
  await expectLoaded(page, 'A mistyped colour', ['The ministry meets the envoys', 'The envoys leave']);
  await openFilters(page);
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'The ministry' })).toBeChecked();
  await closeFilters(page);
});
