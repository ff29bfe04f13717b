import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import {
  chooseFromDataMenu,
  datasetHeading as heading,
  filterStatus,
  importReport,
  item,
  reportLine,
} from './app-page';
import { curatedTitle } from './curated-data';
import { expect } from './fixtures';

/* What the import journeys share: the fixture files, the import report's parts, exports saved to disk. */

export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

export { heading, reportLine };
export const progressBar = (page: Page): Locator =>
  page.getByRole('progressbar', { name: 'Loading the dataset' });

/** The report's first line, as report-wording.ts words it. */
export function reportText(
  name: string,
  format: string,
  loaded: number,
  { repaired = 0, dropped = 0 }: { repaired?: number; dropped?: number } = {},
): string {
  const parts = [`${loaded} event${loaded === 1 ? '' : 's'} loaded`];
  if (repaired > 0) parts.push(`${repaired} of them repaired`);
  if (dropped > 0) parts.push(`${dropped} dropped`);
  if (parts.length === 1) parts.push('nothing repaired or dropped');
  return `Opened “${name}” (${format}): ${parts.join(', ')}.`;
}

/** Opens the "N problems found" disclosure and returns its list. */
export async function problemList(page: Page, count: number): Promise<Locator> {
  const summary = `${count} problem${count === 1 ? '' : 's'} found`;
  await importReport(page).getByText(summary, { exact: true }).click();
  const list = importReport(page).getByRole('list', { name: 'Import problems' });
  await expect(list).toBeVisible();
  return list;
}

/** Chooses an export in the Data menu; keeps the download under its suggested name, so it can be opened again. */
export async function exportAs(
  page: Page,
  menuItem: string | RegExp,
  outputPath: (name: string) => string,
): Promise<{ name: string; path: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await chooseFromDataMenu(page, menuItem);
  const download = await downloading;
  const name = download.suggestedFilename();
  const path = outputPath(name);
  await download.saveAs(path);
  return { name, path, text: await readFile(path, 'utf8') };
}

/** RFC 4180: quoted fields, doubled quotes, CRLF between records. */
export function parseCsv(text: string): string[][] {
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

export async function expectLoaded(page: Page, title: string, titles: readonly string[]) {
  await expect(heading(page)).toHaveText(title);
  await expect(filterStatus(page)).toHaveText(`Showing ${titles.length} of ${titles.length} events`);
  for (const eventTitle of titles) await expect(item(page, eventTitle)).toBeVisible();
}

export async function openBuiltin(page: Page) {
  await page.goto('/');
  await expect(heading(page)).toHaveText(curatedTitle);
}
