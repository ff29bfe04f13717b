import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { previewOf } from '../../domain/draw-preview';
import type { Dataset } from '../../domain/types';
import { createAppStore, type AppStore } from '../../state/app-store';
import { selectDrawing, type Drawing } from '../../state/selectors';
import { expectLoaded, rawDataset, validateFixture } from '../../testing/dataset-fixtures';
import { FIRST_ITEMS_MARK } from './first-items-mark';
import { bucketWindow, itemsForWindow, type TimeRange } from './level-of-detail';
import {
  TimelineController,
  type ItemStore,
  type TimelineControllerOptions,
  type TimelineProps,
  type TimelineWidget,
} from './timeline-controller';
import type { TimelinePage } from './timeline-page';
import { labelRoomPx, paddedExtent, toAggregateItem, type TimelineItem } from './vis-items';
import type { WindowAnimation } from './vis-options';
import { DAY_MS } from '../../domain/calendar';

const utc = (day: string): number => new Date(`${day}T00:00:00Z`).getTime();
const GLIDE = { animation: { duration: 300, easingFunction: 'easeInOutQuad' } };
const AT_ONCE = { animation: false };

type SelectListener = (properties: { items: string[] }) => void;
type RangeListener = (properties: { start: Date; end: Date }) => void;

/** vis-timeline as the controller sees it: a window, a selection, and the two events it reports. */
class FakeWidget implements TimelineWidget {
  window: TimeRange = { start: utc('2000-01-01'), end: utc('2000-02-01') };
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
class FakePage implements TimelinePage {
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

const element = { tagName: 'DIV' } as unknown as HTMLElement;
/** How wide the fake page's timeline is: the fit keeps room for labels in proportion to it. */
const PANEL_WIDTH = 900;
const fixtureDataset = (): Dataset => expectLoaded(validateFixture(rawDataset())).dataset;

function itemsOf(drawing: Drawing): TimelineItem[] {
  if (drawing.kind === 'nothing') return [];
  return itemsForWindow(drawing.index, drawing.mask, drawing.shownCount, null, drawing.categories);
}

function setUp({ reducedMotion = false, dataset = fixtureDataset() } = {}) {
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
function fitted(drawing: Drawing): TimeRange {
  if (drawing.kind === 'nothing' || !drawing.extent) throw new Error('nothing to fit');
  return paddedExtent(drawing.extent, PANEL_WIDTH, labelRoomPx(PANEL_WIDTH));
}

describe('TimelineController: the widget and its items', () => {
  it('creates the widget over its item store, hands it the items, and destroys it', () => {
    const { widget, controller, propsNow } = setUp();
    const props = propsNow();
    controller.setProps(props);
    expect(widget.items.getIds().sort()).toEqual(props.items.map((item) => item.id).sort());
    controller.destroy();
    expect(widget.destroyed).toBe(true);
  });

  it('touches only the items that changed', () => {
    const { widget, controller, propsNow } = setUp();
    const props = propsNow();
    controller.setProps(props);
    const [kept, changed, removed] = props.items as [TimelineItem, TimelineItem, TimelineItem];
    const changes: string[] = [];
    widget.items.on('*', (event, payload) => changes.push(`${event} ${String(payload?.items)}`));
    controller.setProps({ ...props, items: [kept, { ...changed, label: 'Renamed' }] });
    expect(changes).toEqual([`remove ${removed.id},${changed.id}`, `add ${changed.id}`]);
    expect(widget.items.get(changed.id)?.label).toBe('Renamed');
    expect(widget.items.get(kept.id)).toBe(kept);
  });

  it('lays the widget out once more in the frame after items changed, so its height fits the rows', () => {
    const { widget, controller, propsNow, page } = setUp();
    const props = propsNow();
    controller.setProps(props);
    expect(widget.redraws).toBe(0);
    page.runFrames();
    expect(widget.redraws).toBe(1);
    controller.setProps({ ...props, selectedEventId: null });
    page.runFrames();
    expect(widget.redraws).toBe(1);
  });

  it('stacks events, not counts, and says so only when that changes', () => {
    const { widget, controller, propsNow } = setUp();
    controller.setProps(propsNow({ stack: true }));
    controller.setProps(propsNow({ stack: true }));
    controller.setProps(propsNow({ stack: false }));
    expect(widget.stacking).toEqual([true, false]);
  });
});

describe('TimelineController: fitting newly opened data', () => {
  beforeEach(() => performance.clearMarks(FIRST_ITEMS_MARK));
  afterEach(() => performance.clearMarks(FIRST_ITEMS_MARK));

  it('fits a dataset once, at once, tells the store the window, and marks the first drawn items', () => {
    const { widget, controller, propsNow, page, store, onWindowChange } = setUp();
    const props = propsNow();
    controller.setProps(props);
    expect(widget.moves).toEqual([{ window: fitted(props.drawing), options: AT_ONCE }]);
    expect(onWindowChange).toHaveBeenCalledExactlyOnceWith(fitted(props.drawing));
    expect(performance.getEntriesByName(FIRST_ITEMS_MARK)).toHaveLength(0);
    page.runFrames();
    expect(performance.getEntriesByName(FIRST_ITEMS_MARK)).toHaveLength(1);

    // A filter gives another drawing of the same dataset: it is not fitted again.
    store.getState().setActorFilter(['a2']);
    controller.setProps(propsNow());
    expect(widget.moves).toHaveLength(1);
  });

  it('says when a dataset has been drawn, in the frame after, once per dataset', () => {
    const { controller, propsNow, page, store, onDrawn } = setUp();
    controller.setProps(propsNow());
    expect(onDrawn).not.toHaveBeenCalled();
    page.runFrames();
    expect(onDrawn).toHaveBeenCalledOnce();
    store.getState().setActorFilter(['a2']);
    controller.setProps(propsNow());
    page.runFrames();
    expect(onDrawn).toHaveBeenCalledOnce();
  });

  it('keeps room for labels when it fits events, and none when it fits counts', () => {
    const events = setUp();
    events.controller.setProps(events.propsNow({ stack: true }));
    const counts = setUp();
    const props = counts.propsNow({ stack: false });
    counts.controller.setProps(props);
    if (props.drawing.kind === 'nothing' || !props.drawing.extent) throw new Error('nothing to fit');
    const fittedCounts = paddedExtent(props.drawing.extent, PANEL_WIDTH, 0);
    expect(counts.widget.moves).toEqual([{ window: fittedCounts, options: AT_ONCE }]);
    const span = ({ window }: { window: TimeRange }) => window.end - window.start;
    expect(span(events.widget.moves[0]!)).toBeGreaterThan(span(counts.widget.moves[0]!));
  });

  it('fits a dataset only once it has items to draw', () => {
    const { widget, controller, propsNow } = setUp();
    controller.setProps(propsNow({ items: [] }));
    expect(widget.moves).toEqual([]);
    const props = propsNow();
    controller.setProps(props);
    expect(widget.moves).toEqual([{ window: fitted(props.drawing), options: AT_ONCE }]);
  });

  it('keeps the window a link chose for a dataset instead of fitting it', () => {
    const { widget, controller, propsNow, onWindowChange } = setUp();
    const linked = { start: utc('2024-11-01'), end: utc('2024-11-20') };
    controller.setProps(propsNow({ window: linked }));
    expect(widget.moves).toEqual([{ window: linked, options: AT_ONCE }]);
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  it('fits each newly opened dataset, and a preview at the window its link chose', () => {
    const { widget, controller, propsNow, store, onWindowChange } = setUp();
    controller.setProps(propsNow());
    const preview = previewOf([
      { date: '2020-01-01', category: 'attack' },
      { date: '2020-03-01', category: 'aid' },
    ]);
    store.getState().showLoadingPreview(preview);
    const requested = { start: utc('2020-02-01'), end: utc('2020-02-10') };
    controller.setProps(propsNow({ requestedWindow: requested }));
    expect(widget.moves.at(-1)).toEqual({ window: requested, options: AT_ONCE });
    expect(onWindowChange).toHaveBeenLastCalledWith(requested);

    // The checked dataset replaces its preview; the store's window was reset by opening it.
    const opened = fixtureDataset();
    store.getState().openDataset({ dataset: opened });
    const props = propsNow();
    controller.setProps(props);
    expect(widget.moves.at(-1)).toEqual({ window: fitted(props.drawing), options: AT_ONCE });
  });

  it('fits a preview whose link chose no window, not at the window of the dataset it replaces', () => {
    const { widget, controller, propsNow, store } = setUp();
    store.getState().setWindow({ start: utc('2024-01-01'), end: utc('2024-12-31') });
    controller.setProps(propsNow());
    store.getState().showLoadingPreview(previewOf([{ date: '2020-01-01', category: 'attack' }]));
    const props = propsNow();
    controller.setProps(props);
    expect(props.drawing.kind).toBe('preview');
    expect(widget.window).toEqual(fitted(props.drawing));
  });

  it('draws nothing while a link’s dataset is requested', () => {
    const { widget, controller, propsNow, store } = setUp();
    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    const props = propsNow();
    expect(props.drawing).toEqual({ kind: 'nothing' });
    controller.setProps(props);
    expect(widget.items.length).toBe(0);
    expect(widget.moves).toEqual([]);
  });
});

describe('TimelineController: the store’s window', () => {
  it('moves the widget, at once, to a window the store changed', () => {
    const { widget, controller, propsNow } = setUp();
    const props = propsNow();
    controller.setProps(props);
    const next = { start: utc('2024-06-01'), end: utc('2024-07-01') };
    controller.setProps({ ...props, window: next });
    expect(widget.moves.at(-1)).toEqual({ window: next, options: AT_ONCE });
  });

  it('leaves the widget where it is for a window within a minute of the one it shows', () => {
    const { widget, controller, propsNow } = setUp();
    const props = propsNow();
    controller.setProps(props);
    const shown = widget.window;
    controller.setProps({ ...props, window: { start: shown.start + 59_000, end: shown.end - 59_000 } });
    expect(widget.moves).toHaveLength(1);
  });
});

describe('TimelineController: the window the widget reports', () => {
  it('tells the store the window the reader moved to', () => {
    const { widget, controller, propsNow, onWindowChange } = setUp();
    controller.setProps(propsNow());
    onWindowChange.mockClear();
    widget.window = { start: utc('2024-06-01'), end: utc('2024-07-01') };
    widget.report();
    expect(onWindowChange).toHaveBeenCalledExactlyOnceWith(widget.window);
  });

  it('ignores a report of a window no longer shown', () => {
    const { widget, controller, propsNow, onWindowChange } = setUp();
    controller.setProps(propsNow());
    onWindowChange.mockClear();
    widget.report({ start: utc('2024-06-01'), end: utc('2024-07-01') });
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  it('ignores reports before anything was fitted, and those of data replaced since', () => {
    const { widget, controller, propsNow, store, onWindowChange } = setUp();
    // The page opened on a link: nothing is drawn until its dataset's preview or itself is there.
    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    controller.setProps(propsNow());
    widget.report();
    expect(onWindowChange).not.toHaveBeenCalled();
    store.getState().cancelDatasetRequest();

    controller.setProps(propsNow());
    onWindowChange.mockClear();
    // A file opened, not yet handed to the controller: the old dataset's window must not become the new one's.
    store.getState().openDataset({ dataset: fixtureDataset() });
    widget.report();
    expect(onWindowChange).not.toHaveBeenCalled();
    const props = propsNow();
    controller.setProps(props);
    expect(onWindowChange).toHaveBeenCalledExactlyOnceWith(fitted(props.drawing));
  });

  it('takes reports while a link’s dataset is awaited: the window is still the open dataset’s', () => {
    const { widget, controller, propsNow, store, onWindowChange } = setUp();
    controller.setProps(propsNow());
    onWindowChange.mockClear();
    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    controller.setProps(propsNow());
    widget.window = { start: utc('2024-06-01'), end: utc('2024-07-01') };
    widget.report();
    expect(onWindowChange).toHaveBeenCalledExactlyOnceWith(widget.window);
  });
});

describe('TimelineController: zoom and fit', () => {
  it('adds up zoom steps pressed while the zoom still animates, and starts afresh once it has ended', () => {
    const { widget, controller, propsNow } = setUp();
    controller.setProps(propsNow());
    widget.window = { start: 0, end: 900 * DAY_MS };
    controller.zoomIn();
    // The widget glides there: until it reports, it still shows (about) the window it started from.
    const target = widget.window;
    expect(target).toEqual({ start: 150 * DAY_MS, end: 750 * DAY_MS });
    widget.window = { start: 100 * DAY_MS, end: 800 * DAY_MS };
    controller.zoomIn();
    expect(widget.window).toEqual({ start: 250 * DAY_MS, end: 650 * DAY_MS });
    expect(widget.moves.at(-1)?.options).toEqual(GLIDE);

    // Once the widget reports where it rests (here, where the reader dragged it), zooming starts from there.
    widget.window = { start: 200 * DAY_MS, end: 700 * DAY_MS };
    widget.report();
    controller.zoomOut();
    expect(widget.window).toEqual({ start: 75 * DAY_MS, end: 825 * DAY_MS });
  });

  it('fits every shown event, gliding unless motion is reduced', () => {
    for (const reducedMotion of [false, true]) {
      const { widget, controller, propsNow } = setUp({ reducedMotion });
      const props = propsNow();
      controller.setProps(props);
      widget.window = { start: 0, end: DAY_MS * 10 };
      controller.fit();
      expect(widget.moves.at(-1)).toEqual({
        window: fitted(props.drawing),
        options: reducedMotion ? AT_ONCE : GLIDE,
      });
    }
  });
});

describe('TimelineController: choosing items', () => {
  it('selects the event chosen on the widget, and clears the selection', () => {
    const { widget, controller, propsNow, onSelect } = setUp();
    controller.setProps(propsNow());
    widget.choose('second-event');
    expect(onSelect).toHaveBeenLastCalledWith('second-event');
    widget.choose(null);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('zooms into a chosen count, at the very window worked out for it', () => {
    const { widget, controller, propsNow, onSelect } = setUp();
    const day = { start: utc('2024-11-17'), end: utc('2024-11-18') };
    const count = toAggregateItem({ ...day, total: 1, parts: [] }, 'day', 1);
    controller.setProps(propsNow({ items: [count] }));
    widget.selection = [count.id];
    widget.choose(count.id);
    expect(onSelect).not.toHaveBeenCalled();
    expect(widget.selection).toEqual([]);
    expect(widget.moves.at(-1)).toEqual({ window: bucketWindow(day), options: undefined });
  });

  it('opens the first event of a count the timeline cannot part in the list', () => {
    const { controller, propsNow, onOpenInList } = setUp();
    const day = { start: utc('2024-11-17'), end: utc('2024-11-18') };
    const count = toAggregateItem({ ...day, total: 1, parts: [] }, 'day', 1, true);
    controller.setProps(propsNow({ items: [count] }));
    controller.openAggregate(count.id);
    expect(onOpenInList).toHaveBeenCalledExactlyOnceWith('second-event');
  });
});

describe('TimelineController: following the selection', () => {
  it('glides to a new selection outside the window, then hands it on once the window rests', () => {
    const { widget, controller, propsNow, page, onSelectionShown } = setUp();
    controller.setProps(propsNow());
    widget.window = { start: utc('2020-01-01'), end: utc('2020-02-01') };
    controller.setProps(propsNow({ selectedEventId: 'second-event' }));
    expect(widget.selection).toEqual(['second-event']);
    expect(widget.focused).toEqual([{ id: 'second-event', options: { ...GLIDE, zoom: false } }]);
    widget.window = { start: utc('2024-11-01'), end: utc('2024-12-01') };
    widget.report();
    page.selected = element;
    expect(onSelectionShown).not.toHaveBeenCalled();
    page.runFrames();
    expect(onSelectionShown).toHaveBeenCalledExactlyOnceWith(element);
  });

  it('hands on a selection that shows whole at once, and follows it only once', () => {
    const { widget, controller, propsNow, page, onSelectionShown } = setUp();
    const props = propsNow();
    controller.setProps(props);
    page.selected = element;
    controller.setProps({ ...props, selectedEventId: 'second-event' });
    expect(onSelectionShown).toHaveBeenCalledExactlyOnceWith(element);
    // A filter change later does not drag the reader back to it.
    controller.setProps({ ...props, items: [...props.items], selectedEventId: 'second-event' });
    expect(onSelectionShown).toHaveBeenCalledOnce();
    expect(widget.focused).toEqual([]);
  });

  it('moves a selection cut off at an edge into view at once, through the store', () => {
    const { controller, propsNow, page, widget, onWindowChange, onSelectionShown } = setUp();
    controller.setProps(propsNow());
    onWindowChange.mockClear();
    page.selected = element;
    page.showingWindow = { start: widget.window.start + DAY_MS, end: widget.window.end + DAY_MS };
    controller.setProps(propsNow({ selectedEventId: 'second-event' }));
    expect(onWindowChange).toHaveBeenCalledExactlyOnceWith(page.showingWindow);
    expect(onSelectionShown).not.toHaveBeenCalled();
    // The store's window comes back to the widget, which reports it once it has moved there.
    controller.setProps(propsNow({ selectedEventId: 'second-event', window: page.showingWindow }));
    widget.report();
    page.runFrames();
    expect(onSelectionShown).toHaveBeenCalledExactlyOnceWith(element);
  });

  it('waits for a selection not drawn yet, and stops waiting for one replaced or on destroy', () => {
    const { controller, propsNow, page, onSelectionShown } = setUp();
    const props = propsNow();
    controller.setProps(props);
    controller.setProps({ ...props, selectedEventId: 'second-event' });
    expect(page.settledWaits).toHaveLength(1);
    expect(onSelectionShown).not.toHaveBeenCalled();
    page.selected = element;
    page.settledWaits[0]!.then(element);
    expect(onSelectionShown).toHaveBeenCalledExactlyOnceWith(element);

    page.selected = null;
    controller.setProps({ ...props, selectedEventId: 'third-event' });
    controller.setProps({ ...props, selectedEventId: 'first-event' });
    expect(page.settledWaits.map((wait) => wait.cancelled)).toEqual([true, true, false]);
    controller.destroy();
    expect(page.settledWaits[2]!.cancelled).toBe(true);
  });

  it('keeps the window a link chose together with the selection', () => {
    const { controller, propsNow, page, onWindowChange, onSelectionShown } = setUp();
    const linked = { start: utc('2024-11-10'), end: utc('2024-11-20') };
    page.selected = element;
    page.showingWindow = { start: linked.start + DAY_MS, end: linked.end + DAY_MS };
    controller.setProps(propsNow({ window: linked, selectedEventId: 'second-event' }));
    expect(onWindowChange).not.toHaveBeenCalled();
    expect(onSelectionShown).toHaveBeenCalledExactlyOnceWith(element);
  });
});
