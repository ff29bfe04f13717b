import { details, detailsHeading, escapeRegExp, item, timeline } from './app-page';
import { curatedEvent } from './curated-data';
import { expect, test } from './fixtures';

const decision = curatedEvent('atacms-authorization');
const troops = curatedEvent('north-korean-troops-kursk');
const may = curatedEvent('may-2024-covert-lifting');
const strike = curatedEvent('russian-strike-power-grid');

/** The definition beside a term of the details' fact list. */
const fact = (page: Parameters<typeof details>[0], term: string) =>
  details(page).getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');

test('the details say who attributed the event, how precise its date is, and when it was reported', async ({
  page,
}) => {
  await page.goto(`/?event=${decision.id}`);
  await expect(fact(page, 'Attribution')).toHaveText(decision.attribution!);
  await expect(fact(page, 'Date precision')).toHaveText('Known to the day');
  // The article is of 17 or 18 November; the decision became public on the 17th.
  await expect(fact(page, 'Reported')).toContainText('17–18 November 2024, by ICARO Media Group.');

  await page.goto(`/?event=${may.id}`);
  await expect(fact(page, 'Date precision')).toHaveText('Known to the month; the day is not given');

  await page.goto(`/?event=${troops.id}`);
  await expect(fact(page, 'Date precision')).toHaveText(
    'Only the end is given, known to the day; the start is not stated',
  );
});

test('related events are links both ways, and selecting one follows it', async ({ page }) => {
  await page.goto(`/?event=${decision.id}`);
  const respondsTo = fact(page, 'Responds to:');
  await expect(respondsTo.getByRole('link')).toHaveText([
    troops.title,
    curatedEvent('ukraine-requests-atacms').title,
  ]);
  await expect(respondsTo.getByRole('link', { name: troops.title })).toHaveAttribute(
    'href',
    new RegExp(`/events/${troops.id}/`),
  );
  await respondsTo.getByRole('link', { name: troops.title }).click();
  await expect(detailsHeading(page)).toHaveText(troops.title);

  // Stated once, on the decision; shown from the troops' side too.
  await fact(page, 'Responded to by:').getByRole('link', { name: decision.title }).click();
  await expect(detailsHeading(page)).toHaveText(decision.title);
  await page.goBack();
  await expect(detailsHeading(page)).toHaveText(troops.title);
});

test('the timeline marks the events related to the selected one', async ({ page }) => {
  await page.goto('/');
  const related = (title: string) =>
    timeline(page).getByRole('button', {
      name: new RegExp(`^${escapeRegExp(title)},.*, related to the selected event$`),
    });
  await item(page, decision.title).click();
  for (const title of [troops.title, may.title, curatedEvent('trump-plans-reduce-support').title]) {
    await expect(related(title)).toBeVisible();
  }
  await expect(related(strike.title)).toHaveCount(0);
  await expect(related(decision.title)).toHaveCount(0);

  await item(page, strike.title).click();
  await expect(timeline(page).getByRole('button', { name: /related to the selected event$/ })).toHaveCount(0);
});
