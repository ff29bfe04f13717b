import type { Page } from '@playwright/test';
import { details, item } from './app-page';
import { curatedEvent } from './curated-data';
import { expect, test } from './fixtures';

/** Touch screens get targets of at least this size (the target; WCAG 2.5.5). */
const TARGET = 44;

const decision = curatedEvent('atacms-authorization');

const pages = [
  ['the timeline', '/'],
  ['the timeline with an event', `/?event=${decision.id}`],
  ['the list', '/?view=list'],
  ['the list with an event', `/?view=list&event=${decision.id}`],
] as const;

/**
 * The controls on screen that are too small to tap, as "name: width×height". A checkbox is tapped through its
 * label, a timeline item anywhere on its bar or label. Links and buttons that flow inside a sentence are
 * exempt (WCAG 2.5.8: their size is set by the line of text around them).
 */
function smallTargets(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], select, input, [role="button"], [tabindex="0"]',
    );
    const small: string[] = [];
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden') continue;
      const sentence = control.closest('p, figcaption');
      if (sentence && (sentence.textContent ?? '').trim() !== (control.textContent ?? '').trim()) continue;
      if (control.getClientRects().length === 0 || control.closest('dialog:not([open])')) continue;
      let box = control.getBoundingClientRect();
      if (control instanceof HTMLInputElement && control.type === 'checkbox' && control.labels?.[0]) {
        box = control.labels[0].getBoundingClientRect();
      }
      const bar = control.closest('.vis-item');
      if (bar) {
        const barBox = bar.getBoundingClientRect();
        const left = Math.min(box.left, barBox.left);
        const right = Math.max(box.right, barBox.right);
        box = new DOMRect(left, barBox.top, right - left, barBox.height);
      }
      if (box.width < min || box.height < min) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName;
        small.push(`${name.slice(0, 40)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, minimum);
}

for (const [description, path] of pages) {
  test(`${description} never scrolls sideways at 390 px @phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('status', { name: 'Visible dates' }).or(page.getByRole('list', { name: 'Events' })),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test(`${description}: every control is at least ${TARGET} px to tap @phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('group', { name: 'View' })).toBeVisible();
    await expect(
      page.getByRole('status', { name: 'Visible dates' }).or(page.getByRole('list', { name: 'Events' })),
    ).toBeVisible();
    expect(await smallTargets(page, TARGET)).toEqual([]);
  });
}

test('the shortcuts dialog fits a phone screen @phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await smallTargets(page, TARGET)).toEqual([]);
});

test('on a phone an event can be found by actor, read and its link copied @phone', async ({
  page,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Filters' }).tap();
  const actors = page.getByRole('dialog', { name: 'Filters' }).getByRole('group', { name: 'Actors' });
  await actors.getByRole('button', { name: 'Show none of the actors' }).tap();
  await actors.getByText('North Korea').tap();
  await page.getByRole('dialog', { name: 'Filters' }).getByRole('button', { name: 'Done' }).tap();
  const troops = curatedEvent('north-korean-troops-kursk');
  await item(page, troops.title).tap();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(troops.title);
  await expect(details(page).locator('blockquote')).toHaveText(troops.excerpts[0]!.exact);
  await details(page).getByRole('button', { name: 'Copy link' }).tap();
  await expect(details(page).getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/events/${troops.id}/`);
});
