import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { details, detailsHeading, item, timeline } from './app-page';
import { violations } from './axe';
import { curatedEvent, curatedTitle } from './curated-data';
import { expect, test } from './fixtures';

/*
 * The embed (/embed/?event=…): the timeline and the selected event in a frame of a host's page, with nothing
 * of the app's header, filters or Data menu; and the snippet the app offers to paste into such a page.
 */

const decision = curatedEvent('atacms-authorization');
const strike = curatedEvent('russian-strike-power-grid');

async function expectNoScroll(page: Page) {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    width: window.innerWidth,
    height: window.innerHeight,
  }));
  expect(size.scrollWidth, 'scrolls sideways').toBeLessThanOrEqual(size.width);
  expect(size.scrollHeight, 'scrolls down').toBeLessThanOrEqual(size.height);
}

for (const viewport of [
  { width: 640, height: 480 },
  { width: 320, height: 480 },
]) {
  test.describe(`in a ${viewport.width}x${viewport.height} frame`, () => {
    test.use({ viewport });

    test('shows the timeline and the event, fits without scrolling, and chooses another event', async ({
      page,
    }) => {
      await page.goto(`/embed/?event=${decision.id}`);
      await expect(detailsHeading(page)).toHaveText(decision.title);
      await expect(details(page).getByText('Sunday 17 November 2024')).toBeVisible();
      await expect(details(page).getByRole('blockquote')).toHaveText(decision.excerpts[0]!.exact);
      await expect(item(page, decision.title)).toBeVisible();
      await expect(page.getByRole('banner')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^(Data|Filters)/ })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
      await expectNoScroll(page);
      // Whole, not cut off by the frame.
      await expect(page.getByRole('link', { name: /^Open in full view/ })).toBeInViewport({ ratio: 1 });
      await expect(timeline(page).getByRole('button', { name: 'Fit all' })).toBeInViewport({ ratio: 1 });
      await expect(details(page).getByRole('blockquote')).toBeInViewport({ ratio: 1 });

      await timeline(page).getByRole('button', { name: 'Fit all' }).click();
      await item(page, strike.title).click();
      await expect(detailsHeading(page)).toHaveText(strike.title);
      await expect(details(page).getByRole('blockquote')).toHaveText(strike.excerpts[0]!.exact);
      await expectNoScroll(page);
    });
  });
}

test('"Open in full view" opens the full app on the same event, in a new tab', async ({ page }) => {
  await page.goto(`/embed/?event=${decision.id}`);
  const link = page.getByRole('link', { name: /^Open in full view/ });
  await expect(link).toHaveAttribute('target', '_blank');
  const [full] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await expect(full).toHaveURL((url) => url.pathname === `/events/${decision.id}/`);
  await expect(detailsHeading(full)).toHaveText(decision.title);
  await expect(full.getByRole('heading', { level: 1 })).toHaveText(curatedTitle);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the embed (${colorScheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/embed/?event=${decision.id}`);
    await expect(item(page, decision.title)).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

/** A plain page on another origin (this test's own server), holding `html` and nothing else. */
async function hostPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>A host</title><h1>A newsroom article</h1>${html}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test('the Embed button gives a snippet that shows the event inside another site’s page', async ({
  page,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/events/${decision.id}/`);
  const embed = details(page).getByRole('button', { name: 'Embed', exact: true });
  await embed.click();
  await expect(embed).toHaveAttribute('aria-expanded', 'true');
  const code = details(page).getByRole('textbox', { name: /paste this code/ });
  const snippet = await code.inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/[^"]+\/embed\/\?event=atacms-authorization(&amp;[^"]*)?" title="/,
  );
  await details(page).getByRole('button', { name: 'Copy embed code' }).click();
  await expect(details(page).getByText('Embed code copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  const host = await hostPage(snippet);
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('region', { name: 'Event details' }).getByRole('heading')).toHaveText(
      decision.title,
    );
    await expect(page.locator('iframe')).toHaveAttribute('title', `${decision.title} — ${curatedTitle}`);
  } finally {
    host.server.close();
  }
});
