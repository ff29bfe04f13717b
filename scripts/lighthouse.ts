/*
 * `npm run lighthouse`: audits the production build with Lighthouse in the system Chromium and prints the four
 * category scores against their targets; exits 1 when one is missed. Not part of `npm test` (it takes a
 * minute and its performance score depends on how busy the machine is).
 *
 *   npm run lighthouse -- [--no-build] [--desktop] [--runs=3] [--path=/?view=list] [--json=report.json]
 *
 * It builds (`npm run build`, skipped with --no-build), serves dist/ with `vite preview` on a free port, runs
 * the `lighthouse` CLI (mobile form factor and throttling unless --desktop) against it, and stops the server.
 * Chromium comes from CHROME_PATH, CHROMIUM_PATH or /usr/bin/chromium.
 *
 * Lighthouse's performance score moves from run to run, the more so on a shared 2-core machine, so it runs
 * several times (--runs, default 3) and judges the median of each category, as Lighthouse's own guidance on
 * variability advises. --json keeps the report of the median performance run.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from './chromium';

const TARGETS = { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 };
const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

/** The parts of Lighthouse's JSON report (LHR) read here. */
interface LighthouseReport {
  readonly categories: Partial<
    Record<
      string,
      { readonly title: string; readonly score: number | null; readonly auditRefs: readonly AuditRef[] }
    >
  >;
  readonly audits: Partial<Record<string, Audit>>;
}
interface AuditRef {
  readonly id: string;
  readonly weight: number;
}
interface Audit {
  readonly title: string;
  readonly score: number | null;
  readonly displayValue?: string;
}

/** A category's score out of 100 (0 when the report lacks it). */
function score(report: LighthouseReport, id: string): number {
  return Math.round((report.categories[id]?.score ?? 0) * 100);
}

/** The middle item of a sorted list (the lower one of an even count); every list here has at least one. */
function middle<T>(sorted: readonly T[]): T {
  const item = sorted[Math.floor((sorted.length - 1) / 2)];
  if (item === undefined) throw new Error('no Lighthouse run to take the median of');
  return item;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function runLighthouse(url: string, outputPath: string): Promise<void> {
  const chromePath = process.env.CHROME_PATH || CHROMIUM_PATH;
  const chromeFlags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ].join(' ');
  const lighthouseArgs = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputPath}`,
    `--chrome-flags=${chromeFlags}`,
    `--only-categories=${Object.keys(TARGETS).join(',')}`,
    ...(flag('desktop') ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin('lighthouse'), lighthouseArgs, {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with code ${code}`)),
    );
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
// SEO audits want absolute canonical and sitemap addresses: the build names the server it is audited on.
if (!flag('no-build')) {
  execFileSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: `${origin}/` },
  });
}
const preview = spawn(
  bin('vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const workDir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
let failed = false;
try {
  await waitForServer(origin, preview);
  const url = `${origin}${option('path') ?? '/'}`;
  const runs = Math.max(1, Number(option('runs') ?? 3));
  console.log(`Lighthouse (${flag('desktop') ? 'desktop' : 'mobile'}) on ${url}, ${runs} run(s)`);
  const reports: { report: LighthouseReport; path: string }[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const reportPath = path.join(workDir, `report-${run}.json`);
    await runLighthouse(url, reportPath);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as LighthouseReport;
    reports.push({ report, path: reportPath });
    const scores = Object.keys(TARGETS).map((id) => `${id} ${score(report, id)}`);
    console.log(`run ${run}: ${scores.join(', ')}`);
  }
  const byPerformance = [...reports].sort(
    (a, b) => score(a.report, 'performance') - score(b.report, 'performance'),
  );
  const medianRun = middle(byPerformance);
  const jsonPath = option('json');
  if (jsonPath) copyFileSync(medianRun.path, jsonPath);
  console.log(runs > 1 ? `\nMedian of ${runs} runs:` : '');
  for (const [id, target] of Object.entries(TARGETS)) {
    const scores = reports.map(({ report }) => score(report, id)).sort((a, b) => a - b);
    const median = middle(scores);
    const met = median >= target;
    failed ||= !met;
    const title = medianRun.report.categories[id]?.title ?? id;
    console.log(
      `${title.padEnd(16)} ${String(median).padStart(3)}  (target ${target}) ${met ? 'ok' : 'MISSED'}`,
    );
    if (!met) {
      // Say what cost the points in the median run: its audits in this category that did not pass.
      for (const ref of medianRun.report.categories[id]?.auditRefs ?? []) {
        const audit = medianRun.report.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          const value = audit.displayValue ? `: ${audit.displayValue}` : '';
          console.log(
            `    - ${audit.title} (score ${Math.round(audit.score * 100)}, weight ${ref.weight})${value}`,
          );
        }
      }
    }
  }
} finally {
  preview.kill();
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
