import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewOf } from '../../domain/draw-preview';
import { edtf, fixtureDataset } from '../../testing/dataset-fixtures';
import { utc } from '../../testing/days';
import { FIRST_ITEMS_MARK } from './first-items-mark';
import type { TimeRange } from './level-of-detail';
import { AT_ONCE, fitted, PANEL_WIDTH, setUpController } from './timeline-controller-fakes';
import { paddedExtent, toEraItem } from './vis-items';

/** The controller over the fixture dataset (timeline-controller-fakes.ts). */
const setUp = (options?: { reducedMotion?: boolean }) => setUpController(fixtureDataset(), options);

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

  it('fits a dataset only once it has items to draw, eras alone not counting', () => {
    const { widget, controller, propsNow } = setUp();
    controller.setProps(propsNow({ items: [] }));
    expect(widget.moves).toEqual([]);
    const era = toEraItem({ title: 'An era', date: edtf('2024-01/2024-12') }, 0)!;
    controller.setProps(propsNow({ items: [era] }));
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
