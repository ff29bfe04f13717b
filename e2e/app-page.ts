import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Finding the app's parts by role and accessible name, shared by the journeys. */

export const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });
export const details = (page: Page): Locator => page.getByRole('region', { name: 'Event details' });
export const actorsGroup = (page: Page): Locator => page.getByRole('group', { name: 'Actors' });
export const notices = (page: Page): Locator => page.getByRole('status', { name: 'Notices' });
/** The count under the search box (the page's announcer says the same once filters settle). */
export const filterStatus = (page: Page): Locator =>
  page
    .getByRole('region', { name: 'Filters' })
    .getByRole('status')
    .filter({ hasText: /^Showing [\d,]+ of [\d,]+ events?$/ });

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The timeline item of an event: a button whose name starts with the event's title. */
export const item = (page: Page, title: string): Locator =>
  timeline(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });

export const detailsHeading = (page: Page): Locator => details(page).getByRole('heading', { level: 2 });

export const source = (page: Page): Locator => page.getByRole('region', { name: 'Source', exact: true });

/** The marked passages of an event in the reader: links named by their quote and the event they are quoted for. */
export const passages = (page: Page, title: string): Locator =>
  source(page).getByRole('link', {
    name: new RegExp(` — quoted for (event|\\d+ events): (.*; )?${escapeRegExp(title)}(; |$)`),
  });

/** A tab of the narrow layout: "Event details" or "Source". */
export const readingTab = (page: Page, name: 'Event details' | 'Source'): Locator =>
  page.getByRole('tab', { name, exact: true });

/** The narrow layout's tab bar, at the top of the sheet at the foot of the window. */
export const readingTabs = (page: Page): Locator =>
  page.getByRole('tablist', { name: 'Event details and source' });

/**
 * Shown when no event is selected: the details' own heading on wide screens; on narrow ones the sheet is
 * down to its tabs, the details tab collapsed.
 */
export const nothingSelected = (page: Page): Locator =>
  detailsHeading(page)
    .filter({ hasText: /^Event details$/ })
    .or(page.getByRole('tab', { name: 'Event details', exact: true, expanded: false }));

/** The output above the timeline that names the first and last day in view: "2 May 2024 – 30 Nov 2024". */
export const visibleDates = (page: Page): Locator =>
  timeline(page).getByRole('status', { name: 'Visible dates' });

export async function visibleWindow(page: Page): Promise<{ start: number; end: number; text: string }> {
  const output = visibleDates(page);
  await expect(output).toHaveText(/ – /);
  const text = (await output.textContent()) ?? '';
  const [start = '', end = ''] = text.split(' – ');
  return { start: Date.parse(`${start} UTC`), end: Date.parse(`${end} UTC`), text };
}

export async function windowSpan(page: Page): Promise<number> {
  const { start, end } = await visibleWindow(page);
  return end - start;
}
