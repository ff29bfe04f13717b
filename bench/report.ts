/*
 * Statistics, budgets and the printed table of the bench. Pure functions: bench/run.ts feeds them the
 * measurements and writes what they return.
 */

export type TargetId = 'ours' | 'vis' | 'timelinejs';
export const TARGETS: readonly TargetId[] = ['ours', 'vis', 'timelinejs'];
export const TARGET_LABELS: Record<TargetId, string> = {
  ours: 'ours',
  vis: 'bare vis',
  timelinejs: 'TimelineJS',
};

export interface FrameStats {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly worst: number;
}

/** Nearest-rank percentile of `values` (p in 0..100); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number | undefined {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return undefined;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

export function frameStats(gaps: readonly number[]): FrameStats | undefined {
  if (gaps.length === 0) return undefined;
  return {
    frames: gaps.length,
    p50: percentile(gaps, 50),
    p95: percentile(gaps, 95),
    worst: Math.max(...gaps),
  };
}

/** What one page load of one target gave. */
export interface RunResult {
  readonly status: 'ok' | 'dnf' | 'unsupported' | 'error';
  readonly message?: string;
  /** ms from navigation start to the end of the first frame painted with items of the dataset. */
  readonly firstDrawn?: number;
  readonly firstDrawnMethod?: 'mark' | 'dom';
  /** Raw signals: performance.mark time, first item in the DOM, first item of the expected dataset. */
  readonly markTime?: number;
  readonly domFirst?: number;
  readonly domFirstAny?: number;
  /** Events the app says it holds ("Showing N of M events": M). */
  readonly appTotal?: number;
  readonly domElements?: number;
  readonly drawnItems?: number;
  readonly domElementsMax?: number;
  readonly heapMB?: number;
  readonly liveWorkers?: number;
  /** Unchecking the first actor while all are shown: click -> paint after the last change, and after the status line changed. */
  readonly filterMs?: number;
  readonly filterStatusMs?: number;
  /** Checking only the first actor after "Show none of the actors". */
  readonly filterOnlyMs?: number;
  readonly filterOnlyStatusMs?: number;
  readonly filterShown?: Record<string, { readonly before?: number; readonly after?: number }>;
  /** Seconds spent in each step of the run. */
  readonly phaseSeconds?: Record<string, number>;
  readonly pan?: FrameStats;
  readonly zoom?: FrameStats;
  /** Pan and zoom once zoomed in from counts to single events (our app, where it starts with counts). */
  readonly eventPan?: FrameStats;
  readonly eventZoom?: FrameStats;
  /** Set when the page did not get through the pan or zoom within the bench's limit. */
  readonly panUnfinished?: boolean;
  readonly zoomUnfinished?: boolean;
  readonly notes: string[];
}

export type MetricId =
  | 'firstDrawn'
  | 'filterMs'
  | 'filterOnlyMs'
  | 'panP50'
  | 'panP95'
  | 'panWorst'
  | 'zoomP50'
  | 'zoomP95'
  | 'zoomWorst'
  | 'eventPanP95'
  | 'eventZoomP95'
  | 'domElements'
  | 'domElementsMax'
  | 'drawnItems'
  | 'heapMB';

export const METRICS: readonly {
  readonly id: MetricId;
  readonly label: string;
  readonly unit: 'ms' | 'MB' | '';
  readonly pick: (run: RunResult) => number | undefined;
  /** True where the run did not get as far as this metric within the bench's limits. */
  readonly unfinished?: (run: RunResult) => boolean;
}[] = [
  { id: 'firstDrawn', label: 'first drawn items (ms)', unit: 'ms', pick: (run) => run.firstDrawn },
  { id: 'filterMs', label: 'filter: uncheck 1st actor (ms)', unit: 'ms', pick: (run) => run.filterMs },
  {
    id: 'filterOnlyMs',
    label: 'filter: only 1st actor (ms)',
    unit: 'ms',
    pick: (run) => run.filterOnlyMs,
  },
  {
    id: 'panP50',
    label: 'pan frame p50 (ms)',
    unit: 'ms',
    pick: (run) => run.pan?.p50,
    unfinished: (run) => run.panUnfinished === true,
  },
  {
    id: 'panP95',
    label: 'pan frame p95 (ms)',
    unit: 'ms',
    pick: (run) => run.pan?.p95,
    unfinished: (run) => run.panUnfinished === true,
  },
  {
    id: 'panWorst',
    label: 'pan frame worst (ms)',
    unit: 'ms',
    pick: (run) => run.pan?.worst,
    unfinished: (run) => run.panUnfinished === true,
  },
  {
    id: 'zoomP50',
    label: 'zoom frame p50 (ms)',
    unit: 'ms',
    pick: (run) => run.zoom?.p50,
    unfinished: (run) => run.zoomUnfinished === true,
  },
  {
    id: 'zoomP95',
    label: 'zoom frame p95 (ms)',
    unit: 'ms',
    pick: (run) => run.zoom?.p95,
    unfinished: (run) => run.zoomUnfinished === true,
  },
  {
    id: 'zoomWorst',
    label: 'zoom frame worst (ms)',
    unit: 'ms',
    pick: (run) => run.zoom?.worst,
    unfinished: (run) => run.zoomUnfinished === true,
  },
  {
    id: 'eventPanP95',
    label: 'pan frame p95, single events (ms)',
    unit: 'ms',
    pick: (run) => run.eventPan?.p95,
  },
  {
    id: 'eventZoomP95',
    label: 'zoom frame p95, single events (ms)',
    unit: 'ms',
    pick: (run) => run.eventZoom?.p95,
  },
  { id: 'domElements', label: 'DOM items after load', unit: '', pick: (run) => run.domElements },
  { id: 'domElementsMax', label: 'DOM items, most seen', unit: '', pick: (run) => run.domElementsMax },
  { id: 'drawnItems', label: 'items drawn after load', unit: '', pick: (run) => run.drawnItems },
  { id: 'heapMB', label: 'JS heap after load (MB)', unit: 'MB', pick: (run) => run.heapMB },
];

/** The outcome of all runs of one target on one dataset. */
export interface TargetSummary {
  readonly status: RunResult['status'] | 'skipped';
  readonly message?: string;
  readonly runs: readonly RunResult[];
  /** Median over the runs that finished, per metric. */
  readonly median: Partial<Record<MetricId, number>>;
  /** Metrics that no run got to within the bench's limits. */
  readonly unfinished?: MetricId[];
  readonly firstDrawnMethod?: 'mark' | 'dom';
}

export function summarize(runs: readonly RunResult[], timeoutSeconds: number): TargetSummary {
  const ok = runs.filter((run) => run.status === 'ok');
  if (ok.length === 0) {
    const last = runs.at(-1);
    const status = last?.status ?? 'skipped';
    const message =
      status === 'dnf' ? `did not finish in ${timeoutSeconds} s` : (last?.message ?? 'not measured');
    return { status, message, runs, median: {} };
  }
  const values: Partial<Record<MetricId, number>> = {};
  for (const metric of METRICS) {
    const value = median(ok.map(metric.pick).filter((item): item is number => item !== undefined));
    if (value !== undefined) values[metric.id] = value;
  }
  const unfinished = METRICS.filter(
    (metric) => values[metric.id] === undefined && metric.unfinished && ok.every(metric.unfinished),
  ).map((metric) => metric.id);
  const method = ok[0]?.firstDrawnMethod;
  return {
    status: 'ok',
    runs,
    median: values,
    ...(unfinished.length > 0 && { unfinished }),
    ...(method && { firstDrawnMethod: method }),
  };
}

export interface DatasetReport {
  readonly key: string;
  readonly label: string;
  readonly events: number;
  /** 1-minute load average when its runs began: other work on the machine makes every number slower. */
  readonly loadAverage?: number;
  readonly targets: Partial<Record<TargetId, TargetSummary>>;
}

export interface Budget {
  readonly name: string;
  readonly dataset?: string;
  readonly metric?: MetricId;
  readonly limit: number;
  /** 'below': value < limit; 'at-most': value <= limit; 'at-least': value >= limit. */
  readonly kind: 'below' | 'at-most' | 'at-least';
  readonly unit: string;
  readonly source: 'DESIGN.md' | 'issue';
}

export interface BudgetResult extends Budget {
  readonly value?: number;
  readonly met: boolean;
  readonly note?: string;
}

/** DESIGN.md "Tests and budgets", plus the 5x lead over bare vis-timeline at 10,000 events. */
export function budgetsFor(datasetKeys: readonly string[]): Budget[] {
  const budgets: Budget[] = [];
  if (datasetKeys.includes('seed'))
    budgets.push({
      name: 'seed dataset interactive (first drawn) < 1 s',
      dataset: 'seed',
      metric: 'firstDrawn',
      limit: 1000,
      kind: 'below',
      unit: 'ms',
      source: 'DESIGN.md',
    });
  if (datasetKeys.includes('100000'))
    budgets.push({
      name: '100,000 events first drawn < 2 s',
      dataset: '100000',
      metric: 'firstDrawn',
      limit: 2000,
      kind: 'below',
      unit: 'ms',
      source: 'DESIGN.md',
    });
  for (const dataset of datasetKeys) {
    budgets.push(
      {
        name: 'actor filter (uncheck the first actor) applied < 100 ms',
        dataset,
        metric: 'filterMs',
        limit: 100,
        kind: 'below',
        unit: 'ms',
        source: 'DESIGN.md',
      },
      {
        name: 'actor filter (only the first actor) applied < 100 ms',
        dataset,
        metric: 'filterOnlyMs',
        limit: 100,
        kind: 'below',
        unit: 'ms',
        source: 'DESIGN.md',
      },
      {
        name: 'pan frames p95 < 33 ms',
        dataset,
        metric: 'panP95',
        limit: 33,
        kind: 'below',
        unit: 'ms',
        source: 'DESIGN.md',
      },
      {
        name: 'zoom frames p95 < 33 ms',
        dataset,
        metric: 'zoomP95',
        limit: 33,
        kind: 'below',
        unit: 'ms',
        source: 'DESIGN.md',
      },
      ...(dataset === 'seed'
        ? []
        : (['eventPanP95', 'eventZoomP95'] as const).map((metric): Budget => ({
            name: `${metric === 'eventPanP95' ? 'pan' : 'zoom'} frames p95 among single events < 33 ms`,
            dataset,
            metric,
            limit: 33,
            kind: 'below',
            unit: 'ms',
            source: 'DESIGN.md',
          }))),
      {
        name: 'DOM items <= 1,500',
        dataset,
        metric: 'domElementsMax',
        limit: 1500,
        kind: 'at-most',
        unit: '',
        source: 'DESIGN.md',
      },
      {
        name: 'JS heap < 150 MB',
        dataset,
        metric: 'heapMB',
        limit: 150,
        kind: 'below',
        unit: 'MB',
        source: 'DESIGN.md',
      },
    );
  }
  return budgets;
}

export function checkBudget(budget: Budget, value: number | undefined, note?: string): BudgetResult {
  if (value === undefined || !Number.isFinite(value))
    return { ...budget, met: false, note: note ?? 'not measured' };
  const met =
    budget.kind === 'below'
      ? value < budget.limit
      : budget.kind === 'at-most'
        ? value <= budget.limit
        : value >= budget.limit;
  return { ...budget, value, met, ...(note && { note }) };
}

export function describeLimit(budget: Budget): string {
  const sign = budget.kind === 'below' ? '<' : budget.kind === 'at-most' ? '<=' : '>=';
  const unit = budget.unit === 'x' ? 'x' : budget.unit ? ` ${budget.unit}` : '';
  return `${sign} ${formatNumber(budget.limit)}${unit}`;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function formatRatio(peer: number, ours: number, lowerBound: boolean): string {
  if (!(ours > 0) || !Number.isFinite(peer)) return '';
  const ratio = peer / ours;
  const text = ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1);
  return `${lowerBound ? '>' : ''}${text}x`;
}

export interface TableInput {
  readonly datasets: readonly DatasetReport[];
  readonly budgets: readonly BudgetResult[];
  readonly initialJs: Partial<Record<TargetId, number>>;
  readonly timeoutSeconds: number;
}

/** One plain-text table: a row per metric and dataset, with the peers, ratios (peer / ours) and budgets. */
export function renderTable(input: TableInput): string {
  const header = [
    'metric',
    'data',
    'ours',
    'bare vis',
    'TimelineJS',
    'vis/ours',
    'TJS/ours',
    'budget',
    'result',
  ];
  const rows: string[][] = [];
  const budgetRow = (dataset: string | undefined, metric: MetricId | 'initialJs') =>
    input.budgets.find(
      (budget) =>
        budget.dataset === dataset && (budget.metric ?? 'initialJs') === metric && budget.unit !== 'x',
    );
  const verdict = (budget: BudgetResult | undefined) =>
    budget ? (budget.met ? 'MET' : budget.value === undefined ? 'MISSED (not measured)' : 'MISSED') : '';

  const ours = input.initialJs.ours;
  const initialBudget = budgetRow(undefined, 'initialJs');
  const jsCell = (target: TargetId) => {
    const value = input.initialJs[target];
    return value === undefined ? '' : formatNumber(value);
  };
  rows.push([
    'initial JS gzipped (kB)',
    'all',
    jsCell('ours'),
    jsCell('vis'),
    jsCell('timelinejs'),
    ours !== undefined && input.initialJs.vis !== undefined
      ? formatRatio(input.initialJs.vis, ours, false)
      : '',
    ours !== undefined && input.initialJs.timelinejs !== undefined
      ? formatRatio(input.initialJs.timelinejs, ours, false)
      : '',
    initialBudget ? describeLimit(initialBudget) : '',
    verdict(initialBudget),
  ]);

  for (const dataset of input.datasets) {
    for (const metric of METRICS) {
      const cells = TARGETS.map((target) => {
        const summary = dataset.targets[target];
        if (!summary) return { text: '', value: undefined, dnf: false };
        if (summary.status !== 'ok') {
          const first = metric.id === 'firstDrawn';
          const text =
            summary.status === 'dnf'
              ? first
                ? `DNF ${input.timeoutSeconds} s`
                : ''
              : first
                ? (summary.message ?? summary.status)
                : '';
          return { text, value: undefined, dnf: summary.status === 'dnf' && first };
        }
        const value = summary.median[metric.id];
        if (value === undefined && summary.unfinished?.includes(metric.id))
          return { text: 'DNF', value: undefined, dnf: false };
        return { text: value === undefined ? 'n/a' : formatNumber(value), value, dnf: false };
      });
      const [ourCell, visCell, tlCell] = cells;
      if (cells.every((cell) => cell.text === '' || cell.text === 'n/a')) continue;
      const ratio = (cell: (typeof cells)[number] | undefined) => {
        if (!cell || ourCell?.value === undefined) return '';
        if (cell.dnf) return formatRatio(input.timeoutSeconds * 1000, ourCell.value, true);
        return cell.value === undefined ? '' : formatRatio(cell.value, ourCell.value, false);
      };
      const budget = budgetRow(dataset.key, metric.id);
      rows.push([
        metric.label,
        dataset.label,
        ourCell?.text ?? '',
        visCell?.text ?? '',
        tlCell?.text ?? '',
        ratio(visCell),
        ratio(tlCell),
        budget ? describeLimit(budget) : '',
        verdict(budget),
      ]);
    }
  }
  for (const budget of input.budgets.filter((item) => item.unit === 'x')) {
    rows.push([
      budget.name,
      budget.dataset ? (input.datasets.find((item) => item.key === budget.dataset)?.label ?? '') : '',
      '',
      '',
      '',
      budget.value === undefined ? '' : `${budget.value.toFixed(1)}x`,
      '',
      describeLimit(budget),
      verdict(budget),
    ]);
  }

  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = new Set([2, 3, 4, 5, 6]);
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
