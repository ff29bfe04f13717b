/*
 * What the bench measures: the targets (our app and its peers), what one page load gives (RunResult), the
 * metrics read off it, and the median of each over the runs of one target on one dataset.
 */
import { median, type FrameStats } from './statistics';

export type TargetId = 'ours' | 'vis' | 'timelinejs';
export const TARGETS: readonly TargetId[] = ['ours', 'vis', 'timelinejs'];
export const TARGET_LABELS: Record<TargetId, string> = {
  ours: 'ours',
  vis: 'bare vis',
  timelinejs: 'TimelineJS',
};

/** What one page load of one target gave. */
export interface RunResult {
  readonly status: 'ok' | 'dnf' | 'unsupported' | 'error';
  readonly message?: string;
  /** ms from navigation start to the end of the first frame painted with items of the dataset. */
  readonly firstDrawn?: number;
  readonly firstDrawnMethod?: 'mark' | 'dom';
  /** ms from navigation start to the end of the first frame painted with an event's title on screen. */
  readonly firstText?: number;
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
  | 'firstText'
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
  { id: 'firstText', label: 'first event text painted (ms)', unit: 'ms', pick: (run) => run.firstText },
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
