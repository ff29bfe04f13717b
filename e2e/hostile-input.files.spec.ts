import {
  chooseFromDataMenu,
  datasetHeading,
  details,
  detailsHeading,
  filterStatus,
  importReport,
  item,
  notices,
  openDatasetFile,
  reportLine,
} from './app-page';
import { curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import { expectBuiltInDatasetUsable, selectCuratedEvent } from './hostile-input';

// Files broken in every way we could think of: a clear notice for each, and the app stays usable.

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
    message:
      'file: is a CSV file without the ACLED column(s) event_id_cnty, event_date in its first line; this app reads a dataset of contract v1 (JSON), a TimelineJS file (JSON) or an ACLED export (CSV with the columns event_id_cnty and event_date)',
  },
  {
    name: 'list.json',
    text: '[]',
    message:
      'file: must be a JSON object (a dataset of contract v1 (JSON), a TimelineJS file (JSON) or an ACLED export (CSV with the columns event_id_cnty and event_date)), not an array',
  },
  {
    name: 'version-only.json',
    text: '{"version":1}',
    message:
      'dataset.title: is required; dataset.description: is required; dataset.sources: is required; dataset.actors: is required; dataset.events: is required',
  },
  {
    name: 'wrong-types.json',
    text: '{"version":1,"title":5,"description":[],"sources":{},"actors":"none","events":null}',
    message:
      'dataset.title: must be a string, not number 5; dataset.description: must be a string, not an array; dataset.sources: must be an array, not an object; dataset.actors: must be an array, not a string; dataset.events: must be an array, not null',
  },
  {
    name: 'wrong-version.json',
    text: '{"version":2,"title":"Future","description":"","sources":[],"actors":[],"events":[]}',
    message: 'dataset.version: must be 1 (this app reads dataset contract version 1)',
  },
  {
    name: 'deep.json',
    text: DEEP,
    message:
      'file: must be a JSON object (a dataset of contract v1 (JSON), a TimelineJS file (JSON) or an ACLED export (CSV with the columns event_id_cnty and event_date)), not an array',
  },
  {
    name: 'deep-events.json',
    text: `{"version":1,"title":"Deep","description":"","sources":[],"actors":[],"events":${DEEP}}`,
    message: 'events[0]: must be an object, not an array; file: has no event that could be loaded',
  },
  {
    name: 'dangling.json',
    text: dataset([eventRecord('orphan', 'Orphan', { actors: [{ actor: 'ghost' }] })]),
    message: 'events[0].actors[0].actor: unknown actor "ghost"; file: has no event that could be loaded',
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
    await expect(datasetHeading(page)).toHaveText(curatedTitle);
    await openDatasetFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const notice = notices(page).getByRole('listitem');
    await expect(notice).toHaveCount(1);
    await expect(notice.locator('span')).toHaveText(
      typeof message === 'string' ? `Could not open “${name}”: ${message}` : message,
    );
    await expect(reportLine(page)).toHaveCount(0);
    await expectBuiltInDatasetUsable(page);
  });
}

test('duplicate ids and dangling references are dropped and listed; the rest loads', async ({ page }) => {
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
    'Opened “duplicates.json” (dataset-v1): 2 events loaded, 3 records dropped.',
  );
  await importReport(page).getByText('4 problems found', { exact: true }).click();
  await expect(
    importReport(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem'),
  ).toHaveText([
    'actors[1].id: duplicates the id "someone" of actors[0]',
    'events[1].id: duplicates the id "first" of events[0]',
    'events[3].actors[0].actor: unknown actor "nobody"',
    'events[2].related[0].event: unknown event "nowhere"',
  ]);
  await expect(datasetHeading(page)).toHaveText('Broken');
  await expect(filterStatus(page)).toHaveText('Showing 2 of 2 events');
  await item(page, 'Third event').click();
  await expect(detailsHeading(page)).toHaveText('Third event');
  await expect(details(page).getByRole('heading', { name: 'Related events' })).toHaveCount(0);

  await chooseFromDataMenu(page, 'Back to the built-in dataset');
  await expect(datasetHeading(page)).toHaveText(curatedTitle);
  await selectCuratedEvent(page);
});
