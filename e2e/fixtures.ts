import { test as base, expect } from '@playwright/test';

/**
 * The app's base test: a spec that uses `page` fails when the page logs a console error or throws an
 * uncaught error, even if every assertion passed. Specs import `{ test, expect }` from './fixtures'.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      errors.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => {
      errors.push(`uncaught ${error.name}: ${error.message}`);
    });
    // A Content-Security-Policy violation is an error too, whether or not the browser logs it.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
        );
      });
    });
    await use(page);
    expect(errors, `The page reported ${errors.length} error(s):\n${errors.join('\n')}`).toEqual([]);
  },
});

export { expect };
