/* The command line of `npm run bench`. */
import { join, resolve } from 'node:path';
import { TARGETS, type TargetId } from './metrics';
import { ROOT } from './paths';

const USAGE = `usage: npm run bench [-- options]
  --runs N          page loads per target and dataset; the table shows the median (default 3)
  --timeout S       time limit for a page to draw its first items, in seconds (default 30)
  --datasets LIST   comma-separated: seed, event counts, and acled-N for an ACLED export of N rows opened
                    through the file input (default seed,10000,100000,acled-10000,acled-100000)
  --targets LIST    comma-separated: ours, vis, timelinejs (default all)
  --no-build        measure the existing dist/ instead of running npm run build
  --no-editor       leave out the editor's rows (selecting a passage, saving an event in /edit/)
  --dist DIR        measure the build in DIR (implies --no-build), e.g. an older build to compare
  --regenerate      write the synthetic datasets again even if they exist
  --out FILE        where to write the results (default bench/results.json)`;

export interface BenchOptions {
  runs: number;
  timeoutSeconds: number;
  datasets: string[];
  targets: TargetId[];
  build: boolean;
  /** Whether to measure the editor (bench/editor.ts) too. */
  editor: boolean;
  dist: string;
  regenerate: boolean;
  out: string;
}

export function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 3,
    timeoutSeconds: 30,
    datasets: ['seed', '10000', '100000', 'acled-10000', 'acled-100000'],
    targets: [...TARGETS],
    build: true,
    editor: true,
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
      const isCount = (text: string) => Number.isInteger(Number(text)) && Number(text) > 0;
      for (const key of options.datasets)
        if (key !== 'seed' && !isCount(key) && !(key.startsWith('acled-') && isCount(key.slice(6))))
          fail(`unknown dataset "${key}": use seed, a number of events or acled-N`);
    } else if (name === '--targets') {
      const targets = value().split(',');
      for (const target of targets)
        if (!TARGETS.includes(target as TargetId)) fail(`unknown target "${target}"`);
      options.targets = TARGETS.filter((target) => targets.includes(target));
    } else if (name === '--no-build') options.build = false;
    else if (name === '--no-editor') options.editor = false;
    else if (name === '--dist') {
      options.dist = resolve(process.cwd(), value());
      options.build = false;
    } else if (name === '--regenerate') options.regenerate = true;
    else if (name === '--out') options.out = resolve(process.cwd(), value());
    else fail(`unknown option ${arg}`);
  }
  return options;
}
