/*
 * `npm run gen:synthetic -- --events 100000 --seed 1 [--out path] [--sources N] [--validate]`
 *
 * Writes a synthetic dataset of contract v1 (data/README.md) for benchmarks: fictional actors, places and
 * sources, about six years of events with a few dense bursts (thousands of events in a few weeks) and quiet
 * months, dates at every precision the contract allows, and every event quoting one sentence of a generated
 * source text word for word. The same seed always gives the same file; nothing depends on the clock.
 * Output defaults to bench/data/synthetic-<events>.json (git-ignored). This file is the command line; the
 * dataset is made in scripts/synthetic/ (generate.ts, from dates.ts, world.ts and templates.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateDataset } from '../src/domain/validate-dataset';
import {
  EVENTS_PER_SOURCE,
  generateSynthetic,
  MIN_SOURCES,
  serializeDataset,
  type SyntheticOptions,
} from './synthetic/generate';

const USAGE =
  'usage: npm run gen:synthetic -- --events N [--seed S] [--out path] [--sources N] [--validate]\n' +
  '  --events N    number of events (required)\n' +
  '  --seed S      integer seed (default 1); the same seed gives the same file\n' +
  '  --out path    output file (default bench/data/synthetic-N.json)\n' +
  `  --sources N   number of sources (default max(${MIN_SOURCES}, events / ${EVENTS_PER_SOURCE}))\n` +
  "  --validate    also check the result with the app's validator and fail on any problem";

interface CliOptions extends SyntheticOptions {
  readonly out: string;
  readonly validate: boolean;
}

export function parseArgs(args: readonly string[], root: string): CliOptions | string {
  const values = new Map<string, string>();
  let validate = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--validate') {
      validate = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return USAGE;
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (!['--events', '--seed', '--out', '--sources'].includes(name))
      return `unknown option ${arg}\n${USAGE}`;
    const value = inline ?? args[(index += 1)];
    if (value === undefined) return `${name} needs a value\n${USAGE}`;
    values.set(name, value);
  }
  const integer = (name: string, fallback?: number): number | string => {
    const text = values.get(name);
    if (text === undefined) return fallback ?? `${name} is required\n${USAGE}`;
    const value = Number(text.replace(/[_,]/g, ''));
    return Number.isSafeInteger(value) ? value : `${name} must be an integer, not "${text}"`;
  };
  const events = integer('--events');
  const seed = integer('--seed', 1);
  const sources = values.has('--sources') ? integer('--sources') : undefined;
  if (typeof events === 'string') return events;
  if (typeof seed === 'string') return seed;
  if (typeof sources === 'string') return sources;
  if (events < 1 || events > 5_000_000) return '--events must be between 1 and 5,000,000';
  if (sources !== undefined && sources < 1) return '--sources must be at least 1';
  const out = resolve(root, values.get('--out') ?? `bench/data/synthetic-${events}.json`);
  return { events, seed, out, validate, ...(sources !== undefined && { sources }) };
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const options = parseArgs(process.argv.slice(2), process.cwd());
  if (typeof options === 'string') {
    const help = options === USAGE;
    (help ? console.log : console.error)(options);
    process.exit(help ? 0 : 2);
  }
  const started = performance.now();
  const dataset = generateSynthetic(options);
  const json = serializeDataset(dataset);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, json);
  const seconds = (performance.now() - started) / 1000;
  const megabytes = Buffer.byteLength(json) / 1e6;
  const shown = relative(root, options.out).startsWith('..') ? options.out : relative(root, options.out);
  console.log(
    `wrote ${shown}: ${dataset.events.length.toLocaleString('en-US')} events, ${dataset.sources.length} sources, ` +
      `${dataset.actors.length} actors, ${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s (seed ${options.seed})`,
  );
  if (options.validate) {
    const checkStarted = performance.now();
    const result = validateDataset(JSON.parse(json));
    const checkSeconds = (performance.now() - checkStarted) / 1000;
    if (result.problems.length > 0) {
      console.error(`validation: ${result.problems.length} problem(s), e.g.`);
      for (const problem of result.problems.slice(0, 10))
        console.error(`  ${problem.path}: ${problem.message}`);
      process.exit(1);
    }
    console.log(`validation: no problems (${checkSeconds.toFixed(1)} s)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
