// Types for count-test-results.mjs (tsconfig has no allowJs), used by its unit test.
export interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
}
export interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}
export interface Counts {
  passed: number;
  failed: number;
}
export function countResults(reports: {
  vitest?: VitestReport | null;
  playwright?: PlaywrightReport | null;
  /** report files that exist but could not be parsed */
  unreadable?: number;
  /** the test command's exit code, when known */
  exitCode?: number | null;
}): Counts;
export function formatCounts(counts: Counts): string;
