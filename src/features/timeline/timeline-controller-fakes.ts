import { vi } from 'vitest';
import type { Dataset } from '../../domain/types';
import { createAppStore, type AppStore } from '../../state/app-store';
import { selectDrawing, type Drawing } from '../../state/selectors';
import { itemsForWindow, type TimeRange } from './level-of-detail';
import {
  TimelineController,
  type ItemStore,
  type TimelineControllerOptions,
  type TimelineProps,
  type TimelineWidget,
} from './timeline-controller';
import type { TimelinePage } from './timeline-page';
import { labelRoomPx, paddedExtent, type TimelineItem } from './vis-items';
import type { WindowAnimation } from './vis-options';

/*
 * The controller's tests (timeline-controller*.test.ts) drive it over these fakes: a widget and a page that
 * record what the controller asks of them and report what the reader would do, with frames run by hand.
 */

/** How a move glides, and how one happens at once. */
export const GLIDE = { animation: { duration: 300, easingFunction: 'easeInOutQuad' } };
export const AT_ONCE = { animation: false };

/** How wide the fake page's timeline is: the fit keeps room for labels in proportion to it. */
export const PANEL_WIDTH = 900;

type SelectListener = (properties: { items: string[] }) => void;
type RangeListener = (properties: { start: Date; end: Date }) => void;

/** vis-timeline as the controller sees it: a window, a selection, and the two events it reports. */
export class FakeWidget implements TimelineWidget {
  window: TimeRange = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 1, 1) };
  readonly moves: { window: TimeRange; options: WindowAnimation | undefined }[] = [];
  readonly stacking: boolean[] = [];
  readonly focused: { id: string; options: WindowAnimation & { zoom: false } }[] = [];
  selection: string[] = [];
  destroyed = false;
  redraws = 0;
  readonly #select: SelectListener[] = [];
  readonly #rangechanged: RangeListener[] = [];

  constructor(readonly items: ItemStore) {}

  on(event: 'select', listener: SelectListener): void;
  on(event: 'rangechanged', listener: RangeListener): void;
  on(event: 'select' | 'rangechanged', listener: SelectListener | RangeListener): void {
    if (event === 'select') this.#select.push(listener as SelectListener);
    else this.#rangechanged.push(listener as RangeListener);
  }
  setOptions({ stack }: { stack: boolean }) {
    this.stacking.push(stack);
  }
  setWindow(start: number, end: number, options?: WindowAnimation) {
    this.window = { start, end };
    this.moves.push({ window: this.window, options });
  }
  getWindow() {
    return { start: new Date(this.window.start), end: new Date(this.window.end) };
  }
  setSelection(ids: string[]) {
    this.selection = ids;
  }
  focus(id: string, options: WindowAnimation & { zoom: false }) {
    this.focused.push({ id, options });
  }
  redraw() {
    this.redraws += 1;
  }
  destroy() {
    this.destroyed = true;
  }

  /** What vis-timeline reports once a window change has ended (by default the window it shows). */
  report(window: TimeRange = this.window) {
    for (const listener of this.#rangechanged)
      listener({ start: new Date(window.start), end: new Date(window.end) });
  }
  choose(id: string | null) {
    for (const listener of this.#select) listener({ items: id === null ? [] : [id] });
  }
}

/** The page around the widget: the selected element it finds, where that element is, and frames run by hand. */
export class FakePage implements TimelinePage {
  selected: HTMLElement | null = null;
  /** What `windowShowing` answers: null while the selection shows whole. */
  showingWindow: TimeRange | null = null;
  settledWaits: { then: (element: HTMLElement) => void; cancelled: boolean }[] = [];
  #frames: (() => void)[] = [];

  selectedElement() {
    return this.selected;
  }
  whenSelectionSettled(then: (element: HTMLElement) => void) {
    const wait = { then, cancelled: false };
    this.settledWaits.push(wait);
    return () => {
      wait.cancelled = true;
    };
  }
  windowShowing() {
    return this.showingWindow;
  }
  width() {
    return PANEL_WIDTH;
  }
  nextFrame(callback: () => void) {
    this.#frames.push(callback);
  }
  runFrames() {
    const frames = this.#frames;
    this.#frames = [];
    for (const frame of frames) frame();
  }
}

function itemsOf(drawing: Drawing): TimelineItem[] {
  if (drawing.kind === 'nothing') return [];
  return itemsForWindow(drawing.index, drawing.mask, drawing.shownCount, null, drawing.categories);
}

/** A store over `dataset`, a controller over a fake widget and page, its callbacks as mocks, and its props. */
export function setUpController(dataset: Dataset, { reducedMotion = false } = {}) {
  const store: AppStore = createAppStore(dataset);
  const page = new FakePage();
  let widget: FakeWidget | undefined;
  const callbacks = {
    onSelect: vi.fn<TimelineControllerOptions['onSelect']>(),
    onOpenInList: vi.fn<TimelineControllerOptions['onOpenInList']>(),
    onWindowChange: vi.fn<TimelineControllerOptions['onWindowChange']>(),
    onSelectionShown: vi.fn<TimelineControllerOptions['onSelectionShown']>(),
    onDrawn: vi.fn<NonNullable<TimelineControllerOptions['onDrawn']>>(),
  };
  const controller = new TimelineController({
    createWidget: (items) => (widget = new FakeWidget(items)),
    page,
    reducedMotion,
    currentDrawing: () => selectDrawing(store.getState()),
    ...callbacks,
  });
  /** Props as the view makes them from the store, with `overrides`. */
  const propsNow = (overrides: Partial<TimelineProps> = {}): TimelineProps => {
    const state = store.getState();
    const drawing = selectDrawing(state);
    return {
      drawing,
      items: itemsOf(drawing),
      stack: true,
      window: state.window,
      requestedWindow: null,
      selectedEventId: state.selectedEventId,
      ...overrides,
    };
  };
  return { store, page, widget: widget!, controller, propsNow, ...callbacks };
}

/** The window fitting a drawing shows. */
export function fitted(drawing: Drawing): TimeRange {
  if (drawing.kind === 'nothing' || !drawing.extent) throw new Error('nothing to fit');
  return paddedExtent(drawing.extent, PANEL_WIDTH, labelRoomPx(PANEL_WIDTH));
}
