import type { Page } from '@playwright/test';
import { datasetHeading, detailsHeading, item } from './app-page';
import { curatedEvent, curatedTitle } from './curated-data';
import { expect } from './fixtures';

/*
 * Hostile input (e2e/hostile-input*.spec.ts): a dataset with a script-injection payload in every string field,
 * the same payloads in every URL parameter, and files that are broken in every way we could think of. Nothing
 * may execute (the payloads all set window.__pwned), every payload must show as the literal text it is, and the
 * app must stay usable. The fixture fails any journey that logs a console error, throws, or violates the
 * Content-Security-Policy.
 */

export const IMG = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const SVG = '"><svg onload=window.__pwned=1>';
export const JS_URL = 'javascript:window.__pwned=1';

/** What a payload that ran would have set. */
export const pwned = (page: Page): Promise<unknown> =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Elements and attributes a payload would have created, had it been parsed as HTML. */
export function injectedMarkup(page: Page) {
  return page.evaluate(() => ({
    handlers: document.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]').length,
    scripts: document.body.querySelectorAll('script').length,
    images: document.body.querySelectorAll('img').length,
    svgs: document.body.querySelectorAll('svg').length,
    objects: document.body.querySelectorAll('iframe, object, embed').length,
  }));
}

/** Selects an event of the built-in dataset and sees its details. */
export async function selectCuratedEvent(page: Page) {
  const event = curatedEvent('atacms-authorization');
  await item(page, event.title).click();
  await expect(detailsHeading(page)).toHaveText(event.title);
}

/** The built-in dataset is still open, nothing is loading, and one of its events can be selected. */
export async function expectBuiltInDatasetUsable(page: Page) {
  await expect(datasetHeading(page)).toHaveText(curatedTitle);
  await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toHaveCount(0);
  await selectCuratedEvent(page);
}
