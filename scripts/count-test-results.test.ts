import { describe, expect, it } from 'vitest';
import { countResults, formatCounts } from './count-test-results.mjs';

describe('countResults', () => {
  it('counts a run that broke before any report as one failure', () => {
    expect(countResults({})).toEqual({ passed: 0, failed: 1 });
    expect(countResults({ vitest: null, playwright: null })).toEqual({ passed: 0, failed: 1 });
  });

  it('reads Vitest passed and failed counts', () => {
    expect(countResults({ vitest: { numPassedTests: 41, numFailedTests: 2 } })).toEqual({
      passed: 41,
      failed: 2,
    });
  });

  it('counts Playwright expected and flaky as passed, unexpected as failed, skipped not at all', () => {
    const playwright = { stats: { expected: 7, unexpected: 1, flaky: 2, skipped: 3 } };
    expect(countResults({ playwright })).toEqual({ passed: 9, failed: 1 });
  });

  it('sums both reports', () => {
    const vitest = { numPassedTests: 10, numFailedTests: 0 };
    const playwright = { stats: { expected: 4, unexpected: 2, flaky: 0, skipped: 0 } };
    expect(countResults({ vitest, playwright })).toEqual({ passed: 14, failed: 2 });
  });

  it('counts a report with no tests as zero, not as a broken run', () => {
    expect(countResults({ vitest: { numPassedTests: 0, numFailedTests: 0 } })).toEqual({
      passed: 0,
      failed: 0,
    });
    expect(countResults({ playwright: {} })).toEqual({ passed: 0, failed: 0 });
  });

  it('ignores missing or nonsensical numbers', () => {
    expect(
      countResults({ vitest: {}, playwright: { stats: { expected: -1, unexpected: Number.NaN } } }),
    ).toEqual({
      passed: 0,
      failed: 0,
    });
  });
});

describe("countResults with the run's outcome", () => {
  it('counts an unreadable report as one failure', () => {
    expect(countResults({ vitest: { numPassedTests: 5, numFailedTests: 0 }, unreadable: 1 })).toEqual({
      passed: 5,
      failed: 1,
    });
    expect(countResults({ unreadable: 2 })).toEqual({ passed: 0, failed: 2 });
  });

  it('counts one failure when the command failed but no test did (e.g. the web server never started)', () => {
    const vitest = { numPassedTests: 7, numFailedTests: 0 };
    expect(countResults({ vitest, exitCode: 1 })).toEqual({ passed: 7, failed: 1 });
    expect(countResults({ vitest, exitCode: 0 })).toEqual({ passed: 7, failed: 0 });
    expect(countResults({ vitest: { numPassedTests: 7, numFailedTests: 2 }, exitCode: 1 })).toEqual({
      passed: 7,
      failed: 2,
    });
  });
});

describe('formatCounts', () => {
  it('prints the closing line CI reads', () => {
    expect(formatCounts({ passed: 3, failed: 0 })).toBe('3 passed, 0 failed');
  });
});
