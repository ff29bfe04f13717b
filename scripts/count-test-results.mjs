#!/usr/bin/env node
// Prints the one closing line CI reads, `N passed, N failed`, summed over the JSON reports that
// Vitest and Playwright wrote to $TEST_REPORT_DIR (vitest.config.ts, playwright.config.ts).
// A report may be missing when `npm test` stopped before that runner (typecheck or lint failed):
// then only what exists is counted.
// Usage: node scripts/count-test-results.mjs [--exit-code N]   (N: the test command's exit code)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ numPassedTests?: number, numFailedTests?: number }} VitestReport
 *   Vitest's `json` reporter (Jest-compatible shape).
 * @typedef {{ stats?: { expected?: number, unexpected?: number, flaky?: number, skipped?: number } }} PlaywrightReport
 *   Playwright's `json` reporter; `stats` counts tests by final outcome.
 * @typedef {{ passed: number, failed: number }} Counts
 */

/** @param {unknown} value */
const count = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);

/**
 * Sums both reports. Playwright: expected and flaky (passed on a retry) count as passed, unexpected
 * as failed, skipped not at all. Vitest: numPassedTests / numFailedTests.
 * No report at all means the run broke before any test ran (install, typecheck, lint, data
 * validation, a crashed runner): that is reported as `0 passed, 1 failed`, never as an empty
 * success, so a broken run can not pass for one that ran no test.
 * A report file that exists but cannot be parsed (its runner died while writing it) counts as one
 * failed test (`unreadable`). And when the test command's exit code is known and non-zero but no test
 * failed (the build or Playwright's web server failed after Vitest passed), the run counts one
 * failure, so the closing line never says `0 failed` for a failed run.
 * @param {{ vitest?: VitestReport | null, playwright?: PlaywrightReport | null, unreadable?: number, exitCode?: number | null }} reports
 * @returns {Counts}
 */
export function countResults({ vitest, playwright, unreadable = 0, exitCode = null }) {
  if (!vitest && !playwright && !unreadable) return { passed: 0, failed: 1 };
  let passed = 0;
  let failed = 0;
  if (vitest) {
    passed += count(vitest.numPassedTests);
    failed += count(vitest.numFailedTests);
  }
  if (playwright) {
    const stats = playwright.stats ?? {};
    passed += count(stats.expected) + count(stats.flaky);
    failed += count(stats.unexpected);
  }
  failed += count(unreadable);
  if (typeof exitCode === 'number' && exitCode !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

/** @param {Counts} counts */
export const formatCounts = ({ passed, failed }) => `${passed} passed, ${failed} failed`;

/**
 * @param {string} file
 * @returns {{ report: any, unreadable: boolean }}
 */
function readReport(file) {
  if (!existsSync(file)) return { report: null, unreadable: false };
  try {
    return { report: JSON.parse(readFileSync(file, 'utf8')), unreadable: false };
  } catch (error) {
    console.error(
      `count-test-results: cannot read ${file}: ${error instanceof Error ? error.message : error}`,
    );
    return { report: null, unreadable: true };
  }
}

/** @param {string[]} args */
function parseExitCode(args) {
  const i = args.indexOf('--exit-code');
  if (i === -1) return null;
  const code = Number(args[i + 1]);
  return Number.isInteger(code) ? code : null;
}

function main() {
  const dir = process.env.TEST_REPORT_DIR;
  const exitCode = parseExitCode(process.argv.slice(2));
  if (!dir) console.error('count-test-results: TEST_REPORT_DIR is not set; no report to read.');
  const none = { report: null, unreadable: false };
  const vitest = dir ? readReport(path.join(dir, 'vitest.json')) : none;
  const playwright = dir ? readReport(path.join(dir, 'playwright.json')) : none;
  const unreadable = Number(vitest.unreadable) + Number(playwright.unreadable);
  console.log(
    formatCounts(
      countResults({ vitest: vitest.report, playwright: playwright.report, unreadable, exitCode }),
    ),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
