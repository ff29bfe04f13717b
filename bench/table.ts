/* The one plain-text table the bench prints: every metric per dataset, the peers, ratios and budgets. */
import { editorBudgetName, type BudgetResult } from './budgets';
import { EDITOR_DATA_LABEL, EDITOR_METRICS, type EditorReport } from './editor';
import { describeLimit, formatNumber } from './format';
import { METRICS, TARGETS, type DatasetReport, type MetricId, type TargetId } from './metrics';

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
  readonly editor?: EditorReport;
}

/** The editor's rows: our app only, the median of every measurement (the worst is in results.json). */
function editorRows(
  editor: EditorReport,
  budgets: readonly BudgetResult[],
  verdict: (budget: BudgetResult | undefined) => string,
): string[][] {
  return EDITOR_METRICS.map(({ id, label, budgetMs }) => {
    const value = editor[id]?.median;
    const budget =
      budgetMs === undefined
        ? undefined
        : budgets.find((item) => item.name === editorBudgetName(label, budgetMs));
    const measured = value === undefined ? (editor.errors.length > 0 ? 'error' : 'n/a') : formatNumber(value);
    return [
      label,
      EDITOR_DATA_LABEL,
      measured,
      '',
      '',
      '',
      '',
      budget ? describeLimit(budget) : '',
      verdict(budget),
    ];
  });
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
  if (input.editor) rows.push(...editorRows(input.editor, input.budgets, verdict));
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
