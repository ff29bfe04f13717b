/*
 * `npm run bench`: builds the app, makes the synthetic datasets if missing, serves everything on a port in
 * 4180-4189, and measures our app, a bare vis-timeline page and TimelineJS in headless system Chromium on
 * the seed dataset and on 10,000 and 100,000 synthetic events. Writes bench/results.json, prints one table
 * with the budgets of DESIGN.md, and always exits 0 once it has measured (it is a report, not a test).
 * bench/README.md explains every number. Options: see USAGE below.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserServer } from '@playwright/test';
import { GENERATOR_VERSION, generateSynthetic, serializeDataset } from '../scripts/synthetic/generate';
import { validateDataset } from '../src/domain/validate-dataset';
import { CHROMIUM_ARGS, FIRST_ITEMS_MARK, measureRun, type RunSpec } from './measure';
import {
  budgetsFor,
  checkBudget,
  describeLimit,
  formatNumber,
  renderTable,
  summarize,
  TARGET_LABELS,
  TARGETS,
  type Budget,
  type BudgetResult,
  type DatasetReport,
  type RunResult,
  type TargetId,
  type TargetSummary,
} from './report';
import { benchRoutes, fileFor, startServer } from './server';
import { busiestSingleEventWeek } from './single-events-window';
import { MAX_EVENT_ITEMS, MAX_EVENTS_ON_SCREEN } from '../src/features/timeline/level-of-detail';
import { CHROMIUM_PATH } from '../scripts/chromium';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = join(ROOT, 'bench/probe.js');
const PORTS = [4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189];
const SEED_DATASET = 'data/icaro-atacms.json';
const SYNTHETIC_SEED = 1;
const INITIAL_JS_BUDGET_KB = 240;
/** A peer that needs longer than this to draw is loaded once per dataset: its lead is not in doubt, the time is. */
const SLOW_PEER_MS = 10_000;

const USAGE = `usage: npm run bench [-- options]
  --runs N          page loads per target and dataset; the table shows the median (default 3)
  --timeout S       time limit for a page to draw its first items, in seconds (default 30)
  --datasets LIST   comma-separated: seed, and event counts (default seed,10000,100000)
  --targets LIST    comma-separated: ours, vis, timelinejs (default all)
  --no-build        measure the existing dist/ instead of running npm run build
  --dist DIR        measure the build in DIR (implies --no-build), e.g. an older build to compare
  --regenerate      write the synthetic datasets again even if they exist
  --out FILE        where to write the results (default bench/results.json)`;

interface Options {
  runs: number;
  timeoutSeconds: number;
  datasets: string[];
  targets: TargetId[];
  build: boolean;
  dist: string;
  regenerate: boolean;
  out: string;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = {
    runs: 3,
    timeoutSeconds: 30,
    datasets: ['seed', '10000', '100000'],
    targets: [...TARGETS],
    build: true,
    dist: join(ROOT, 'dist'),
    regenerate: false,
    out: join(ROOT, 'bench/results.json'),
  };
  const fail = (message: string): never => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const value = () =>
      (equals === -1 ? args[(index += 1)] : arg.slice(equals + 1)) ?? fail(`${name} needs a value`);
    const positive = () => {
      const number = Number(value());
      return Number.isInteger(number) && number > 0 ? number : fail(`${name} needs a positive integer`);
    };
    if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (name === '--runs') options.runs = positive();
    else if (name === '--timeout') options.timeoutSeconds = positive();
    else if (name === '--datasets') {
      options.datasets = value()
        .split(',')
        .map((item) => item.trim().replace(/[_,]/g, ''))
        .filter(Boolean);
      for (const key of options.datasets)
        if (key !== 'seed' && !(Number.isInteger(Number(key)) && Number(key) > 0))
          fail(`unknown dataset "${key}": use seed or a number of events`);
    } else if (name === '--targets') {
      const targets = value().split(',');
      for (const target of targets)
        if (!TARGETS.includes(target as TargetId)) fail(`unknown target "${target}"`);
      options.targets = TARGETS.filter((target) => targets.includes(target));
    } else if (name === '--no-build') options.build = false;
    else if (name === '--dist') {
      options.dist = resolve(process.cwd(), value());
      options.build = false;
    } else if (name === '--regenerate') options.regenerate = true;
    else if (name === '--out') options.out = resolve(process.cwd(), value());
    else fail(`unknown option ${arg}`);
  }
  return options;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function build() {
  const started = performance.now();
  console.log('build: npm run build ...');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n'));
    console.error(`bench: npm run build failed (exit ${result.status ?? result.signal}); nothing measured.`);
    process.exit(1);
  }
  console.log(`build: ok (${seconds(started)})`);
}

/** True when `file` starts like the current generator's output for these options. */
function isCurrent(file: string, events: number): boolean {
  if (!existsSync(file)) return false;
  const handle = openSync(file, 'r');
  try {
    const head = Buffer.alloc(1024);
    const length = readSync(handle, head, 0, head.length, 0);
    const text = head.subarray(0, length).toString('utf8');
    return text.includes(`(v${GENERATOR_VERSION}) with --events ${events} --seed ${SYNTHETIC_SEED} `);
  } finally {
    closeSync(handle);
  }
}

function ensureSynthetic(events: number, regenerate: boolean): string {
  const file = join(ROOT, `bench/data/synthetic-${events}.json`);
  if (!regenerate && isCurrent(file, events)) return file;
  const started = performance.now();
  const dataset = generateSynthetic({ events, seed: SYNTHETIC_SEED });
  const json = serializeDataset(dataset);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
  const problems = validateDataset(JSON.parse(json)).problems;
  if (problems.length > 0) {
    console.error(`bench: ${relative(ROOT, file)} has ${problems.length} problem(s), e.g.`);
    for (const problem of problems.slice(0, 5)) console.error(`  ${problem.path}: ${problem.message}`);
    process.exit(1);
  }
  const megabytes = (Buffer.byteLength(json) / 1e6).toFixed(1);
  console.log(
    `data: wrote ${relative(ROOT, file)} (${events.toLocaleString('en-US')} events, seed ${SYNTHETIC_SEED}, ` +
      `${megabytes} MB, valid) in ${seconds(started)}`,
  );
  return file;
}

interface InitialJs {
  readonly files: { path: string; bytes: number; gzipBytes: number }[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Scripts an HTML page loads at once (script src and modulepreload), gzipped at level 9. */
function initialJs(
  htmlFile: string,
  resolveUrl: (path: string) => string | undefined,
  distCopy?: string,
): InitialJs {
  const html = readFileSync(htmlFile, 'utf8');
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g)].map((match) => match[1]),
  ].filter((url): url is string => url !== undefined);
  const files = [...new Set(urls)].flatMap((url) => {
    const file = resolveUrl(new URL(url, 'http://localhost/').pathname);
    if (!file) return [];
    const content = readFileSync(file);
    return [
      {
        path:
          distCopy && file.startsWith(distCopy) ? `dist${file.slice(distCopy.length)}` : relative(ROOT, file),
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      },
    ];
  });
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

interface DatasetSpec {
  readonly key: string;
  readonly label: string;
  readonly events: number;
  /** Our app's URL path; the peers' ?data= path. */
  readonly appPath: string;
  readonly peerData: string;
  readonly dataPath?: string;
  /** Our app's URL path for the week it draws as the most single events (see single-events-window.ts). */
  readonly singleEventsPath?: string;
  readonly singleEventsWindow?: { readonly from: string; readonly to: string; readonly events: number };
}

function datasetSpecs(keys: readonly string[], regenerate: boolean): DatasetSpec[] {
  return keys.map((key) => {
    if (key === 'seed') {
      const raw = JSON.parse(readFileSync(join(ROOT, SEED_DATASET), 'utf8')) as { events: unknown[] };
      return {
        key,
        label: 'seed',
        events: raw.events.length,
        appPath: '/',
        peerData: '/bench-seed/icaro-atacms.json',
      };
    }
    const events = Number(key);
    const file = ensureSynthetic(events, regenerate);
    const dataPath = `/bench-data/synthetic-${events}.json`;
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { events: { date: string }[] };
    const week = busiestSingleEventWeek(raw.events.map((event) => event.date));
    return {
      key,
      label: events >= 1000 && events % 1000 === 0 ? `${events / 1000}k` : String(events),
      events,
      appPath: `/?data=${dataPath}`,
      peerData: dataPath,
      dataPath,
      ...(week && {
        singleEventsPath: `/?data=${dataPath}&from=${week.from}&to=${week.to}`,
        singleEventsWindow: week,
      }),
    };
  });
}

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

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const benchStarted = performance.now();
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

  // Measure a copy of the build, so that someone else's build into dist/ during the bench changes nothing.
  const distCopy = mkdtempSync(join(tmpdir(), 'ct-bench-dist-'));
  cpSync(options.dist, distCopy, { recursive: true });
  process.on('exit', () => rmSync(distCopy, { recursive: true, force: true }));
  const routes = benchRoutes(ROOT, distCopy);
  const resolveUrl = (path: string) => fileFor(routes, path);
  const ourJs = initialJs(join(distCopy, 'index.html'), resolveUrl, distCopy);
  const visJs = initialJs(join(ROOT, 'bench/peers/vis-bare.html'), resolveUrl, distCopy);
  const timelineJs = initialJs(join(ROOT, 'bench/peers/timelinejs.html'), resolveUrl);
  // The mark may sit in any chunk, lazy ones too.
  const useMark = readdirSync(distCopy, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .some((name) => readFileSync(join(distCopy, name), 'utf8').includes(FIRST_ITEMS_MARK));

  const server = await startServer(routes, PORTS);
  // Ctrl-C or a kill: no browser may outlive the bench (a stuck one holds gigabytes and a core).
  let currentBrowser: BrowserServer | undefined;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`bench: ${signal}, stopping`);
      void Promise.allSettled([currentBrowser?.kill(), server.close()]).then(() => process.exit(130));
    });
  }
  console.log(`serve: ${server.origin} (dist/, bench/data/ as /bench-data/, bench/peers/)`);
  console.log(
    `first drawn items of our app: ${useMark ? `performance.mark('${FIRST_ITEMS_MARK}')` : `first .vis-item in the DOM (the build has no ${FIRST_ITEMS_MARK} mark)`}`,
  );

  let chromiumVersion = '';
  const reports: DatasetReport[] = [];
  try {
    for (const dataset of datasets) {
      const runs: Record<TargetId, RunResult[]> = { ours: [], vis: [], timelinejs: [] };
      const loadAverage = loadavg()[0] ?? 0;
      const gaveUp = new Set<TargetId>();
      // Interleaved (ours, vis, TimelineJS, ours, ...), so that load from elsewhere on the machine falls on
      // all targets alike; a fresh browser per load.
      for (let run = 1; run <= options.runs; run += 1) {
        for (const target of options.targets) {
          if (gaveUp.has(target)) continue;
          const spec: RunSpec = {
            target,
            url: pageUrl(server.origin, target, dataset),
            ...(target === 'ours' && dataset.dataPath && { dataPath: dataset.dataPath }),
            ...(target === 'ours' && { expectedTotal: dataset.events }),
            ...(target === 'ours' &&
              dataset.singleEventsPath && { singleEventsUrl: `${server.origin}${dataset.singleEventsPath}` }),
            useMark,
            timeoutMs: options.timeoutSeconds * 1000,
          };
          const { server: browserServer, browser } = await launch();
          currentBrowser = browserServer;
          chromiumVersion ||= browser.version();
          const started = performance.now();
          let result: RunResult;
          try {
            result = await measureWithin(browser, spec, spec.timeoutMs + 180_000);
          } finally {
            await browserServer.kill().catch(() => undefined);
          }
          runs[target].push(result);
          console.log(
            `[${dataset.label}] run ${run}/${options.runs} ${TARGET_LABELS[target]}: ${describeRun(result)} (${seconds(started)})`,
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
      for (const target of options.targets) targets[target] = summarize(runs[target], options.timeoutSeconds);
      reports.push({ key: dataset.key, label: dataset.label, events: dataset.events, loadAverage, targets });
    }
  } finally {
    await server.close();
  }

  // Budgets
  const budgets: BudgetResult[] = [];
  const initialBudget: Budget = {
    name: `initial JavaScript gzipped < ${INITIAL_JS_BUDGET_KB} kB`,
    limit: INITIAL_JS_BUDGET_KB,
    kind: 'below',
    unit: 'kB',
    source: 'DESIGN.md',
  };
  budgets.push(checkBudget(initialBudget, ourJs.gzipBytes / 1000));
  for (const budget of options.targets.includes('ours') ? budgetsFor(options.datasets) : []) {
    const summary = reports.find((report) => report.key === budget.dataset)?.targets.ours;
    const value = budget.metric ? summary?.median[budget.metric] : undefined;
    budgets.push(
      checkBudget(budget, value, summary && summary.status !== 'ok' ? summary.message : undefined),
    );
  }
  const tenK = reports.find((report) => report.key === '10000');
  if (tenK && options.targets.includes('ours') && options.targets.includes('vis')) {
    const ours = tenK.targets.ours?.median.firstDrawn;
    const vis = tenK.targets.vis;
    const visValue =
      vis?.status === 'dnf'
        ? options.timeoutSeconds * 1000
        : vis?.status === 'ok'
          ? vis.median.firstDrawn
          : undefined;
    const lead: Budget = {
      name: '5x lead over bare vis-timeline, first drawn',
      dataset: '10000',
      limit: 5,
      kind: 'at-least',
      unit: 'x',
      source: 'issue',
    };
    const note = vis?.status === 'dnf' ? 'bare vis did not finish: at least this much' : undefined;
    budgets.push(
      checkBudget(lead, ours !== undefined && visValue !== undefined ? visValue / ours : undefined, note),
    );
  }

  const initialJsKb: Partial<Record<TargetId, number>> = {
    ours: ourJs.gzipBytes / 1000,
    vis: visJs.gzipBytes / 1000,
    timelinejs: timelineJs.gzipBytes / 1000,
  };
  const table = renderTable({
    datasets: reports,
    budgets,
    initialJs: initialJsKb,
    timeoutSeconds: options.timeoutSeconds,
  });

  const met = budgets.filter((budget) => budget.met).length;
  const missed = budgets.length - met;
  const unmeasured = budgets.filter((budget) => budget.value === undefined).length;
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGB: Math.round(totalmem() / 1e9),
      os: `${osType()} ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
      loadAverage: { before: loadBefore, after: loadavg() },
    },
    config: {
      runs: options.runs,
      timeoutSeconds: options.timeoutSeconds,
      viewport: '1280x800',
      chromiumArgs: CHROMIUM_ARGS,
      firstDrawnMethod: useMark ? `performance.mark('${FIRST_ITEMS_MARK}')` : 'first .vis-item in the DOM',
      syntheticSeed: SYNTHETIC_SEED,
    },
    initialJs: { ours: ourJs, vis: visJs, timelinejs: timelineJs },
    datasets: reports,
    budgets,
    summary: { met, missed, notMeasured: unmeasured },
    durationSeconds: Math.round((performance.now() - benchStarted) / 1000),
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);

  const cpu = `${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}`;
  console.log('');
  console.log(
    `conflict-timeline bench, ${results.date.slice(0, 16).replace('T', ' ')} UTC: ${cpu}, node ${process.version}, ` +
      `Chromium ${chromiumVersion}, median of ${options.runs} runs, load average ${loadBefore[0]?.toFixed(1)} at start`,
  );
  console.log('');
  console.log(table);
  console.log('');
  const notes = [
    `ratios are peer / ours (above 1x: ours is faster or smaller); DNF: did not finish in ${options.timeoutSeconds} s, so the ratio is a lower bound.`,
    `first drawn: ms from navigation start to the end of the first frame painted after ${useMark ? `our app's performance.mark('${FIRST_ITEMS_MARK}')` : 'the first .vis-item of the dataset entered the DOM (our build has no ct:first-items mark yet)'}; peers: first .vis-item / .tl-timemarker.`,
    'actor filter: click on the first actor checkbox -> end of the first frame painted after the last change to timeline items or the status line it caused.',
    'pan/zoom: gaps between animation frames while dragging across the timeline (2 x 1 s) and during 2 x 20 wheel steps; 16.7 ms = 60 Hz.',
    `single events: the same pan and zoom, on a second load of the dataset at the week our app draws as the most single events (the most events in and around the window that it still draws one by one: at most ${MAX_EVENT_ITEMS} in and around it, ${MAX_EVENTS_ON_SCREEN} covering it; beyond that, it draws counts): ${datasets
      .flatMap((dataset) =>
        dataset.singleEventsWindow
          ? [
              `${dataset.label} ${dataset.singleEventsWindow.from} to ${dataset.singleEventsWindow.to} (${dataset.singleEventsWindow.events} events)`,
            ]
          : [],
      )
      .join(', ')}.`,
    'DOM items: .vis-item elements (TimelineJS: .tl-timemarker); vis-timeline draws a box item as 3 of them. Most seen: after load, zoom and pan (single events included).',
    'heap: used JS heap of the page after two forced garbage collections (CDP), MB = 10^6 bytes; kB = 1000 bytes.',
  ];
  notes.push(
    `load average (1 min) when each dataset began: ${reports.map((report) => `${report.label} ${report.loadAverage?.toFixed(1)}`).join(', ')} (${cpus().length} CPUs).`,
  );
  for (const note of notes) console.log(`  ${note}`);
  for (const report of reports) {
    for (const target of options.targets) {
      const summary = report.targets[target];
      const runNotes = [...new Set(summary?.runs.flatMap((run) => run.notes) ?? [])];
      if (summary && (summary.status !== 'ok' || runNotes.length > 0))
        console.log(
          `  [${report.label}] ${TARGET_LABELS[target]}: ${[summary.message, ...runNotes].filter(Boolean).join('; ')}`,
        );
    }
  }
  console.log('');
  for (const budget of budgets.filter((item) => !item.met)) {
    const where = budget.dataset
      ? ` [${reports.find((report) => report.key === budget.dataset)?.label}]`
      : '';
    const value = budget.value === undefined ? (budget.note ?? 'not measured') : formatNumber(budget.value);
    console.log(`  missed${where}: ${budget.name} (${value}, budget ${describeLimit(budget)})`);
  }
  console.log(`results: ${relative(process.cwd(), options.out) || options.out} (${seconds(benchStarted)})`);
  console.log(
    `budgets: ${met} met, ${missed} missed${unmeasured ? ` (${unmeasured} of them not measured)` : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
