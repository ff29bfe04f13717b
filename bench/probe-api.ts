/*
 * What the in-page probe (bench/probe.js, plain JavaScript injected into every page) and the harness
 * (bench/measure.ts, in Node) say to each other: the configuration set before any page script runs, and the
 * answers of `window.__ctBench`. Both sides are type-checked against these types: measure.ts by
 * tsconfig.json, probe.js through its JSDoc by bench/tsconfig.pages.json.
 */

export interface ProbeConfig {
  /** What counts as a drawn item: '.vis-item' for ours and bare vis, '.tl-timemarker' for TimelineJS. */
  readonly itemSelector: string;
  /**
   * Our app: the number of events of the loaded dataset; the first items only count once the status line
   * says "Showing N of <expectedTotal> events", so the built-in dataset drawn before or instead of a ?data=
   * one is not mistaken for it. null: any item counts.
   */
  readonly expectedTotal: number | null;
  /** The performance mark the app sets when it has first drawn items ('ct:first-items'), or null. */
  readonly markName: string | null;
  /** Texts (event titles) whose first visible appearance is timed; empty: not timed. */
  readonly eventTexts: readonly string[];
}

/** The numbers of the status line "Showing N of M events". */
export interface StatusCounts {
  readonly shown: number;
  readonly total: number;
  readonly text: string;
}

/** Moments in ms since navigation start, null until they happen. */
export interface ProbeMoments {
  /** First moment any item was in the DOM. */
  firstAny: number | null;
  /** First moment an item of the expected dataset was in the DOM, and the end of the paint after it. */
  first: number | null;
  firstPaint: number | null;
  /** performance.mark(markName) time, and the end of the paint after it. */
  mark: number | null;
  markPaint: number | null;
  /** When a file was handed to a file input (its change event): an import through the file picker began. */
  fileChosen: number | null;
  /** First moment one of the event texts was in the DOM and rendered, and the end of the paint after it. */
  textFirst: number | null;
  textPaint: number | null;
  lastMutation: number;
  /** The page's first uncaught error. */
  error: string | null;
}

export interface ProbeState extends Readonly<ProbeMoments> {
  readonly now: number;
  readonly status: StatusCounts | null;
  /** What a peer page reported as its failure (bench/peers/peer-data.js). */
  readonly peerError: string | null;
}

export interface ItemCount {
  /** Elements matching the item selector. */
  readonly elements: number;
  /** vis-timeline only: drawn items (one content element each; a box item is three .vis-item elements). */
  readonly contents: number | null;
}

export interface Settled {
  readonly settled: boolean;
  /** When the DOM last changed. */
  readonly at: number;
}

/** A timed click on a filter: click -> paint after the last change it caused, and after the status changed. */
export interface FilterResult {
  readonly click: number | null;
  readonly applied: number | null;
  readonly status: number | null;
  readonly itemsChanged: boolean;
  readonly before: StatusCounts | null;
  readonly after: StatusCounts | null;
}

/** `window.__ctBench`. */
export interface ProbeApi {
  /** Forgets the moments above, to time what comes next (a file opened), whose dataset has `total` events. */
  rearm(total: number | null): void;
  state(): ProbeState;
  count(): ItemCount;
  /** Resolves once the DOM has not changed for `quietMs`, or after `maxMs`. */
  settle(quietMs: number, maxMs: number): Promise<Settled>;
  /** Records animation frames until framesStop, which returns the gaps between them in ms. */
  framesStart(): void;
  framesStop(): number[];
  /** Times the next click (filterArm) and its result, once nothing it caused has changed for `quietMs`. */
  filterArm(): void;
  filterResult(quietMs: number, maxMs: number): Promise<FilterResult>;
}
