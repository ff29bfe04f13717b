/*
 * `npm run bench`: builds the app, makes the synthetic datasets if missing, serves everything on a port in
 * 4180-4189, and measures our app, a bare vis-timeline page and TimelineJS in headless system Chromium on
 * the seed dataset and on 10,000 and 100,000 synthetic events. Writes bench/results.json, prints one table
 * with the budgets of docs/design.md, and always exits 0 once it has measured (it is a report, not a test).
 * bench/README.md explains every number; options.ts lists the options.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserServer } from '@playwright/test';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { checkBudgets } from './budgets';
import { secondsSince } from './format';
import { initialJs } from './initial-js';
import { FIRST_ITEMS_MARK } from '../src/features/timeline/first-items-mark';
import { editorReport, measureEditorRun, type EditorReport, type EditorRun } from './editor';
import { CHROMIUM_ARGS, measureRun, type RunSpec } from './measure';
import {
  summarize,
  TARGET_LABELS,
  type DatasetReport,
  type RunResult,
  type TargetId,
  type TargetSummary,
} from './metrics';
import { parseOptions, type BenchOptions } from './options';
import { ROOT } from './paths';
import { build, datasetSpecs, type DatasetSpec } from './prepare';
import { benchRoutes, fileFor, startServer } from './server';
import { printSummary, resultsOf } from './summary';

const PROBE = join(ROOT, 'bench/probe.js');
const PORTS = [4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189];
/** A peer that needs longer than this to draw is loaded once per dataset: its lead is not in doubt, the time is. */
const SLOW_PEER_MS = 10_000;

function pageUrl(origin: string, target: TargetId, dataset: DatasetSpec): string {
  if (target === 'ours') return `${origin}${dataset.appPath}`;
  const page = target === 'vis' ? 'vis-bare.html' : 'timelinejs.html';
  return `${origin}/bench-peers/${page}?data=${encodeURIComponent(dataset.peerData)}`;
}

function describeRun(run: RunResult): string {
  if (run.status !== 'ok')
    return `${run.message ?? run.status}${run.notes.length ? ` (${run.notes.join('; ')})` : ''}`;
  const parts = [
    run.firstDrawn !== undefined && `first drawn ${Math.round(run.firstDrawn)} ms (${run.firstDrawnMethod})`,
    run.filterMs !== undefined && `filter ${Math.round(run.filterMs)} ms`,
    run.pan && `pan p95 ${Math.round(run.pan.p95)} ms`,
    run.zoom && `zoom p95 ${Math.round(run.zoom.p95)} ms`,
    run.eventPan &&
      run.eventZoom &&
      `single events: pan p95 ${Math.round(run.eventPan.p95)} ms, zoom p95 ${Math.round(run.eventZoom.p95)} ms`,
    run.domElements !== undefined && `DOM ${run.domElements}/${run.domElementsMax ?? '?'}`,
    run.heapMB !== undefined && `heap ${run.heapMB.toFixed(1)} MB`,
  ].filter(Boolean);
  return `${parts.join(', ')}${run.notes.length ? ` [${run.notes.join('; ')}]` : ''}`;
}

/** A browser as a server process of its own, so that it can be killed outright after each run. */
async function launch(): Promise<{ server: BrowserServer; browser: Browser }> {
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    console.error(
      `bench: no Chromium at ${executablePath}; run node scripts/ensure-chromium.mjs or set CHROMIUM_PATH`,
    );
    process.exit(1);
  }
  const server = await chromium.launchServer({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    // run.ts kills it itself on a signal (see main), and then exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  return { server, browser: await chromium.connect(server.wsEndpoint()) };
}

/** measureRun, but never longer than `ms`: a page can hang in ways no single step notices. */
async function measureWithin(browser: Browser, spec: RunSpec, ms: number): Promise<RunResult> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<RunResult>((done) => {
    timer = setTimeout(
      () => done({ status: 'error', message: `run stopped after ${Math.round(ms / 1000)} s`, notes: [] }),
      ms,
    );
  });
  try {
    return await Promise.race([measureRun(browser, spec, PROBE), limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** The browser of the run under way (the signal handlers kill it), and the Chromium version the runs report. */
interface Browsers {
  current?: BrowserServer;
  version: string;
}

/** One page load in a fresh browser, which is killed afterwards. */
async function measureOnce(spec: RunSpec, browsers: Browsers): Promise<RunResult> {
  const { server: browserServer, browser } = await launch();
  browsers.current = browserServer;
  browsers.version ||= browser.version();
  try {
    return await measureWithin(browser, spec, spec.timeoutMs + 180_000);
  } finally {
    await browserServer.kill().catch(() => undefined);
  }
}

interface Bench {
  readonly options: BenchOptions;
  readonly origin: string;
  readonly useMark: boolean;
  readonly browsers: Browsers;
}

/** Every run of every target on one dataset, and their medians. */
async function measureDataset(
  { options, origin, useMark, browsers }: Bench,
  dataset: DatasetSpec,
): Promise<DatasetReport> {
  const runs: Record<TargetId, RunResult[]> = { ours: [], vis: [], timelinejs: [] };
  const loadAverage = loadavg()[0] ?? 0;
  const gaveUp = new Set<TargetId>();
  // Interleaved (ours, vis, TimelineJS, ours, ...), so that load from elsewhere on the machine falls on
  // all targets alike; a fresh browser per load.
  for (let run = 1; run <= options.runs; run += 1) {
    for (const target of options.targets) {
      // The peers read JSON by address; a file through the file input is our app's alone.
      if (gaveUp.has(target) || (dataset.importFile && target !== 'ours')) continue;
      const spec: RunSpec = {
        target,
        url: pageUrl(origin, target, dataset),
        ...(target === 'ours' && dataset.dataPath && { dataPath: dataset.dataPath }),
        ...(target === 'ours' && { expectedTotal: dataset.events }),
        ...(target === 'ours' && dataset.importFile && { importFile: dataset.importFile }),
        ...(target === 'ours' &&
          dataset.singleEventsPath && { singleEventsUrl: `${origin}${dataset.singleEventsPath}` }),
        ...(dataset.eventTexts && { eventTexts: dataset.eventTexts }),
        useMark,
        timeoutMs: options.timeoutSeconds * 1000,
      };
      const started = performance.now();
      const result = await measureOnce(spec, browsers);
      runs[target].push(result);
      console.log(
        `[${dataset.label}] run ${run}/${options.runs} ${TARGET_LABELS[target]}: ${describeRun(result)} (${secondsSince(started)})`,
      );
      // A page that did not finish (or cannot load this data) will not on the next try either.
      if (result.status !== 'ok') gaveUp.add(target);
      else if (target !== 'ours' && (result.firstDrawn ?? 0) > SLOW_PEER_MS && run < options.runs) {
        gaveUp.add(target);
        result.notes.push(`loaded once: it took more than ${SLOW_PEER_MS / 1000} s to draw`);
      }
    }
  }
  const targets: Partial<Record<TargetId, TargetSummary>> = {};
  for (const target of options.targets)
    if (runs[target].length > 0) targets[target] = summarize(runs[target], options.timeoutSeconds);
  return { key: dataset.key, label: dataset.label, events: dataset.events, loadAverage, targets };
}

/** The editor's rows: `--runs` page loads of /edit/, each in a fresh browser. */
async function measureEditor({ options, origin, browsers }: Bench): Promise<EditorReport> {
  const runs: EditorRun[] = [];
  const errors: string[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const started = performance.now();
    const { server: browserServer, browser } = await launch();
    browsers.current = browserServer;
    try {
      const result = await measureEditorRun(browser, origin);
      runs.push(result);
      const round = (values: number[]) => values.map(Math.round).join(', ');
      console.log(
        `[editor] run ${run}/${options.runs}: select ${round(result.selectMs)} ms; save ${round(result.saveMs)} ms; on its timeline ${round(result.timelineMs)} ms (${secondsSince(started)})`,
      );
    } catch (error) {
      errors.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
      console.log(`[editor] run ${run}/${options.runs}: ${errors.at(-1)}`);
    } finally {
      await browserServer.kill().catch(() => undefined);
    }
  }
  return editorReport(runs, errors);
}

/** A copy of the build, so that someone else's build into dist/ during the bench changes nothing. */
function copyOfBuild(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'ct-bench-dist-'));
  cpSync(dist, copy, { recursive: true });
  process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
  return copy;
}

/** Whether the build sets the first-items mark; it may sit in any chunk, lazy ones too. */
function hasFirstItemsMark(build: string): boolean {
  return readdirSync(build, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .some((name) => readFileSync(join(build, name), 'utf8').includes(FIRST_ITEMS_MARK));
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const loadBefore = loadavg();
  if ((loadBefore[0] ?? 0) > cpus().length)
    console.log(
      `warning: load average ${loadBefore[0]?.toFixed(1)} on ${cpus().length} CPUs: other work is running, so ` +
        'times will be slower and noisier than on a quiet machine (ratios suffer less).',
    );
  if (options.build) build();
  else if (!existsSync(join(options.dist, 'index.html'))) {
    console.error(`bench: no build to measure: ${join(options.dist, 'index.html')} does not exist`);
    process.exit(1);
  }
  const datasets = datasetSpecs(options.datasets, options.regenerate);

  const distCopy = copyOfBuild(options.dist);
  const routes = benchRoutes(ROOT, distCopy);
  const resolveUrl = (path: string) => fileFor(routes, path);
  const scripts = {
    ours: initialJs(join(distCopy, 'index.html'), resolveUrl, distCopy),
    vis: initialJs(join(ROOT, 'bench/peers/vis-bare.html'), resolveUrl, distCopy),
    timelinejs: initialJs(join(ROOT, 'bench/peers/timelinejs.html'), resolveUrl),
  };
  const useMark = hasFirstItemsMark(distCopy);

  const server = await startServer(routes, PORTS);
  const browsers: Browsers = { version: '' };
  // Ctrl-C or a kill: no browser may outlive the bench (a stuck one holds gigabytes and a core).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`bench: ${signal}, stopping`);
      void Promise.allSettled([browsers.current?.kill(), server.close()]).then(() => process.exit(130));
    });
  }
  console.log(`serve: ${server.origin} (dist/, bench/data/ as /bench-data/, bench/peers/)`);
  console.log(
    `first drawn items of our app: ${useMark ? `performance.mark('${FIRST_ITEMS_MARK}')` : `first .vis-item in the DOM (the build has no ${FIRST_ITEMS_MARK} mark)`}`,
  );

  const reports: DatasetReport[] = [];
  let editor: EditorReport | undefined;
  try {
    const bench: Bench = { options, origin: server.origin, useMark, browsers };
    for (const dataset of datasets) reports.push(await measureDataset(bench, dataset));
    if (options.editor && options.targets.includes('ours')) editor = await measureEditor(bench);
  } finally {
    await server.close();
  }

  const budgets = checkBudgets({
    datasetKeys: options.datasets,
    targets: options.targets,
    reports,
    ourInitialJsKb: scripts.ours.gzipBytes / 1000,
    timeoutSeconds: options.timeoutSeconds,
    ...(editor && { editor }),
  });
  const outcome = {
    options,
    datasets,
    reports,
    ...(editor && { editor }),
    budgets,
    initialJs: scripts,
    useMark,
    chromiumVersion: browsers.version,
    loadBefore,
    started,
  };
  const results = resultsOf(outcome);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  printSummary(outcome, results.date);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
