import { DataSet } from 'vis-data/esnext';
import type { Drawing } from '../../state/selectors';
import { markFirstItems } from './first-items-mark';
import { bucketWindow, firstEventIn, ZOOM_LIMITS, type TimeRange } from './level-of-detail';
import type { TimelinePage } from './timeline-page';
import {
  aggregateBucket,
  isAggregateId,
  itemChanges,
  labelRoomPx,
  paddedExtent,
  scaleWindow,
  type TimelineItem,
} from './vis-items';
import { animation, type WindowAnimation } from './vis-options';

/*
 * The vis-timeline widget behind a plain class: it creates the widget, takes everything the page wants shown
 * in one `setProps` call, tells the page what the reader did through the callbacks it was made with, and
 * destroys the widget. The widget is made by a factory and the page's layout is read through `TimelinePage`,
 * so that all of this runs against fakes in unit tests.
 */

/** The part of vis-timeline's Timeline used here. */
export interface TimelineWidget {
  on(event: 'select', listener: (properties: { items: string[] }) => void): void;
  on(event: 'rangechanged', listener: (properties: { start: Date; end: Date }) => void): void;
  setOptions(options: { stack: boolean }): void;
  setWindow(start: number, end: number, options?: WindowAnimation): void;
  getWindow(): { start: Date; end: Date };
  setSelection(ids: string[]): void;
  /** Lays out everything again, measuring the items drawn since (and fitting its height to them). */
  redraw(): void;
  focus(id: string, options: WindowAnimation & { zoom: false }): void;
  destroy(): void;
}

export type ItemStore = DataSet<TimelineItem, 'id'>;

export interface TimelineControllerOptions {
  /** Makes the widget over the item store the controller fills. */
  readonly createWidget: (items: ItemStore) => TimelineWidget;
  readonly page: TimelinePage;
  readonly reducedMotion: boolean;
  /** What the page draws now, which may be ahead of the last props (a dataset opened since). */
  readonly currentDrawing: () => Drawing;
  readonly onSelect: (eventId: string | null) => void;
  /** Opens an event in the list: chosen through a count the timeline cannot zoom into any further. */
  readonly onOpenInList: (eventId: string) => void;
  /** The reader moved the window, or the timeline moved it to fit a dataset or show a selection. */
  readonly onWindowChange: (window: TimeRange) => void;
  /** Given the selected item's element once a new selection shows whole on the timeline. */
  readonly onSelectionShown: (element: HTMLElement) => void;
  /** Called once a dataset (or its preview) has been drawn, in the frame after. */
  readonly onDrawn?: () => void;
}

export interface TimelineProps {
  readonly drawing: Drawing;
  /** What the widget holds: the drawing's events or counts for the window, related ones marked. */
  readonly items: readonly TimelineItem[];
  /** Events, which overlap, are stacked; counts stand side by side over their buckets. */
  readonly stack: boolean;
  /** The store's window; null until the timeline has drawn or a link set it. */
  readonly window: TimeRange | null;
  /** The window a link chose for the dataset it asks for, which its preview shows (see selectRequestedWindow). */
  readonly requestedWindow: TimeRange | null;
  readonly selectedEventId: string | null;
}

/** One zoom step: the window becomes this many times narrower (in) or wider (out). */
const ZOOM_STEP = 1.5;

/** Windows closer than this are the same window (the URL keeps whole days; the widget keeps milliseconds). */
const WINDOW_TOLERANCE_MS = 60_000;

/** The dataset or preview a drawing shows; nothing for a page still waiting for one. */
function dataOf(drawing: Drawing) {
  return drawing.kind === 'dataset' ? drawing.dataset : drawing.kind === 'preview' ? drawing.preview : null;
}

function timesOf({ start, end }: { start: Date; end: Date }): TimeRange {
  return { start: start.getTime(), end: end.getTime() };
}

export class TimelineController {
  readonly #options: TimelineControllerOptions;
  readonly #items: ItemStore = new DataSet<TimelineItem, 'id'>();
  readonly #widget: TimelineWidget;
  #props: TimelineProps | null = null;
  /** What the widget holds, by id, so that each push touches only what changed. */
  readonly #shown = new Map<string, TimelineItem>();
  /** The dataset or preview last fitted: each is fitted once, when first drawn. */
  #fitted: object | null = null;
  /**
   * Where the zoom is heading while it animates, so that steps pressed in quick succession add up instead of
   * each starting again from a half-way window.
   */
  #zoomTarget: TimeRange | null = null;
  /** The window is moving to show a new selection; once it rests, the selection is shown. */
  #followingSelection = false;
  /** The event a link selected together with a window: that window is kept as the sender saw it. */
  #linkedSelection: string | null = null;
  /** The selection last followed into view: later filter changes must not drag the reader back to it. */
  #followedSelection: string | null = null;
  /** Stops waiting for the widget to draw the last selection. */
  #cancelWaitForSelection: (() => void) | null = null;

  constructor(options: TimelineControllerOptions) {
    this.#options = options;
    this.#widget = options.createWidget(this.#items);
    this.#widget.on('select', ({ items }) => {
      const [id = null] = items;
      if (id !== null && isAggregateId(id)) this.openAggregate(id);
      else options.onSelect(id);
    });
    this.#widget.on('rangechanged', (reported) => this.#windowReported(timesOf(reported)));
  }

  /** Makes the widget show `props`, doing only what changed since the last call. */
  setProps(props: TimelineProps): void {
    const previous = this.#props;
    this.#props = props;
    if (props.stack !== previous?.stack) this.#widget.setOptions({ stack: props.stack });
    if (props.items !== previous?.items) this.#syncItems(props.items);
    this.#fitNewData(props);
    if (props.window !== previous?.window) this.#applyWindow(props.window);
    if (props.items !== previous?.items || props.selectedEventId !== previous?.selectedEventId) {
      this.#applySelection(props.selectedEventId);
    }
  }

  zoomIn(): void {
    this.#zoom(1 / ZOOM_STEP);
  }

  zoomOut(): void {
    this.#zoom(ZOOM_STEP);
  }

  /** Shows every shown event. */
  fit(): void {
    this.#zoomTarget = this.#fitTo(this.#animation());
  }

  /**
   * What choosing a count does: zoom into its bucket, where its events come apart, or, where the timeline
   * cannot zoom in far enough to part them, open its first event in the list.
   */
  openAggregate(id: string): void {
    const bucket = aggregateBucket(id);
    const drawing = this.#props?.drawing;
    if (!bucket || !drawing || drawing.kind === 'nothing') return;
    this.#widget.setSelection([]);
    const first = this.#items.get(id)?.opensInList
      ? firstEventIn(drawing.index, drawing.mask, bucket)
      : undefined;
    if (first) this.#options.onOpenInList(first.id);
    else {
      // The very window `opensInList` was worked out for, not one the widget widens as it likes.
      const window = bucketWindow(bucket);
      this.#widget.setWindow(window.start, window.end);
    }
  }

  destroy(): void {
    this.#cancelWaitForSelection?.();
    this.#widget.destroy();
  }

  #animation() {
    return animation(this.#options.reducedMotion);
  }

  #syncItems(items: readonly TimelineItem[]) {
    const { remove, add } = itemChanges(this.#shown, items);
    if (remove.length) this.#items.remove(remove);
    if (add.length) this.#items.add(add);
    for (const id of remove) this.#shown.delete(id);
    for (const item of add) this.#shown.set(item.id, item);
    // vis-timeline draws added items in its next frame and sizes its panels before it has measured them: with
    // no later redraw (no animation to follow, as with reduced motion) the timeline kept the height it had
    // before, cutting off the lowest rows. One more layout after that frame fits the height to the rows.
    if (remove.length || add.length) this.#options.page.nextFrame(() => this.#widget.redraw());
  }

  #fitTo(options: WindowAnimation): TimeRange | null {
    const drawing = this.#props?.drawing;
    const extent = drawing && drawing.kind !== 'nothing' ? drawing.extent : null;
    if (!extent) return null;
    // Events have labels beside them; counts (not stacked) do not.
    const width = this.#options.page.width();
    const padded = paddedExtent(extent, width, this.#props?.stack ? labelRoomPx(width) : 0);
    this.#widget.setWindow(padded.start, padded.end, options);
    return padded;
  }

  /** A newly opened dataset (or its preview) is fitted once, unless a link or the preview chose the window. */
  #fitNewData({ drawing, items, window, requestedWindow, selectedEventId }: TimelineProps) {
    const data = dataOf(drawing);
    // Eras alone are not fitted to: the events they are behind are awaited.
    const drawsEvents = items.some((item) => item.kind !== 'era');
    if (data === null || data === this.#fitted || !drawsEvents) return;
    this.#fitted = data;
    const preview = drawing.kind === 'preview';
    // While a preview is drawn, the window is still the one of the dataset open before it; only the link
    // that asked for the new dataset can have chosen one for it.
    const chosenWindow = preview ? requestedWindow : window;
    if (!chosenWindow) this.#fitTo({ animation: false });
    else if (preview) this.#widget.setWindow(chosenWindow.start, chosenWindow.end, { animation: false });
    if (!chosenWindow || preview) {
      // vis-timeline reports no range change for a window it already shows (a checked dataset fitted just
      // like its preview was), so the store learns the window from the widget, not from 'rangechanged'.
      this.#options.onWindowChange(timesOf(this.#widget.getWindow()));
    }
    this.#linkedSelection = chosenWindow ? selectedEventId : null;
    this.#options.page.nextFrame(() => {
      markFirstItems();
      this.#options.onDrawn?.();
    });
  }

  #applyWindow(window: TimeRange | null) {
    if (!window) return;
    const shown = timesOf(this.#widget.getWindow());
    const moved =
      Math.abs(shown.start - window.start) > WINDOW_TOLERANCE_MS ||
      Math.abs(shown.end - window.end) > WINDOW_TOLERANCE_MS;
    if (moved) this.#widget.setWindow(window.start, window.end, { animation: false });
  }

  #windowReported(reported: TimeRange) {
    // A window set without animation is reported 200 ms later, perhaps in the middle of a zoom or a glide
    // to a selection that began since (opening a count, or a link to an event, right after a dataset is
    // fitted); only the window still shown is news.
    const shown = timesOf(this.#widget.getWindow());
    if (shown.start !== reported.start || shown.end !== reported.end) return;
    // Nor is the window of the dataset shown before one just opened and not yet fitted: taken as the new
    // one's, it would stop the fit (a file opened within 200 ms of the last window change). While a link's
    // dataset is awaited, nothing new is drawn and the window is still the last dataset's.
    const current = this.#options.currentDrawing();
    if (this.#fitted === null || (current.kind !== 'nothing' && dataOf(current) !== this.#fitted)) return;
    this.#zoomTarget = null;
    this.#options.onWindowChange(reported);
    if (this.#followingSelection) {
      this.#followingSelection = false;
      // The widget draws the items at their new places in the next frame.
      this.#options.page.nextFrame(() => this.#selectionShown());
    }
  }

  #selectionShown() {
    const element = this.#options.page.selectedElement();
    if (element) this.#options.onSelectionShown(element);
  }

  /** Marks the selection on the widget and follows a new one into view, once. */
  #applySelection(selectedEventId: string | null) {
    const selected = selectedEventId !== null ? this.#items.get(selectedEventId) : null;
    this.#widget.setSelection(selected ? [selected.id] : []);
    if (!selected || this.#followedSelection === selected.id) return;
    this.#followedSelection = selected.id;
    this.#cancelWaitForSelection?.();
    const keepWindow = selected.id === this.#linkedSelection;
    this.#linkedSelection = null;
    const shown = timesOf(this.#widget.getWindow());
    const itemEnd = selected.end ?? selected.start;
    this.#followingSelection = selected.start.getTime() < shown.start || itemEnd.getTime() > shown.end;
    if (this.#followingSelection) this.#widget.focus(selected.id, { ...this.#animation(), zoom: false });
    else {
      // An item on screen is measured at once (the address is right from the start); one not drawn yet,
      // as on opening a link, once the widget has placed it.
      const element = this.#options.page.selectedElement();
      if (element) this.#showWholeSelection(element, keepWindow);
      else
        this.#cancelWaitForSelection = this.#options.page.whenSelectionSettled((drawn) =>
          this.#showWholeSelection(drawn, keepWindow),
        );
    }
  }

  /*
   * A selection drawn in the window but cut off at its edge (a phone's fitted window cuts the boxes at its
   * ends in half) moves in whole, at once: a glide would leave the address, and a link copied from it,
   * pointing at the old window for a moment. One that shows is handed on.
   */
  #showWholeSelection(element: HTMLElement, keepWindow: boolean) {
    const next = keepWindow
      ? null
      : this.#options.page.windowShowing(element, timesOf(this.#widget.getWindow()));
    if (next) {
      this.#followingSelection = true;
      this.#options.onWindowChange(next);
    } else this.#selectionShown();
  }

  #zoom(factor: number) {
    const from = this.#zoomTarget ?? timesOf(this.#widget.getWindow());
    const next = scaleWindow(from, factor, ZOOM_LIMITS);
    this.#zoomTarget = next;
    this.#widget.setWindow(next.start, next.end, this.#animation());
  }
}
