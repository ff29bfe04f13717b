import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  actorsGroup,
  closeFilters,
  datasetHeading,
  details,
  detailsHeading,
  filterStatus,
  importReport,
  item,
  openDatasetFile,
  openFilters,
  passages,
  readingTab,
  reportLine,
  source,
  timeline,
} from './app-page';
import { curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import { IMG, injectedMarkup, JS_URL, pwned, SCRIPT, SVG } from './hostile-input';

// A dataset with a script payload in every string field (e2e/hostile-input.ts says what the journeys prove).

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
/** The records of hostile.json the validator must drop: a javascript: source, a colour that is not #rrggbb, and what refers to them. */
const DROPPED = ['javascript-source', 'colour-actor', 'dropped-source-event', 'dropped-actor-event'];
const shownEvents = hostile.events.filter((event) => !DROPPED.includes(event.id));
const shownActors = hostile.actors.filter((actor) => !DROPPED.includes(actor.id));
const hostileSource = hostile.sources.find((candidate) => candidate.id === 'hostile-source')!;
const actorName = (id: string): string => hostile.actors.find((actor) => actor.id === id)!.name;
const DAYS: Record<string, string> = {
  '2024-11-14': 'Thursday 14 November 2024',
  '2024-11-15': 'Friday 15 November 2024',
  '2024-11-16': 'Saturday 16 November 2024',
  '2024-11-17': 'Sunday 17 November 2024',
};

/** Every link's address on the page, resolved the way a click would resolve it. */
function linkProtocols(page: Page): Promise<{ href: string; protocol: string }[]> {
  return page.locator('a[href]').evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href') ?? '',
      protocol: (link as HTMLAnchorElement).protocol,
    })),
  );
}

test('a dataset full of script payloads shows every payload as text and runs none of them', async ({
  page,
}) => {
  await page.goto('/');
  await expect(datasetHeading(page)).toHaveText(curatedTitle);
  const before = await injectedMarkup(page);

  await openDatasetFile(page, hostilePath);
  await expect(reportLine(page)).toHaveText(
    `Opened “hostile.json” (dataset-v1): ${shownEvents.length} events loaded, ${DROPPED.length} records dropped.`,
  );
  // The javascript: address and the colour that is not #rrggbb are refused, and so is what refers to them.
  await importReport(page).getByText(`${DROPPED.length} problems found`, { exact: true }).click();
  await expect(
    importReport(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem'),
  ).toHaveText([
    'sources[1].url: must be an absolute http: or https: address',
    'actors[4].color: must be a colour like "#1f77b4"',
    'events[4].excerpts[0].source: refers to source "javascript-source", which was dropped',
    'events[5].actors[0].actor: refers to actor "colour-actor", which was dropped',
  ]);

  // The header: title, description and the source credit, all literal.
  const banner = page.getByRole('banner');
  await expect(datasetHeading(page)).toHaveText(hostile.title);
  // The description (and, on narrow screens, the source) wait in "About this dataset".
  await banner.getByText(/^About/).click();
  const about = banner.getByRole('group');
  await expect(about.getByText(hostile.description, { exact: true })).toBeVisible();
  await expect(
    banner.getByRole('link', { name: `“${hostileSource.title}” (opens in a new tab)`, exact: true }),
  ).toHaveAttribute('href', hostileSource.url);
  await expect(banner.getByText(/^Source: /)).toContainText(
    `Source: ${hostileSource.publisher}, “${hostileSource.title}”`,
  );

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

  for (const event of shownEvents) {
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
  for (const event of shownEvents) {
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
