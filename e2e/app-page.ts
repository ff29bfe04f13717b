import type { FileChooser, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Finding the app's parts by role and accessible name, shared by the journeys. */

export const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });
export const details = (page: Page): Locator => page.getByRole('region', { name: 'Event details' });
export const actorsGroup = (page: Page): Locator => page.getByRole('group', { name: 'Actors' });
export const notices = (page: Page): Locator => page.getByRole('status', { name: 'Notices' });
/**
 * "Showing N of M events": under the search box in the wide layout's filter column, above the events in the
 * narrow layout (whose filters wait in a dialog). The page's announcer says the same once filters settle.
 */
export const filterStatus = (page: Page): Locator =>
  // With the narrow layout's dialog open, its own line (earlier in the page) is the one in front.
  page
    .getByRole('status')
    .filter({ hasText: /^Showing [\d,]+ of [\d,]+ events?$/ })
    .first();

/** Narrow screens (below 960 px) keep the filters in a dialog and the details in a sheet. */
export const isNarrow = (page: Page): boolean => (page.viewportSize()?.width ?? 1280) < 960;

export const filtersDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Filters' });

/** The filter controls (region "Filters"), after opening the narrow layout's dialog where they wait. */
export async function openFilters(page: Page): Promise<Locator> {
  if (isNarrow(page) && !(await filtersDialog(page).isVisible())) {
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Filters/ })
      .click();
    await expect(filtersDialog(page)).toBeVisible();
  }
  return page.getByRole('region', { name: 'Filters' });
}

/** Closes the narrow layout's filters dialog, if open, so that the page behind it takes input again. */
export async function closeFilters(page: Page): Promise<void> {
  if (await filtersDialog(page).isVisible()) {
    await filtersDialog(page).getByRole('button', { name: 'Done' }).click();
    await expect(filtersDialog(page)).toBeHidden();
  }
}

/** Chooses an item of the header's "Data" menu. */
export async function chooseFromDataMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Data' }).click();
  await page.getByRole('menu', { name: 'Data' }).getByRole('menuitem', { name: item }).click();
}

/** "Open a dataset…" in the Data menu, then the given files in the browser's file chooser. */
export async function openDatasetFile(
  page: Page,
  files: Parameters<FileChooser['setFiles']>[0],
): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await chooseFromDataMenu(page, 'Open a dataset…');
  await (await choosing).setFiles(files);
}

/** What the last import loaded and left out, above the events. */
export const importReport = (page: Page): Locator => page.getByRole('region', { name: 'Import report' });

/** The first line of the import report: "Opened “x” (format): N events loaded, …". */
export const reportLine = (page: Page): Locator => importReport(page).getByText(/^Opened “/);

/** The page's one top-level heading: the open dataset's title. */
export const datasetHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

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
