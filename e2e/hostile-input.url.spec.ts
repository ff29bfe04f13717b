import { actorsGroup, closeFilters, datasetHeading, filterStatus, notices, openFilters } from './app-page';
import { curatedEvents, curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import { expectBuiltInDatasetUsable, IMG, injectedMarkup, JS_URL, pwned, SCRIPT, SVG } from './hostile-input';

// Script payloads in every URL parameter, and ?data= addresses that are not http(s) (see e2e/hostile-input.ts).

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
  await expect(datasetHeading(page)).toHaveText(curatedTitle);
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
    await expectBuiltInDatasetUsable(page);
    expect(await pwned(page)).toBeUndefined();
  });
}
