import path from 'node:path';
import { defineConfig } from 'vitest/config';
import type { TestUserConfig } from 'vitest/config';

// `TEST_REPORT_DIR` (set by .ci/run) adds a JSON report that scripts/count-test-results.mjs reads.
const reportDir = process.env.TEST_REPORT_DIR;
const reporters: NonNullable<TestUserConfig['reporters']> = reportDir
  ? ['default', ['json', { outputFile: path.join(reportDir, 'vitest.json') }]]
  : ['default'];

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    reporters,
    // Property tests run thousands of cases; on a busy 2-core machine the default 5 s is not a fault.
    testTimeout: 60_000,
  },
});
