import type { Page } from '@playwright/test';
import { timeline } from './app-page';
import { expect, test } from './fixtures';

const LIGHT_PAPER = 'rgb(251, 250, 247)';
const DARK_PAPER = 'rgb(18, 20, 24)';

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

test('the theme follows the system until the reader picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(themeSelect(page)).toHaveValue('system');
  expect(await paper(page)).toBe(DARK_PAPER);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => paper(page)).toBe(LIGHT_PAPER);
});

test('the chosen theme applies at once and is remembered on the next visit', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await themeSelect(page).selectOption('dark');
  await expect.poll(() => paper(page)).toBe(DARK_PAPER);

  await page.reload();
  await expect(themeSelect(page)).toHaveValue('dark');
  expect(await paper(page)).toBe(DARK_PAPER);
  // The choice is no part of the address, so a shared link does not carry it.
  await expect(page).not.toHaveURL(/theme/);

  await page.emulateMedia({ colorScheme: 'dark' });
  await themeSelect(page).selectOption('light');
  await expect.poll(() => paper(page)).toBe(LIGHT_PAPER);
  await themeSelect(page).selectOption('system');
  await expect.poll(() => paper(page)).toBe(DARK_PAPER);
  await page.reload();
  await expect(themeSelect(page)).toHaveValue('system');
});

test('vis-timeline’s axis and grid take the dark palette too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const axisText = timeline(page).locator('.vis-time-axis .vis-text.vis-minor').first();
  await expect(axisText).toHaveCSS('color', 'rgb(169, 177, 188)');
  await expect(timeline(page).locator('.vis-timeline')).toHaveCSS('background-color', DARK_PAPER);
});

/** How many different drawings of the time axis the page shows while the timeline zooms in (one per frame). */
function axisFramesDuringZoom(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const axis = () =>
      [...document.querySelectorAll('.vis-time-axis .vis-text.vis-minor')]
        .map((label) => `${label.textContent}@${Math.round(label.getBoundingClientRect().left)}`)
        .join(' ');
    const zoomIn = [...document.querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Zoom in'),
    )!;
    const drawings = new Set<string>([axis()]);
    zoomIn.click();
    const until = performance.now() + 800;
    while (performance.now() < until) {
      await new Promise(requestAnimationFrame);
      drawings.add(axis());
    }
    return drawings.size;
  });
}

test('with reduced motion the timeline jumps instead of gliding, and CSS transitions are off', async ({
  page,
}) => {
  const drawn = timeline(page).getByRole('status', { name: 'Visible dates' });
  await page.goto('/');
  await expect(drawn).toHaveText(/ – /);
  // Without the preference the zoom animates through several frames...
  expect(await axisFramesDuringZoom(page)).toBeGreaterThan(2);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(drawn).toHaveText(/ – /);
  // ...with it, the axis is drawn as it was and as it ends up, nothing in between.
  expect(await axisFramesDuringZoom(page)).toBe(2);
  const transition = await page
    .getByRole('button', { name: 'Fit all' })
    .evaluate((button) => getComputedStyle(button).transitionDuration);
  expect(parseFloat(transition)).toBeLessThan(0.001);
});
