import { actorsGroup, closeFilters, details, filterStatus, item, openFilters, timeline } from './app-page';
import { curatedEvent, curatedEvents } from './curated-data';
import { expect, test } from './fixtures';

test('printing gives the filtered events in time order with every quote and a link to its passage', async ({
  page,
}) => {
  await page.goto('/');
  const printout = page.getByRole('region', { name: 'Events in time order' });
  await expect(printout).toHaveCount(0);

  await openFilters(page);
  await actorsGroup(page).getByRole('button', { name: 'Show none of the actors' }).click();
  await actorsGroup(page).getByRole('checkbox', { name: 'Russia' }).check();
  await closeFilters(page);
  const kept = curatedEvents.filter((event) => event.actors.some((a) => a.actor === 'russia'));
  await expect(filterStatus(page)).toHaveText(`Showing ${kept.length} of ${curatedEvents.length} events`);
  await item(page, curatedEvent('atacms-authorization').title).click();

  await page.emulateMedia({ media: 'print' });
  await expect(printout).toBeVisible();
  await expect(printout).toContainText(
    `Showing ${kept.length} of ${curatedEvents.length} events. Actors: Russia.`,
  );
  await expect(printout.getByRole('heading', { level: 4 })).toHaveCount(kept.length);
  for (const event of kept) {
    await expect(printout.getByRole('heading', { level: 4, name: event.title, exact: true })).toBeVisible();
  }
  await expect(printout.getByText(curatedEvent('trump-plans-reduce-support').summary)).toHaveCount(0);

  const quotes = printout.locator('blockquote');
  await expect(quotes).toHaveCount(kept.reduce((count, event) => count + event.excerpts.length, 0));
  const passageLinks = printout.getByRole('link', { name: 'the passage in the original' });
  await expect(passageLinks).toHaveCount(await quotes.count());
  for (const href of await passageLinks.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  )) {
    expect(href).toMatch(/^https:\/\/icaro\.icaromediagroup\.com\/.+#:~:text=/);
  }
  // The address is printed after the link text, since paper cannot be clicked.
  const printedAfter = await passageLinks
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printedAfter).toContain('icaro.icaromediagroup.com');

  // The interactive parts stay off the paper.
  await expect(timeline(page)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden();
  await expect(details(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
  // On narrow screens, the sheet's tabs and its close button too.
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Close event details' })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await expect(printout).toHaveCount(0);
  await expect(timeline(page)).toBeVisible();
});
