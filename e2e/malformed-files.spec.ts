import type { Page } from '@playwright/test';
import {
  chooseFromDataMenu,
  details,
  detailsHeading,
  errors,
  filterStatus,
  importReport,
  item,
  openDatasetFile,
} from './app-page';
import { curatedEvent, curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import { heading, reportLine } from './import-page';

/*
 * Files broken in every way we could think of: each that cannot be read at all is refused with an error naming
 * why, and the built-in dataset stays usable; one with repeated ids and references to nothing loads whole, each
 * mend listed. (Files with script payloads are in hostile-input.spec.ts.)
 */

async function selectCuratedEvent(page: Page) {
  const event = curatedEvent('atacms-authorization');
  await item(page, event.title).click();
  await expect(detailsHeading(page)).toHaveText(event.title);
}

const DEEP = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const ONE_SOURCE = [
  {
    id: 'report',
    title: 'A report',
    publisher: 'Example',
    url: 'https://example.org/report',
    published: '2024-11',
    text: 'Some text. More text.',
  },
];
const eventRecord = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  summary: 'A summary.',
  date: '2024-11',
  dateBasis: 'The report says November.',
  category: 'report',
  actors: [{ actor: 'someone' }],
  excerpts: [{ source: 'report', exact: 'Some text.' }],
  ...extra,
});
const dataset = (
  events: unknown[],
  actors: unknown[] = [{ id: 'someone', name: 'Someone', kind: 'person' }],
) => JSON.stringify({ version: 1, title: 'Broken', description: '', sources: ONE_SOURCE, actors, events });

const FORMATS =
  'a dataset of this app (JSON), a TimelineJS file (JSON) or an ACLED export (CSV with the columns event_id_cnty and event_date)';

/** Files that cannot be opened at all: each gives a notice naming the problem, and the built-in dataset stays. */
const UNREADABLE: { name: string; text: string; message: string | RegExp }[] = [
  { name: 'empty.json', text: '', message: 'file: is empty' },
  {
    name: 'not-json.json',
    text: 'this is not JSON at all',
    message: /^Could not open “not-json\.json”: file: is not valid JSON: .+/,
  },
  {
    name: 'truncated.json',
    text: dataset([eventRecord('cut-off', 'Cut off')]).slice(0, 120),
    message: /^Could not open “truncated\.json”: file: is not valid JSON: .*position \d+/,
  },
  {
    name: 'notes.txt',
    text: 'Dear diary, today I made a timeline.',
    message: `file: is a CSV file without the ACLED column(s) event_id_cnty, event_date in its first line; this app reads ${FORMATS}`,
  },
  {
    name: 'list.json',
    text: '[]',
    message: `file: must be a JSON object (${FORMATS}), not an array`,
  },
  {
    name: 'version-only.json',
    text: '{"version":1}',
    message: 'dataset.events: is missing: there is nothing to read',
  },
  {
    name: 'wrong-types.json',
    text: '{"version":1,"title":5,"description":[],"sources":{},"actors":"none","events":null}',
    message: 'dataset.events: must be a list, not null: there is nothing to read',
  },
  {
    name: 'future-version.json',
    text: '{"version":3,"title":"Future","description":"","sources":[],"actors":[],"events":[]}',
    message:
      'dataset.version: is 3, newer than the versions this app reads (1 to 2); read as version 2, so what later versions added is ignored. A newer release of the app reads all of it.; file: has no event that could be loaded',
  },
  {
    name: 'deep.json',
    text: DEEP,
    message: `file: must be a JSON object (${FORMATS}), not an array`,
  },
  {
    name: 'deep-events.json',
    text: `{"version":1,"title":"Deep","description":"","sources":[],"actors":[],"events":${DEEP}}`,
    message: 'events[0]: must be an object, not a list; file: has no event that could be loaded',
  },
  {
    name: 'no-events.json',
    text: dataset([]),
    message: 'file: has no event that could be loaded',
  },
];

for (const { name, text, message } of UNREADABLE) {
  test(`a malformed file (${name}) gives a clear notice and the app stays usable`, async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(curatedTitle);
    await openDatasetFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    // A file refused needs attention: it is an alert, not a status.
    const notice = errors(page).getByRole('listitem');
    await expect(notice).toHaveCount(1);
    await expect(notice.locator('span')).toHaveText(
      typeof message === 'string' ? `Could not open “${name}”: ${message}` : message,
    );
    await expect(heading(page)).toHaveText(curatedTitle);
    await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toHaveCount(0);
    await expect(reportLine(page)).toHaveCount(0);
    await selectCuratedEvent(page);
  });
}

test('duplicate ids and dangling references are repaired and listed; every event loads', async ({ page }) => {
  await page.goto('/');
  const text = dataset(
    [
      eventRecord('first', 'First event'),
      eventRecord('first', 'Second event, same id'),
      eventRecord('second', 'Third event', { related: [{ event: 'nowhere', relation: 'follows' }] }),
      eventRecord('stranger', 'Fourth event', { actors: [{ actor: 'nobody' }] }),
    ],
    [
      { id: 'someone', name: 'Someone', kind: 'person' },
      { id: 'someone', name: 'Someone else', kind: 'person' },
    ],
  );
  await openDatasetFile(page, {
    name: 'duplicates.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(reportLine(page)).toHaveText(
    'Opened “duplicates.json” (dataset): 4 events loaded, 3 of them repaired.',
  );
  await expect(importReport(page)).toContainText('Sources, actors and eras: 1 repaired.');
  await importReport(page).getByText('4 problems found', { exact: true }).click();
  await expect(
    importReport(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem'),
  ).toHaveText([
    'Repaired actors[1].id: repeats the id "someone" of actors[0]; renamed "someone-2"',
    'Repaired events[1].id: repeats the id "first" of events[0]; renamed "first-2"',
    'Repaired events[3].actors[0].actor: unknown actor "nobody"; left out of the event',
    'Repaired events[2].related[0].event: unknown event "nowhere"; the relation is left out',
  ]);
  await expect(heading(page)).toHaveText('Broken');
  await expect(filterStatus(page)).toHaveText('Showing 4 of 4 events');
  await item(page, 'Fourth event').click();
  await expect(detailsHeading(page)).toHaveText('Fourth event');
  await item(page, 'Third event').click();
  await expect(detailsHeading(page)).toHaveText('Third event');
  await expect(details(page).getByRole('heading', { name: 'Related events' })).toHaveCount(0);

  await chooseFromDataMenu(page, 'Back to the built-in dataset');
  await expect(heading(page)).toHaveText(curatedTitle);
  await selectCuratedEvent(page);
});
