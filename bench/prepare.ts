/*
 * What the bench needs before it measures: a fresh build of the app, and the datasets (the seed dataset,
 * synthetic ones, written again only when missing or made by an older generator, and ACLED exports opened
 * through the file input, written every time: they take a second).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { validateDataset } from '../src/domain/validate-dataset';
import { acledExport, isUndated } from '../scripts/synthetic/acled-export';
import { GENERATOR_VERSION, generateSynthetic, serializeDataset } from '../scripts/synthetic/generate';
import { secondsSince } from './format';
import { ROOT } from './paths';
import { busiestSingleEventWeek } from './single-events-window';

const SEED_DATASET = 'data/icaro-atacms.json';
export const SYNTHETIC_SEED = 1;

export function build() {
  const started = performance.now();
  console.log('build: npm run build ...');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n'));
    console.error(`bench: npm run build failed (exit ${result.status ?? result.signal}); nothing measured.`);
    process.exit(1);
  }
  console.log(`build: ok (${secondsSince(started)})`);
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
      `${megabytes} MB, valid) in ${secondsSince(started)}`,
  );
  return file;
}

export interface DatasetSpec {
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
  /** A file our app opens through its file input (after its built-in dataset); no peer reads it. */
  readonly importFile?: string;
  /** The seed dataset's event titles: the page's first paint with one of them is "first event text". */
  readonly eventTexts?: readonly string[];
}

export const ACLED_PREFIX = 'acled-';

/** `acled-N`: an ACLED export of N rows (scripts/synthetic/acled-export.ts), opened from a file. */
function acledSpec(key: string): DatasetSpec {
  const rows = Number(key.slice(ACLED_PREFIX.length));
  const file = join(ROOT, `bench/data/${key}.csv`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, acledExport(rows));
  let undated = 0;
  for (let row = 0; row < rows; row += 1) if (isUndated(row)) undated += 1;
  return {
    key,
    label: `ACLED ${rows >= 1000 && rows % 1000 === 0 ? `${rows / 1000}k` : rows} rows, file`,
    events: rows - undated,
    appPath: '/',
    peerData: '',
    importFile: file,
  };
}

export function datasetSpecs(keys: readonly string[], regenerate: boolean): DatasetSpec[] {
  return keys.map((key) => {
    if (key.startsWith(ACLED_PREFIX)) return acledSpec(key);
    if (key === 'seed') {
      const raw = JSON.parse(readFileSync(join(ROOT, SEED_DATASET), 'utf8')) as {
        events: { title: string }[];
      };
      return {
        key,
        label: 'seed',
        events: raw.events.length,
        eventTexts: raw.events.map((event) => event.title),
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
