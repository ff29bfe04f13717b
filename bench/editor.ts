/*
 * The editor's row of the bench: on the long article of editor-draft.ts (100,000 characters, 200 events),
 * opened in /edit/ as a dataset to edit, how long selecting a passage and saving an event take, each from the
 * action to the end of the first frame painted once the page shows its result. Page code is passed as strings,
 * as in measure.ts.
 */
import type { Browser, Page } from '@playwright/test';
import { ARTICLE_LENGTH, EVENT_COUNT, longArticle, longDraft } from './editor-draft';
import { VIEWPORT } from './measure';
import { median } from './statistics';

/** Passages selected, and events saved, per page load. */
const SELECTIONS = 5;
const SAVES = 3;

export interface EditorRun {
  readonly selectMs: number[];
  readonly saveMs: number[];
  /** From the same clicks on "Save event" to the paint that shows the event on the region "Timeline". */
  readonly timelineMs: number[];
}

/** What the editor's row reports: the median and the worst of every run's measurements together. */
export interface EditorReport {
  readonly runs: readonly EditorRun[];
  readonly errors: readonly string[];
  readonly select?: { readonly median: number; readonly worst: number };
  readonly save?: { readonly median: number; readonly worst: number };
  readonly timeline?: { readonly median: number; readonly worst: number };
}

/** The editor's measurements, budgeted like the app's (docs/design.md: under 100 ms each). */
export const EDITOR_METRICS = [
  { id: 'select', label: 'editor: select a passage (ms)', budgetMs: 100 },
  { id: 'save', label: 'editor: save an event (ms)', budgetMs: 100 },
  { id: 'timeline', label: 'editor: saved event on its timeline (ms)', budgetMs: undefined },
] as const;

export const EDITOR_DATA_LABEL = `${(ARTICLE_LENGTH / 1000).toFixed(0)}k chars, ${EVENT_COUNT} events`;

function spread(values: readonly number[]) {
  const middle = median(values);
  return middle === undefined ? undefined : { median: middle, worst: Math.max(...values) };
}

export function editorReport(runs: readonly EditorRun[], errors: readonly string[]): EditorReport {
  const pooled = (pick: (run: EditorRun) => number[]) => spread(runs.flatMap(pick));
  const select = pooled((run) => run.selectMs);
  const save = pooled((run) => run.saveMs);
  const timeline = pooled((run) => run.timelineMs);
  return { runs, errors, ...(select && { select }), ...(save && { save }), ...(timeline && { timeline }) };
}

/** In the page: once the frame after now is painted (rAF, then a task after it), as probe.js does. */
const AFTER_PAINT = `() => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(null);
}))`;

/** In the page: resolves once `test()` holds, checked after every DOM change. */
const UNTIL = `(test) => new Promise((resolve) => {
  if (test()) return resolve();
  const observer = new MutationObserver(() => {
    if (!test()) return;
    observer.disconnect();
    resolve();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
})`;

/**
 * Selects [start, end) of the article as a mouse leaves it (runs of text carry their offset in data-start),
 * and times it until the status says what is selected, painted.
 */
function selectPassage(page: Page, start: number, end: number): Promise<number> {
  return page.evaluate(`(async () => {
    const afterPaint = ${AFTER_PAINT};
    const until = ${UNTIL};
    const article = document.querySelector('.editor-article');
    const status = document.querySelector('.selection-status');
    const point = (offset, isEnd) => {
      const run = [...article.querySelectorAll('[data-start]')].find((candidate) => {
        const from = Number(candidate.dataset.start);
        const to = from + candidate.textContent.length;
        return isEnd ? offset > from && offset <= to : offset >= from && offset < to;
      });
      return [run.firstChild, offset - Number(run.dataset.start)];
    };
    const range = document.createRange();
    range.setStart(...point(${start}, false));
    range.setEnd(...point(${end}, true));
    const length = ${end - start};
    const started = performance.now();
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
    await until(() => status.textContent.includes('(' + length.toLocaleString('en') + ' characters)'));
    return (await afterPaint()) - started;
  })()`);
}

/**
 * Clicks "Save event" in the page and times it until the form has closed and the list has the event, painted;
 * then on until the event's item is on the timeline, painted.
 */
function saveEvent(page: Page, events: number, title: string): Promise<{ save: number; timeline: number }> {
  return page.evaluate(`(async () => {
    const afterPaint = ${AFTER_PAINT};
    const until = ${UNTIL};
    const form = document.querySelector('form[aria-label="Event"]');
    const button = [...form.querySelectorAll('button')].find((button) => button.textContent === 'Save event');
    const started = performance.now();
    button.click();
    await until(() => !document.querySelector('form[aria-label="Event"]') &&
      document.querySelectorAll('.event-entry').length === ${events});
    const save = (await afterPaint()) - started;
    await until(() => [...document.querySelectorAll('.timeline-canvas .vis-item')].some(
      (item) => item.textContent.includes(${JSON.stringify(title)})));
    return { save, timeline: (await afterPaint()) - started };
  })()`);
}

async function fillEvent(page: Page, title: string) {
  const form = page.getByRole('form', { name: 'Event' });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await form.getByRole('textbox', { name: 'Date', exact: true }).fill('2024-06-01');
  await form
    .getByRole('textbox', { name: 'How we know the date', exact: true })
    .fill('The report gives the day.');
  await form.getByRole('textbox', { name: 'Summary', exact: true }).fill('Something happened.');
  const actors = form.getByRole('combobox', { name: 'Actors' });
  await actors.fill('Convoy');
  await actors.press('Enter');
}

/** One page load: the long draft opened to edit, then timed selections and saves. */
export async function measureEditorRun(browser: Browser, origin: string): Promise<EditorRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/edit/`);
    await page.getByLabel('Open a dataset to edit').setInputFiles({
      name: 'long-report.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(longDraft())),
    });
    await page.getByRole('region', { name: `Events (${EVENT_COUNT})` }).waitFor();
    await page.getByRole('button', { name: 'Convoy reaches checkpoint 1', exact: true }).waitFor();

    const text = longArticle();
    // Filler passages no event quotes, spread over the article.
    const passage = (step: number) => {
      const start = text.indexOf(
        'officials repeated',
        Math.floor((ARTICLE_LENGTH / (SELECTIONS + SAVES + 1)) * step),
      );
      return { start, end: start + 'officials repeated that repairs to the grid would take weeks'.length };
    };
    const selectMs: number[] = [];
    const saveMs: number[] = [];
    const timelineMs: number[] = [];
    for (let step = 0; step < SELECTIONS + SAVES; step += 1) {
      const { start, end } = passage(step);
      selectMs.push(await selectPassage(page, start, end));
      if (step < SELECTIONS) continue;
      await page.getByRole('button', { name: 'New event from selection' }).click();
      const title = `Bench event ${step}`;
      await fillEvent(page, title);
      const saved = await saveEvent(page, EVENT_COUNT + saveMs.length + 1, title);
      saveMs.push(saved.save);
      timelineMs.push(saved.timeline);
    }
    return { selectMs, saveMs, timelineMs };
  } finally {
    await context.close();
  }
}
