import type { APIRequestContext, Page } from '@playwright/test';
import { pngSize } from '../scripts/site/png-size';
import { curatedEvent, curatedEvents, curatedTitle } from './curated-data';
import { expect, test } from './fixtures';

/*
 * The page the build writes for each event, as a crawler, a chat app's preview or a reader without
 * JavaScript gets it: the event reads whole, its card's tags are right, its image is a 1200x630 PNG, and
 * every page the sitemap lists is there.
 */

test.use({ javaScriptEnabled: false });

const event = curatedEvent('atacms-authorization');
const related = curatedEvent('ukraine-requests-atacms');
const pagePath = `/events/${event.id}/`;

async function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
}

async function getOk(request: APIRequestContext, address: string) {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  return response;
}

test('an event page reads as an article without JavaScript', async ({ page }) => {
  await page.goto(pagePath);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(event.title);
  await expect(article.getByText('Sunday 17 November 2024', { exact: true })).toBeVisible();
  await expect(article.getByText('Known to the day', { exact: true })).toBeVisible();
  await expect(article.getByText(event.dateBasis)).toBeVisible();
  await expect(article.getByText('Joe Biden — authorizes')).toBeVisible();
  await expect(article.getByText(event.attribution!, { exact: true })).toBeVisible();
  await expect(article.getByText(event.summary)).toBeVisible();

  const quotes = article.getByRole('blockquote');
  await expect(quotes).toHaveText(event.excerpts.map((excerpt) => excerpt.exact));
  const originals = article.getByRole('link', { name: 'Open this passage in the original' });
  await expect(originals).toHaveCount(event.excerpts.length);
  for (const link of await originals.all())
    await expect(link).toHaveAttribute('href', /^https:\/\/.*#:~:text=/);

  await expect(page.getByRole('link', { name: `All 8 events on the timeline: ${curatedTitle}` })).toHaveCount(
    2,
  );
  await article.getByRole('link', { name: related.title }).click();
  await expect(page).toHaveURL(`/events/${related.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(related.title);
});

test('the root page lists every event, in time order, as a link to its page', async ({ page }) => {
  await page.goto('/');
  const events = page.getByRole('region', { name: `${curatedEvents.length} events` });
  await expect(events.getByRole('link')).toHaveCount(curatedEvents.length);
  await events.getByRole('link', { name: new RegExp(event.title) }).click();
  await expect(page).toHaveURL(pagePath);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(event.title);
});

test("the event's card: title, description, type, address and a 1200x630 PNG", async ({ page, request }) => {
  await page.goto(pagePath);
  await expect(page).toHaveTitle(`${event.title} — Conflict timeline`);
  expect(await meta(page, 'description')).toBe(event.summary);
  expect(await meta(page, 'og:title')).toBe(event.title);
  expect(await meta(page, 'og:description')).toBe(event.summary);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(new URL((await meta(page, 'og:url'))!, page.url()).href).toBe(page.url());
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!, page.url()).href).toBe(page.url());
  expect(await meta(page, 'og:image:width')).toBe('1200');
  expect(await meta(page, 'og:image:height')).toBe('630');
  expect(await meta(page, 'og:image:alt')).toContain(event.title);

  const image = await getOk(request, new URL((await meta(page, 'og:image'))!, page.url()).href);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });

  const [jsonLd] = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'Event', name: event.title, startDate: '2024-11-17' });
});

test('every page the sitemap lists answers 200 as itself, and robots.txt names the sitemap', async ({
  request,
  baseURL,
}) => {
  const robots = await (await getOk(request, '/robots.txt')).text();
  const sitemapAddress = /^Sitemap: (.+)$/m.exec(robots)?.[1];
  expect(sitemapAddress).toBeDefined();
  const sitemap = await (await getOk(request, new URL(sitemapAddress!, baseURL).href)).text();
  const addresses = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]!);
  const paths = addresses.map((address) => new URL(address, baseURL).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/', pagePath]));
  expect(paths).toHaveLength(9);
  for (const [index, path] of paths.entries()) {
    const html = await (await getOk(request, path)).text();
    // The preview server answers an unknown path with the app's index.html, so each page must name itself.
    expect(html, path).toContain(`<link rel="canonical" href="${addresses[index]}">`);
  }
});
