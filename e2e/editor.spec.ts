import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { validateDataset } from '../src/domain/validate-dataset';
import { curatedTitle } from './curated-data';
import { datasetHeading, details, errors, importReport, item } from './app-page';
import { violations } from './axe';
import {
  addSource,
  article,
  eventForm,
  eventsList,
  field,
  fillEvent,
  notice,
  saveEvent,
  selectPassage,
  selectRange,
  sourceRegion,
  timelineItem,
  timelineItemBox,
  timelineRegion,
} from './editor-page';
import { expect, test } from './fixtures';

/*
 * The timeline editor (/edit/): an article the app has never seen becomes a dataset, every event tied to the
 * exact passage it came from; the draft survives a reload; the download passes the app's own validator.
 */

const REPEATED = 'the bridge was shelled';
const SOURCE = {
  title: 'Bridge shelled twice in one week',
  publisher: 'Example News',
  url: 'https://example.org/news/bridge',
  published: '2024-05-18',
  text: [
    'Officials said the bridge was shelled on Monday, 13 May 2024, and that repairs would take weeks.',
    '“We will rebuild it,” the mayor said on Tuesday.',
    'Residents said the bridge was shelled again on Friday. Talks about a ceasefire began in May.',
  ].join('\n\n'),
};

const NORTHLAND_SHELLING = {
  title: 'Bridge shelled',
  date: '2024-05-13',
  dateBasis: 'The article dates the shelling to Monday, 13 May 2024.',
  summary: 'Officials said the bridge was shelled.',
  category: 'attack',
  actors: ['Northland'],
};

const TALKS = 'Talks about a ceasefire began in May.';

const CEASEFIRE_TALKS = {
  title: 'Ceasefire talks begin',
  date: '2024-05',
  dateBasis: 'The article says the talks began "in May"; it gives no day.',
  summary: 'Talks about a ceasefire began.',
  category: 'diplomacy',
  actors: ['Northland', 'Southland'],
};

const editor = (page: Page) => page.goto('/edit/');

/** An event from the `nth` occurrence of `passage` in the source, saved. */
async function eventFrom(page: Page, passage: string, event: typeof NORTHLAND_SHELLING, nth = 0) {
  await selectPassage(page, SOURCE.text, passage, nth);
  await sourceRegion(page).getByRole('button', { name: 'New event from selection' }).click();
  await fillEvent(page, event);
  await saveEvent(page, event.title);
}

/** The source and two events from it, in a new draft. */
async function twoEventDraft(page: Page) {
  await editor(page);
  await addSource(page, SOURCE);
  await eventFrom(page, REPEATED, NORTHLAND_SHELLING, 1);
  await eventFrom(page, TALKS, CEASEFIRE_TALKS);
}

test('an article becomes a three-event timeline that survives a reload and downloads as a valid dataset', async ({
  page,
}, testInfo) => {
  await editor(page);
  await addSource(page, SOURCE);
  await expect(notice(page)).toHaveText(/^Added the source “Bridge shelled twice in one week”/);

  // A month-only date, from a passage selected with the keyboard: Shift and the arrow keys.
  const talks = 'Talks about a ceasefire began in May.';
  await article(page).focus();
  await page.keyboard.press('Control+End');
  for (let step = 0; step < talks.length; step += 1) await page.keyboard.press('Shift+ArrowLeft');
  await expect(sourceRegion(page).getByRole('status')).toHaveText(
    `Selected: “${talks}” (${talks.length} characters)`,
  );
  await sourceRegion(page).getByRole('button', { name: 'New event from selection' }).click();
  await expect(field(eventForm(page), 'Title')).toBeFocused();
  await fillEvent(page, {
    title: 'Ceasefire talks begin',
    date: '2024-05',
    dateBasis: 'The article says the talks began "in May"; it gives no day.',
    summary: 'Talks about a ceasefire began.',
    category: 'diplomacy',
    actors: ['Northland', 'Southland'],
  });
  await expect(eventForm(page).getByText('Understood as: May 2024, month only.')).toBeVisible();
  await saveEvent(page, 'Ceasefire talks begin');

  // The repeated phrase, second occurrence; an impossible date is refused, and says why.
  await selectPassage(page, SOURCE.text, REPEATED, 1);
  await sourceRegion(page).getByRole('button', { name: 'New event from selection' }).click();
  await fillEvent(page, {
    ...NORTHLAND_SHELLING,
    title: 'Bridge shelled again',
    date: '2024-02-30',
    actors: [],
  });
  const actors = eventForm(page).getByRole('combobox', { name: 'Actors' });
  await actors.fill('north');
  await expect(eventForm(page).getByRole('option', { name: 'Northland' })).toBeVisible();
  await actors.press('ArrowDown');
  await actors.press('Enter');
  await expect(eventForm(page).getByRole('list', { name: 'Actors of this event' })).toContainText(
    'Northland',
  );
  await expect(
    eventForm(page).getByText('Not a date: "2024-02-30" has day 30, but that month has 29 days.'),
  ).toBeVisible();
  await eventForm(page).getByRole('button', { name: 'Save event' }).click();
  const refusal = eventForm(page).getByRole('alert');
  await expect(refusal).toContainText('Not saved: fix this first.');
  await refusal
    .getByRole('link', { name: 'Date: "2024-02-30" has day 30, but that month has 29 days' })
    .click();
  await expect(field(eventForm(page), 'Date')).toBeFocused();
  await field(eventForm(page), 'Date').fill('2024-05-17');
  await saveEvent(page, 'Bridge shelled again');

  // A reload in the middle: the draft is on the device, and the address names it.
  await expect(page).toHaveURL(/\/edit\/\?draft=[\w-]+$/);
  await expect(page.getByText('Saved on this device.')).toBeVisible();
  await page.reload();
  await expect(eventsList(page).getByRole('button')).toHaveCount(2);
  await expect(article(page).locator('mark')).toHaveCount(2);

  // The first occurrence of the repeated phrase; then a second quote across two paragraphs.
  await selectPassage(page, SOURCE.text, REPEATED, 0);
  await sourceRegion(page).getByRole('button', { name: 'New event from selection' }).click();
  await fillEvent(page, NORTHLAND_SHELLING);
  const crossing = { start: SOURCE.text.indexOf('weeks.'), end: SOURCE.text.indexOf(' the mayor') };
  await selectRange(page, crossing.start, crossing.end);
  await eventForm(page).getByRole('button', { name: 'Add selection to this event' }).click();
  await expect(eventForm(page).locator('blockquote')).toHaveText([
    REPEATED,
    'weeks.\n\n“We will rebuild it,”',
  ]);
  await saveEvent(page, 'Bridge shelled');

  // Choosing a mark opens its event; a relation to another event.
  await article(page).locator('mark', { hasText: 'Talks about' }).click();
  await expect(eventForm(page).getByRole('heading', { name: 'Edit “Ceasefire talks begin”' })).toBeVisible();
  await eventForm(page).getByRole('combobox', { name: 'Relation' }).selectOption('caused-by');
  await eventForm(page)
    .getByRole('combobox', { name: 'Other event' })
    .selectOption({ label: 'Bridge shelled again' });
  await eventForm(page).getByRole('button', { name: 'Add relation' }).click();
  await expect(eventForm(page).getByRole('group', { name: 'Relations' })).toContainText(
    'Caused by: Bridge shelled again',
  );
  await expect(page.getByRole('region', { name: 'Problems (0)' })).toContainText(
    'None: the draft is a valid dataset.',
  );

  // The download is a dataset the app's validator accepts whole, each quote where it was selected.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download dataset (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('bridge-shelled-twice-in-one-week.json');
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const result = validateDataset(JSON.parse(await readFile(path, 'utf8')));
  expect(result.problems).toEqual([]);
  if (!result.ok) throw new Error('the download did not validate');
  const { dataset } = result;
  expect(dataset.events.map((event) => event.title).sort()).toEqual([
    'Bridge shelled',
    'Bridge shelled again',
    'Ceasefire talks begin',
  ]);
  const again = dataset.eventById.get('bridge-shelled-again')!;
  expect(again.excerpts[0]).toMatchObject({ exact: REPEATED, start: SOURCE.text.lastIndexOf(REPEATED) });
  expect(dataset.eventById.get('bridge-shelled')!.excerpts.map((excerpt) => excerpt.start)).toEqual([
    SOURCE.text.indexOf(REPEATED),
    crossing.start,
  ]);
  expect(dataset.eventById.get('ceasefire-talks-begin')!.related).toEqual([
    { eventId: 'bridge-shelled-again', relation: 'caused-by' },
  ]);
  expect(dataset.actors.map((actor) => actor.name)).toEqual(['Northland', 'Southland']);
});

test('with the keyboard alone, the caret in a quote opens its event with Enter', async ({ page }) => {
  await editor(page);
  await addSource(page, SOURCE);
  await selectPassage(page, SOURCE.text, 'Officials said');
  await sourceRegion(page).getByRole('button', { name: 'New event from selection' }).click();
  await fillEvent(page, NORTHLAND_SHELLING);
  await saveEvent(page, 'Bridge shelled');
  await article(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await expect(sourceRegion(page).getByRole('status')).toHaveText(
    'In a quote of “Bridge shelled”: press Enter to open it.',
  );
  await page.keyboard.press('Enter');
  await expect(eventForm(page).getByRole('heading', { name: 'Edit “Bridge shelled”' })).toBeVisible();
  await expect(article(page)).toHaveText(SOURCE.text.replace(/\n\n/g, ''));
});

test('an opened .html file gives only its text, in paragraphs: none of its scripts run, none of its images load', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('tracker')) requested.push(request.url());
  });
  await editor(page);
  const html = `<!doctype html><html><head><title>Port struck at dawn</title>
    <style>body { background: url(/tracker-style.png) }</style>
    <script>window.ranScript = true; fetch('/tracker-fetch');</script></head>
    <body><nav>Home | World</nav><article><h1>Port struck at dawn</h1>
    <p>The port was <em>struck</em> at dawn.<img src="/tracker-image.png" onerror="window.ranScript = true"></p>
    <p>Crews   worked
      all day.</p><script>window.ranScript = true</script></article></body></html>`;
  await page
    .getByLabel('Open a text file')
    .setInputFiles({ name: 'port.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const sourceForm = page.getByRole('form', { name: 'New source' });
  await expect(field(sourceForm, 'Article text')).toHaveValue(
    'Port struck at dawn\n\nThe port was struck at dawn.\n\nCrews worked all day.',
  );
  await expect(field(sourceForm, 'Source title')).toHaveValue('Port struck at dawn');
  expect(await page.evaluate(() => (window as { ranScript?: boolean }).ranScript)).toBeUndefined();
  expect(requested).toEqual([]);
});

test('a file that is not text is refused with its name', async ({ page }) => {
  await editor(page);
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  await page
    .getByLabel('Open a text file')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('alert')).toHaveText(
    '“photo.png” is not a text file. Open a .txt or .html file, or paste the article’s text.',
  );
});

test('where the browser will not store drafts, the editor says so at once and offers the download; nothing is lost', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => ({
        open: () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      }),
    });
  });
  await editor(page);
  await expect(page.getByText('This browser lists no drafts')).toBeVisible();
  await addSource(page, SOURCE);
  await expect(page.getByRole('alert')).toContainText(
    'This browser would not keep the draft on this device (The user denied permission to access the database.)',
  );
  await selectPassage(page, SOURCE.text, REPEATED, 1);
  await sourceRegion(page).getByRole('button', { name: 'New event from selection' }).click();
  await fillEvent(page, NORTHLAND_SHELLING);
  await saveEvent(page, 'Bridge shelled');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download dataset (JSON)' }).click();
  const downloaded = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(validateDataset(downloaded)).toMatchObject({ ok: true, problems: [] });
  expect(downloaded.events).toHaveLength(1);
});

test('the built-in dataset opens as a new draft, with every quote marked', async ({ page }) => {
  await editor(page);
  await page.getByRole('button', { name: 'Edit the built-in dataset' }).click();
  await expect(notice(page)).toHaveText(/^Opened “.+” as a new draft: \d+ events\.$/);
  const count = Number(/(\d+) events/.exec((await notice(page).textContent()) ?? '')?.[1]);
  await expect(eventsList(page).getByRole('button')).toHaveCount(count);
  await expect(article(page).locator('mark').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems (0)' })).toBeVisible();
});

test('drafts are listed to reopen or delete', async ({ page }) => {
  await editor(page);
  await addSource(page, SOURCE);
  await expect(page.getByText('Saved on this device.')).toBeVisible();
  const drafts = page.getByRole('region', { name: 'Drafts on this device' });
  await drafts.getByRole('button', { name: 'New draft' }).click();
  await expect(sourceRegion(page)).toContainText('Add a source first');
  await drafts.getByRole('button', { name: `Open “${SOURCE.title}”` }).click();
  await expect(article(page)).toContainText('Officials said');
  await drafts.getByRole('button', { name: `Delete “${SOURCE.title}”` }).click();
  await drafts
    .getByRole('group', { name: `Delete “${SOURCE.title}”?` })
    .getByRole('button', { name: 'Delete for good' })
    .click();
  await expect(drafts).toContainText('None yet.');
  await expect(sourceRegion(page)).toContainText('Add a source first');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the editor, empty and with an event being written (${colorScheme} theme)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await editor(page);
    expect(await violations(page)).toEqual([]);
    await addSource(page, SOURCE);
    await selectPassage(page, SOURCE.text, REPEATED, 1);
    await sourceRegion(page).getByRole('button', { name: 'New event from selection' }).click();
    await fillEvent(page, { ...NORTHLAND_SHELLING, date: '2024-02-30' });
    await eventForm(page).getByRole('combobox', { name: 'Actors' }).fill('Nor');
    await eventForm(page).getByRole('button', { name: 'Save event' }).click();
    await expect(eventForm(page).getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await field(eventForm(page), 'Date').fill('2024-05-13');
    await saveEvent(page, 'Bridge shelled');
    await article(page).locator('mark').click();
    await expect(eventForm(page)).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('region "Timeline" draws the saved events; choosing one there or in the editor selects it in both', async ({
  page,
}) => {
  await editor(page);
  await expect(timelineRegion(page)).toContainText('Each event you save appears here');
  await addSource(page, SOURCE);
  await eventFrom(page, REPEATED, NORTHLAND_SHELLING, 1);
  await expect(timelineItem(page, NORTHLAND_SHELLING.title)).toBeVisible();
  await eventFrom(page, TALKS, CEASEFIRE_TALKS);
  await expect(timelineItem(page, CEASEFIRE_TALKS.title)).toBeVisible();
  await expect(timelineRegion(page).getByRole('button', { name: /, / })).toHaveCount(2);

  // On the timeline: the event opens in the form.
  await timelineItem(page, CEASEFIRE_TALKS.title).click();
  await expect(
    eventForm(page).getByRole('heading', { name: `Edit “${CEASEFIRE_TALKS.title}”` }),
  ).toBeVisible();
  await expect(timelineItemBox(page, CEASEFIRE_TALKS.title)).toHaveClass(/vis-selected/);

  // In the list, then by its mark in the source: selected on the timeline.
  await eventsList(page).getByRole('button', { name: NORTHLAND_SHELLING.title, exact: true }).click();
  await expect(timelineItemBox(page, NORTHLAND_SHELLING.title)).toHaveClass(/vis-selected/);
  await expect(timelineItemBox(page, CEASEFIRE_TALKS.title)).not.toHaveClass(/vis-selected/);
  await article(page).locator('mark', { hasText: 'Talks about' }).click();
  await expect(timelineItemBox(page, CEASEFIRE_TALKS.title)).toHaveClass(/vis-selected/);

  // An edit is drawn as soon as it is saved.
  await field(eventForm(page), 'Title').fill('Ceasefire talks open');
  await saveEvent(page, 'Ceasefire talks open');
  await expect(timelineItem(page, 'Ceasefire talks open')).toBeVisible();
  await expect(timelineItem(page, CEASEFIRE_TALKS.title)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`"Open in the timeline" opens the draft in the full app, every event and quote, nothing dropped (${colorScheme} theme)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await twoEventDraft(page);
    await expect(page.getByText('Saved on this device.')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    const draftId = new URL(page.url()).searchParams.get('draft');
    await page.getByRole('link', { name: 'Open in the timeline' }).click();

    // The app's own address: the draft, then the window it fitted (written a moment later).
    await expect(page).toHaveURL(new RegExp(`/\\?draft=${draftId}(&|$)`));
    await expect(datasetHeading(page)).toHaveText(SOURCE.title);
    await expect(importReport(page)).toContainText(
      `Opened “${SOURCE.title}” (dataset): 2 events loaded, nothing repaired or dropped.`,
    );
    await expect(item(page, NORTHLAND_SHELLING.title)).toBeVisible();
    await item(page, CEASEFIRE_TALKS.title).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(CEASEFIRE_TALKS.title);
    await expect(details(page).locator('blockquote')).toHaveText(TALKS);
    expect(await violations(page)).toEqual([]);

    // The address keeps the draft: a reload opens it again, from this device.
    await page.reload();
    await expect(datasetHeading(page)).toHaveText(SOURCE.title);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(CEASEFIRE_TALKS.title);
  });
}

test('a link to a draft that is not on this device says so and shows the built-in dataset', async ({
  page,
}) => {
  await page.goto('/?draft=made-on-another-device');
  await expect(errors(page)).toContainText(
    'Could not open the draft “made-on-another-device”: draft: not found on this device (a draft stays in the browser that made it',
  );
  await expect(datasetHeading(page)).toHaveText(curatedTitle);
  await expect(page).not.toHaveURL(/draft=/);
});
