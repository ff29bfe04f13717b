/* The budgets of docs/design.md and the issue, and whether a measurement meets them. */
import { EDITOR_METRICS, type EditorReport } from './editor';
import type { DatasetReport, MetricId, TargetId } from './metrics';

export interface Budget {
  readonly name: string;
  readonly dataset?: string;
  readonly metric?: MetricId;
  readonly limit: number;
  /** 'below': value < limit; 'at-most': value <= limit; 'at-least': value >= limit. */
  readonly kind: 'below' | 'at-most' | 'at-least';
  readonly unit: string;
  readonly source: 'docs/design.md' | 'issue';
}

export interface BudgetResult extends Budget {
  readonly value?: number;
  readonly met: boolean;
  readonly note?: string;
}

/** docs/design.md "Tests and budgets", plus the 5x lead over bare vis-timeline at 10,000 events. */
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
      source: 'docs/design.md',
    });
  if (datasetKeys.includes('100000'))
    budgets.push({
      name: '100,000 events first drawn < 2 s',
      dataset: '100000',
      metric: 'firstDrawn',
      limit: 2000,
      kind: 'below',
      unit: 'ms',
      source: 'docs/design.md',
    });
  for (const dataset of datasetKeys.filter((key) => key.startsWith('acled-')))
    budgets.push({
      name: `${Number(dataset.slice(6)).toLocaleString('en')} ACLED rows opened from a file first drawn < 2 s`,
      dataset,
      metric: 'firstDrawn',
      limit: 2000,
      kind: 'below',
      unit: 'ms',
      source: 'docs/design.md',
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
        source: 'docs/design.md',
      },
      {
        name: 'actor filter (only the first actor) applied < 100 ms',
        dataset,
        metric: 'filterOnlyMs',
        limit: 100,
        kind: 'below',
        unit: 'ms',
        source: 'docs/design.md',
      },
      {
        name: 'pan frames p95 < 33 ms',
        dataset,
        metric: 'panP95',
        limit: 33,
        kind: 'below',
        unit: 'ms',
        source: 'docs/design.md',
      },
      {
        name: 'zoom frames p95 < 33 ms',
        dataset,
        metric: 'zoomP95',
        limit: 33,
        kind: 'below',
        unit: 'ms',
        source: 'docs/design.md',
      },
      // The seed and ACLED files have no window of single events picked for them.
      ...(dataset === 'seed' || dataset.startsWith('acled-')
        ? []
        : (['eventPanP95', 'eventZoomP95'] as const).map((metric): Budget => ({
            name: `${metric === 'eventPanP95' ? 'pan' : 'zoom'} frames p95 among single events < 33 ms`,
            dataset,
            metric,
            limit: 33,
            kind: 'below',
            unit: 'ms',
            source: 'docs/design.md',
          }))),
      {
        name: 'DOM items <= 1,500',
        dataset,
        metric: 'domElementsMax',
        limit: 1500,
        kind: 'at-most',
        unit: '',
        source: 'docs/design.md',
      },
      {
        name: 'JS heap < 150 MB',
        dataset,
        metric: 'heapMB',
        limit: 150,
        kind: 'below',
        unit: 'MB',
        source: 'docs/design.md',
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

const INITIAL_JS_BUDGET_KB = 240;

export interface BudgetInput {
  readonly datasetKeys: readonly string[];
  readonly targets: readonly TargetId[];
  readonly reports: readonly DatasetReport[];
  /** Our app's initial JavaScript, gzipped, in kB. */
  readonly ourInitialJsKb: number;
  readonly timeoutSeconds: number;
  /** The editor's rows, when they were measured. */
  readonly editor?: EditorReport;
}

/** The name of the editor's budget for one of its metrics. */
export const editorBudgetName = (label: string, limit: number) =>
  `${label.replace(/ \(ms\)$/, '')} < ${limit} ms`;

/** The editor budgets: selecting a passage and saving an event each under 100 ms (the median). */
function editorBudgets(editor: EditorReport): BudgetResult[] {
  return EDITOR_METRICS.flatMap(({ id, label, budgetMs }) => {
    if (budgetMs === undefined) return [];
    const budget: Budget = {
      name: editorBudgetName(label, budgetMs),
      dataset: 'editor',
      limit: budgetMs,
      kind: 'below',
      unit: 'ms',
      source: 'issue',
    };
    return [checkBudget(budget, editor[id]?.median, editor.errors[0])];
  });
}

/** Every budget that applies to this bench run, checked against what it measured. */
export function checkBudgets(input: BudgetInput): BudgetResult[] {
  const budgets: BudgetResult[] = [];
  const initialBudget: Budget = {
    name: `initial JavaScript gzipped < ${INITIAL_JS_BUDGET_KB} kB`,
    limit: INITIAL_JS_BUDGET_KB,
    kind: 'below',
    unit: 'kB',
    source: 'docs/design.md',
  };
  budgets.push(checkBudget(initialBudget, input.ourInitialJsKb));
  for (const budget of input.targets.includes('ours') ? budgetsFor(input.datasetKeys) : []) {
    const summary = input.reports.find((report) => report.key === budget.dataset)?.targets.ours;
    const value = budget.metric ? summary?.median[budget.metric] : undefined;
    budgets.push(
      checkBudget(budget, value, summary && summary.status !== 'ok' ? summary.message : undefined),
    );
  }
  const tenK = input.reports.find((report) => report.key === '10000');
  if (tenK && input.targets.includes('ours') && input.targets.includes('vis')) {
    const ours = tenK.targets.ours?.median.firstDrawn;
    const vis = tenK.targets.vis;
    const visValue =
      vis?.status === 'dnf'
        ? input.timeoutSeconds * 1000
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
  if (input.editor) budgets.push(...editorBudgets(input.editor));
  const seedLead = seedTextLead(input);
  if (seedLead) budgets.push(seedLead);
  return budgets;
}

/**
 * The issue's "events before scripts": on the seed dataset our event text is painted before both peers',
 * measured in the same run. The value is the quicker peer's time over ours: above 1x, ours came first.
 */
function seedTextLead(input: BudgetInput): BudgetResult | undefined {
  const seed = input.reports.find((report) => report.key === 'seed');
  if (!seed || !(['ours', 'vis', 'timelinejs'] as const).every((target) => input.targets.includes(target)))
    return undefined;
  const ours = seed.targets.ours?.median.firstText;
  const peers = [seed.targets.vis?.median.firstText, seed.targets.timelinejs?.median.firstText];
  const quickest = peers.includes(undefined) ? undefined : Math.min(...(peers as number[]));
  const lead: Budget = {
    name: 'seed: our event text painted first (quicker peer / ours)',
    dataset: 'seed',
    limit: 1,
    kind: 'at-least',
    unit: 'x',
    source: 'issue',
  };
  return checkBudget(lead, ours !== undefined && quickest !== undefined ? quickest / ours : undefined);
}
