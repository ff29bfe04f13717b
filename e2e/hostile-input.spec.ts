import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  actorsGroup,
  closeFilters,
  details,
  detailsHeading,
  filterStatus,
  importReport,
  item,
  notices,
  openDatasetFile,
  openFilters,
  passages,
  readingTab,
  source,
  timeline,
} from './app-page';
import { curatedEvent, curatedEvents, curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import { heading, reportLine } from './import-page';

/*
 * Hostile input: a dataset with a script-injection payload in every string field, the same payloads in every
 * URL parameter, and the page's Content-Security-Policy. Nothing may execute (the payloads all set
 * window.__pwned), every payload must show as the literal text it is, and the app must stay usable. Files broken
 * in every other way are in malformed-files.spec.ts. The fixture fails any journey that logs a console error,
 * throws, or violates the Content-Security-Policy.
 */

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const JS_URL = 'javascript:window.__pwned=1';

interface HostileEvent {
  id: string;
  title: string;
  summary: string;
  date: string;
  dateBasis: string;
  actors: { actor: string; role?: string }[];
  place?: string;
  attribution?: string;
  excerpts: { source: string; exact: string }[];
  related?: { event: string }[];
}
interface HostileDataset {
  title: string;
  description: string;
  sources: { id: string; title: string; publisher: string; url: string }[];
  actors: { id: string; name: string; color?: string }[];
  events: HostileEvent[];
}

const hostilePath = fileURLToPath(new URL('./fixtures/hostile.json', import.meta.url));
const hostile = JSON.parse(readFileSync(hostilePath, 'utf8')) as HostileDataset;
/**
 * Nothing of hostile.json is dropped: the source with a javascript: address is kept without a link, the actor
 * whose colour is not #rrggbb without its colour, and the events that name them load whole.
 */
const shownEvents = hostile.events;
const shownActors = hostile.actors;
/** The events that quote the hostile article and fill every field with a payload. */
const PAYLOAD_EVENTS = ['img-payload', 'script-payload', 'svg-payload', 'javascript-payload'];
const payloadEvents = hostile.events.filter((event) => PAYLOAD_EVENTS.includes(event.id));
const quotingHostileSource = hostile.events.filter((event) =>
  event.excerpts.every((excerpt) => excerpt.source === 'hostile-source'),
);
const linklessSource = hostile.sources.find((candidate) => candidate.id === 'javascript-source')!;
const hostileSource = hostile.sources.find((candidate) => candidate.id === 'hostile-source')!;
const actorName = (id: string): string => hostile.actors.find((actor) => actor.id === id)!.name;
const DAYS: Record<string, string> = {
  '2024-11-14': 'Thursday 14 November 2024',
  '2024-11-15': 'Friday 15 November 2024',
  '2024-11-16': 'Saturday 16 November 2024',
  '2024-11-17': 'Sunday 17 November 2024',
};

const pwned = (page: Page): Promise<unknown> =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Elements and attributes a payload would have created, had it been parsed as HTML. */
function injectedMarkup(page: Page) {
  return page.evaluate(() => ({
    handlers: document.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]').length,
    scripts: document.body.querySelectorAll('script').length,
    images: document.body.querySelectorAll('img').length,
    svgs: document.body.querySelectorAll('svg').length,
    objects: document.body.querySelectorAll('iframe, object, embed').length,
  }));
}

/** Every link's address on the page, resolved the way a click would resolve it. */
function linkProtocols(page: Page): Promise<{ href: string; protocol: string }[]> {
  return page.locator('a[href]').evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href') ?? '',
      protocol: (link as HTMLAnchorElement).protocol,
    })),
  );
}

async function selectCuratedEvent(page: Page) {
  const event = curatedEvent('atacms-authorization');
  await item(page, event.title).click();
  await expect(detailsHeading(page)).toHaveText(event.title);
}

test('a dataset full of script payloads shows every payload as text and runs none of them', async ({
  page,
}) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText(curatedTitle);
  const before = await injectedMarkup(page);

  await openDatasetFile(page, hostilePath);
  await expect(reportLine(page)).toHaveText(
    `Opened “hostile.json” (dataset): ${shownEvents.length} events loaded, nothing repaired or dropped.`,
  );
  await expect(importReport(page)).toContainText('Sources, actors and eras: 2 repaired.');
  // The javascript: address and the colour that is not #rrggbb are left out; their records stay.
  await importReport(page).getByText('2 problems found', { exact: true }).click();
  await expect(
    importReport(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem'),
  ).toHaveText([
    `Repaired sources[1].url: "${JS_URL}" is not an absolute http: or https: address; the source is kept without a link`,
    'Repaired actors[4].color: "#fff" onmouseover="window.__pwned=1" is not a colour like "#1f77b4"; left out',
  ]);

  // The header: title, description and the source credit, all literal.
  const banner = page.getByRole('banner');
  await expect(heading(page)).toHaveText(hostile.title);
  // The description (and, on narrow screens, the source) wait in "About this dataset".
  await banner.getByText(/^About/).click();
  const about = banner.getByRole('group');
  await expect(about.getByText(hostile.description, { exact: true })).toBeVisible();
  await expect(
    banner.getByRole('link', { name: `“${hostileSource.title}” (opens in a new tab)`, exact: true }),
  ).toHaveAttribute('href', hostileSource.url);
  // Both sources are credited, the one whose javascript: address was left out without a link.
  const credits = banner.getByText(/^Sources \(2\): /);
  await expect(credits).toContainText(`${hostileSource.publisher}, “${hostileSource.title}”`);
  await expect(credits).toContainText(`${linklessSource.publisher}, “${linklessSource.title}”`);
  await expect(
    banner.getByRole('link', { name: `“${linklessSource.title}” (opens in a new tab)`, exact: true }),
  ).toHaveCount(0);

  // The filters: one checkbox per actor that survived, named by its literal name.
  await openFilters(page);
  await expect(actorsGroup(page).getByRole('checkbox')).toHaveCount(shownActors.length);
  for (const actor of shownActors) {
    await expect(actorsGroup(page).getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  }
  await closeFilters(page);
  await expect(filterStatus(page)).toHaveText(
    `Showing ${shownEvents.length} of ${shownEvents.length} events`,
  );

  for (const event of payloadEvents) {
    // The timeline item's label is the title as text.
    await expect(item(page, event.title)).toHaveText(event.title);
    await item(page, event.title).click();
    await expect(detailsHeading(page)).toHaveText(event.title);
    const who = event.actors
      .map(({ actor, role }) => `${actorName(actor)}${role ? ` — ${role}` : ''}`)
      .join('');
    // Each field is the whole text of its entry (other entries, such as the date's precision, come from the app).
    await expect
      .poll(() => details(page).getByRole('definition').allTextContents())
      .toEqual(
        expect.arrayContaining([DAYS[event.date]!, event.dateBasis, event.place!, who, event.attribution!]),
      );
    await expect(details(page).getByText(event.summary, { exact: true }).first()).toBeVisible();
    await expect(details(page).getByRole('blockquote')).toHaveText(
      event.excerpts.map((excerpt) => excerpt.exact),
    );
    await expect(details(page).getByRole('figure')).toContainText(
      `${hostileSource.title}, ${hostileSource.publisher}.`,
    );
    const passage = details(page).getByRole('link', {
      name: 'Open this passage in the original (opens in a new tab)',
    });
    await expect(passage).toHaveAttribute('href', /^https:\/\/example\.org\/article\?x=.*#:~:text=/);
    for (const relation of event.related ?? []) {
      const related = hostile.events.find((candidate) => candidate.id === relation.event)!;
      await expect(details(page).getByRole('link', { name: related.title, exact: true })).toHaveText(
        related.title,
      );
    }
    expect(await pwned(page)).toBeUndefined();
  }

  // The source without its javascript: address is named as text, and offers no link to open.
  await item(page, 'Quotes the source with a javascript: address').click();
  await expect(details(page).getByRole('figure')).toContainText(
    `${linklessSource.title}, ${linklessSource.publisher}.`,
  );
  await expect(
    details(page).getByRole('link', { name: 'Open this passage in the original (opens in a new tab)' }),
  ).toHaveCount(0);
  // The actor without its colour still names the event.
  await item(page, 'Names the actor with a hostile colour').click();
  await expect(details(page).getByRole('definition')).toContainText([actorName('colour-actor')]);

  // No payload, long and unbroken as they are, widens the page (a phone would zoom it out).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

  // A related event's link, named by a payload, selects that event.
  await item(page, SCRIPT).click();
  await details(page).getByRole('link', { name: IMG, exact: true }).click();
  await expect(detailsHeading(page)).toHaveText(IMG);

  // Keyboard and pointer on every item: focus and hover must not run anything either.
  for (const event of shownEvents) {
    await item(page, event.title).hover();
    await item(page, event.title).focus();
  }
  await details(page).getByRole('button', { name: 'Previous event' }).focus();

  // The source reader: the article text with its payloads, literally, and each quote a passage of its event.
  if ((await readingTab(page, 'Source').count()) > 0) await readingTab(page, 'Source').click();
  const article = source(page).getByRole('article');
  for (const payload of [IMG, SCRIPT, SVG, JS_URL]) await expect(article).toContainText(payload);
  for (const event of quotingHostileSource) {
    await expect(passages(page, event.title)).toHaveText(event.excerpts.map((excerpt) => excerpt.exact));
  }

  expect(await pwned(page)).toBeUndefined();
  expect(await injectedMarkup(page)).toEqual({ ...before, handlers: 0, scripts: 0, objects: 0 });
  const links = await linkProtocols(page);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.href, 'no link may carry a javascript: address').not.toMatch(/^\s*javascript:/i);
    expect(['http:', 'https:'], `link ${link.href}`).toContain(link.protocol);
  }
  await expect(timeline(page)).toBeVisible();
});

test('payloads in every URL parameter are named in notices as text and run nothing', async ({ page }) => {
  const params = new URLSearchParams([
    ['event', SCRIPT],
    ['q', IMG],
    ['actors', `ukraine,${SVG}`],
    ['view', SCRIPT],
    ['from', IMG],
    ['to', '2024-12-01'],
    ['data', JS_URL],
    [SVG, '1'],
  ]);
  await page.goto(`/?${params}`);
  const expected = [
    `Ignored event ${JSON.stringify(SCRIPT)}: not a valid event id.`,
    `Ignored ${JSON.stringify(SVG)} in "actors": not a valid id.`,
    `Ignored view ${JSON.stringify(SCRIPT)}: use timeline, list, source.`,
    `Ignored from ${JSON.stringify(IMG)}: not a date of the form YYYY-MM-DD.`,
    `Ignored data ${JSON.stringify(JS_URL)}: not an http or https address.`,
    `Ignored unknown parameter ${JSON.stringify(SVG)}.`,
    'Ignored to: a window needs both from and to.',
  ];
  await expect(notices(page).getByRole('listitem')).toHaveCount(expected.length);
  for (const message of expected) {
    await expect(notices(page).getByText(message, { exact: true })).toBeVisible();
  }
  await expect(filterStatus(page)).toHaveText(`Showing 0 of ${curatedEvents.length} events`);
  await expect(heading(page)).toHaveText(curatedTitle);
  // The search applies as typed text: it matches nothing, and the box shows it literally.
  const filters = await openFilters(page);
  await expect(filters.getByRole('searchbox', { name: 'Search events' })).toHaveValue(IMG);
  // The valid part of the actors list still applies.
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Ukraine' })).toBeChecked();
  await expect(actorsGroup(page).getByRole('checkbox', { name: 'Russia' })).not.toBeChecked();
  await closeFilters(page);

  expect(await pwned(page)).toBeUndefined();
  const markup = await injectedMarkup(page);
  expect(markup.handlers + markup.scripts + markup.objects).toBe(0);
});

for (const address of [
  'JavaScript:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
]) {
  test(`?data=${JSON.stringify(address)} is refused as not http(s)`, async ({ page }) => {
    await page.goto(`/?data=${encodeURIComponent(address)}`);
    await expect(
      notices(page).getByText(`Ignored data ${JSON.stringify(address)}: not an http or https address.`, {
        exact: true,
      }),
    ).toBeVisible();
    await expect(heading(page)).toHaveText(curatedTitle);
    await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toHaveCount(0);
    await selectCuratedEvent(page);
    expect(await pwned(page)).toBeUndefined();
  });
}

test('the built page carries a strict Content-Security-Policy, and the browser enforces it', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = (await meta.getAttribute('content')) ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values] as const),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-|strict-dynamic|\*/);
  // A policy in a meta element covers only what comes after it: it must precede every script and stylesheet.
  const head = await page.evaluate(() =>
    [...document.head.children].map((element) =>
      element.matches('meta[http-equiv="Content-Security-Policy"]') ? 'csp' : element.tagName.toLowerCase(),
    ),
  );
  const firstLoad = head.findIndex((tag) => tag === 'script' || tag === 'link' || tag === 'style');
  expect(head.indexOf('csp')).toBeGreaterThanOrEqual(0);
  expect(head.indexOf('csp')).toBeLessThan(firstLoad);

  // In a page of its own (this journey's page fails on any violation): inline code is blocked and reported.
  const context = await browser.newContext();
  try {
    const probe = await context.newPage();
    await probe.goto(baseURL!);
    await expect(probe.getByRole('heading', { level: 1 })).toHaveText(curatedTitle);
    // (Code that Playwright evaluates is exempt from the policy, so eval is not probed here; elements are.)
    await probe.evaluate(() => {
      const probeWindow = window as unknown as { violations: string[] };
      probeWindow.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        probeWindow.violations.push(event.effectiveDirective),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__pwned = 2');
      image.src = 'data:,not-an-image';
      document.body.append(image);
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(1, 2, 3) !important }';
      document.head.append(style);
    });
    await expect
      .poll(() => probe.evaluate(() => (window as unknown as { violations: string[] }).violations.sort()))
      .toEqual(['script-src-attr', 'script-src-elem', 'style-src-elem']);
    expect(await pwned(probe)).toBeUndefined();
    expect(await probe.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(1, 2, 3)');
  } finally {
    await context.close();
  }
});
