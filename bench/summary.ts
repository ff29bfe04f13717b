/*
 * What the bench writes and prints once it has measured: bench/results.json (every run, the machine, the
 * configuration) and the summary on the terminal (the table, how to read it, notes, missed budgets).
 */
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { relative } from 'node:path';
import { MAX_EVENT_ITEMS, MAX_EVENTS_ON_SCREEN } from '../src/features/timeline/level-of-detail';
import type { BudgetResult } from './budgets';
import { describeLimit, formatNumber, secondsSince } from './format';
import type { InitialJs } from './initial-js';
import { FIRST_ITEMS_MARK } from '../src/features/timeline/first-items-mark';
import { CHROMIUM_ARGS } from './measure';
import { TARGET_LABELS, type DatasetReport, type TargetId } from './metrics';
import type { EditorReport } from './editor';
import type { BenchOptions } from './options';
import { SYNTHETIC_SEED, type DatasetSpec } from './prepare';
import { renderTable } from './table';

export interface BenchOutcome {
  readonly options: BenchOptions;
  readonly datasets: readonly DatasetSpec[];
  readonly reports: readonly DatasetReport[];
  /** The editor's rows, when they were measured. */
  readonly editor?: EditorReport;
  readonly budgets: readonly BudgetResult[];
  readonly initialJs: Record<TargetId, InitialJs>;
  /** Whether our app's first items were timed by its performance mark (else by the DOM). */
  readonly useMark: boolean;
  readonly chromiumVersion: string;
  /** The load average when the bench began, and performance.now() then. */
  readonly loadBefore: readonly number[];
  readonly started: number;
}

function budgetCounts(budgets: readonly BudgetResult[]) {
  const met = budgets.filter((budget) => budget.met).length;
  const unmeasured = budgets.filter((budget) => budget.value === undefined).length;
  return { met, missed: budgets.length - met, notMeasured: unmeasured };
}

/** The content of bench/results.json. */
export function resultsOf(outcome: BenchOutcome) {
  const { options, useMark } = outcome;
  return {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGB: Math.round(totalmem() / 1e9),
      os: `${osType()} ${release()}`,
      node: process.version,
      chromium: outcome.chromiumVersion,
      loadAverage: { before: outcome.loadBefore, after: loadavg() },
    },
    config: {
      runs: options.runs,
      timeoutSeconds: options.timeoutSeconds,
      viewport: '1280x800',
      chromiumArgs: CHROMIUM_ARGS,
      firstDrawnMethod: useMark ? `performance.mark('${FIRST_ITEMS_MARK}')` : 'first .vis-item in the DOM',
      syntheticSeed: SYNTHETIC_SEED,
    },
    initialJs: outcome.initialJs,
    datasets: outcome.reports,
    editor: outcome.editor,
    budgets: outcome.budgets,
    summary: budgetCounts(outcome.budgets),
    durationSeconds: Math.round((performance.now() - outcome.started) / 1000),
  };
}

/** How to read the table: what each number means, and the load on the machine. */
function readingNotes({ options, datasets, reports, useMark, editor }: BenchOutcome): string[] {
  const singleEventWindows = datasets.flatMap((dataset) =>
    dataset.singleEventsWindow
      ? [
          `${dataset.label} ${dataset.singleEventsWindow.from} to ${dataset.singleEventsWindow.to} (${dataset.singleEventsWindow.events} events)`,
        ]
      : [],
  );
  return [
    `ratios are peer / ours (above 1x: ours is faster or smaller); DNF: did not finish in ${options.timeoutSeconds} s, so the ratio is a lower bound.`,
    `first drawn: ms from navigation start to the end of the first frame painted after ${useMark ? `our app's performance.mark('${FIRST_ITEMS_MARK}')` : 'the first .vis-item of the dataset entered the DOM (our build has no ct:first-items mark yet)'}; peers: first .vis-item / .tl-timemarker.`,
    'actor filter: click on the first actor checkbox -> end of the first frame painted after the last change to timeline items or the status line it caused.',
    'pan/zoom: gaps between animation frames while dragging across the timeline (2 x 1 s) and during 2 x 20 wheel steps; 16.7 ms = 60 Hz.',
    `single events: the same pan and zoom, on a second load of the dataset at the week our app draws as the most single events (the most events in and around the window that it still draws one by one: at most ${MAX_EVENT_ITEMS} in and around it, ${MAX_EVENTS_ON_SCREEN} covering it; beyond that, it draws counts): ${singleEventWindows.join(', ')}.`,
    'DOM items: .vis-item elements (TimelineJS: .tl-timemarker); vis-timeline draws a box item as 3 of them. Most seen: after load, zoom and pan (single events included).',
    'heap: used JS heap of the page after two forced garbage collections (CDP), MB = 10^6 bytes; kB = 1000 bytes.',
    ...(editor
      ? [
          'editor: /edit/ with a 100,000-character article and 200 events opened to edit; select: a passage selected (a DOM selection, as a mouse leaves it) to the end of the first frame painted once the status names it; save: the click on "Save event" to the end of the first frame painted with the form closed and the event listed; on its timeline: the same click to the frame that shows the event on the editor\'s timeline (drawn after the save is painted). Median of every measurement of every run.',
        ]
      : []),
    `load average (1 min) when each dataset began: ${reports.map((report) => `${report.label} ${report.loadAverage?.toFixed(1)}`).join(', ')} (${cpus().length} CPUs).`,
  ];
}

/** Prints the summary of a bench run whose results were written to `options.out` at `date`. */
export function printSummary(outcome: BenchOutcome, date: string): void {
  const { options, reports, budgets } = outcome;
  const cpu = `${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}`;
  console.log('');
  console.log(
    `conflict-timeline bench, ${date.slice(0, 16).replace('T', ' ')} UTC: ${cpu}, node ${process.version}, ` +
      `Chromium ${outcome.chromiumVersion}, median of ${options.runs} runs, load average ${outcome.loadBefore[0]?.toFixed(1)} at start`,
  );
  console.log('');
  console.log(
    renderTable({
      datasets: reports,
      budgets,
      initialJs: {
        ours: outcome.initialJs.ours.gzipBytes / 1000,
        vis: outcome.initialJs.vis.gzipBytes / 1000,
        timelinejs: outcome.initialJs.timelinejs.gzipBytes / 1000,
      },
      timeoutSeconds: options.timeoutSeconds,
      ...(outcome.editor && { editor: outcome.editor }),
    }),
  );
  console.log('');
  for (const note of readingNotes(outcome)) console.log(`  ${note}`);
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
  const editorErrors = [...new Set(outcome.editor?.errors ?? [])];
  if (editorErrors.length > 0) console.log(`  [editor] ${editorErrors.join('; ')}`);
  console.log('');
  for (const budget of budgets.filter((item) => !item.met)) {
    const where = budget.dataset
      ? ` [${reports.find((report) => report.key === budget.dataset)?.label ?? budget.dataset}]`
      : '';
    const value = budget.value === undefined ? (budget.note ?? 'not measured') : formatNumber(budget.value);
    console.log(`  missed${where}: ${budget.name} (${value}, budget ${describeLimit(budget)})`);
  }
  const { met, missed, notMeasured } = budgetCounts(budgets);
  console.log(
    `results: ${relative(process.cwd(), options.out) || options.out} (${secondsSince(outcome.started)})`,
  );
  console.log(
    `budgets: ${met} met, ${missed} missed${notMeasured ? ` (${notMeasured} of them not measured)` : ''}`,
  );
}
