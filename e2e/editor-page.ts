import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Finding the editor's parts (/edit/) by role and accessible name, and doing what an author does there. */

export const sourceRegion = (page: Page): Locator =>
  page.getByRole('region', { name: 'Source', exact: true });
export const article = (page: Page): Locator => sourceRegion(page).getByRole('textbox', { name: 'Article' });
export const eventForm = (page: Page): Locator => page.getByRole('form', { name: 'Event' });
export const eventsList = (page: Page): Locator => page.getByRole('region', { name: /^Events \(\d+\)$/ });
export const notice = (page: Page): Locator => page.locator('.editor-notice');
export const field = (scope: Locator, name: string): Locator =>
  scope.getByRole('textbox', { name, exact: true });

export interface SourceDetails {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string;
  readonly text: string;
}

export async function addSource(page: Page, source: SourceDetails): Promise<void> {
  const form = page.getByRole('form', { name: 'New source' });
  await field(form, 'Source title').fill(source.title);
  await field(form, 'Publisher').fill(source.publisher);
  await field(form, 'Address').fill(source.url);
  await field(form, 'Published').fill(source.published);
  await field(form, 'Article text').fill(source.text);
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(article(page)).toContainText(source.text.slice(0, 20));
}

/**
 * Selects `[start, end)` of the source text in the article as a mouse or a finger would leave it: a DOM
 * selection from one point of its text to another. Each run of text carries its offset (`data-start`).
 */
export async function selectRange(page: Page, start: number, end: number): Promise<void> {
  await article(page).evaluate(
    (element, range) => {
      const point = (offset: number, isEnd: boolean): [Node, number] => {
        const runs = [...element.querySelectorAll<HTMLElement>('[data-start]')];
        const run = runs.find((candidate) => {
          const from = Number(candidate.dataset.start);
          const to = from + (candidate.textContent ?? '').length;
          return isEnd ? offset > from && offset <= to : offset >= from && offset < to;
        });
        if (!run?.firstChild) throw new Error(`no text at ${offset}`);
        return [run.firstChild, offset - Number(run.dataset.start)];
      };
      const selected = document.createRange();
      selected.setStart(...point(range.start, false));
      selected.setEnd(...point(range.end, true));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(selected);
    },
    { start, end },
  );
}

/** Selects the `nth` (0-based) occurrence of `passage` in `text`, the source's text. */
export async function selectPassage(page: Page, text: string, passage: string, nth = 0): Promise<void> {
  let start = -1;
  for (let count = 0; count <= nth; count += 1) start = text.indexOf(passage, start + 1);
  if (start === -1) throw new Error(`"${passage}" does not occur ${nth + 1} times`);
  await selectRange(page, start, start + passage.length);
  await expect(sourceRegion(page).getByRole('status')).toContainText(`Selected: “${passage.slice(0, 20)}`);
}

export interface EventDetails {
  readonly title: string;
  readonly date: string;
  readonly dateBasis: string;
  readonly summary: string;
  readonly category: string;
  /** Names typed into "Actors" and picked with Enter. */
  readonly actors: readonly string[];
}

/** Fills the open Event form. */
export async function fillEvent(page: Page, event: EventDetails): Promise<void> {
  const form = eventForm(page);
  await field(form, 'Title').fill(event.title);
  await field(form, 'Date').fill(event.date);
  await field(form, 'How we know the date').fill(event.dateBasis);
  await field(form, 'Summary').fill(event.summary);
  await form.getByRole('combobox', { name: 'Category' }).selectOption(event.category);
  const actors = form.getByRole('combobox', { name: 'Actors' });
  for (const name of event.actors) {
    await actors.fill(name);
    await actors.press('Enter');
    await expect(form.getByRole('list', { name: 'Actors of this event' })).toContainText(name);
  }
}

/** Saves the open Event form; focus moves to the event's entry in the list, named by its title. */
export async function saveEvent(page: Page, title: string): Promise<void> {
  await eventForm(page).getByRole('button', { name: 'Save event' }).click();
  await expect(eventForm(page)).toBeHidden();
  await expect(eventsList(page).getByRole('button', { name: title, exact: true })).toBeFocused();
}
