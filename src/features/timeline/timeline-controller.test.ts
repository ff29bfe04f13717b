import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../domain/calendar';
import { fixtureDataset } from '../../testing/dataset-fixtures';
import { utc } from '../../testing/days';
import { bucketWindow } from './level-of-detail';
import { AT_ONCE, fitted, GLIDE, setUpController } from './timeline-controller-fakes';
import { toAggregateItem, type TimelineItem } from './vis-items';

/** The controller over the fixture dataset (timeline-controller-fakes.ts). */
const setUp = (options?: { reducedMotion?: boolean }) => setUpController(fixtureDataset(), options);

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
