import { curatedTitle } from './curated-data';
import { expect, test } from './fixtures';
import { pwned } from './hostile-input';

// The Content-Security-Policy that keeps any payload that slipped into the page from running.

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
