import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../domain/calendar';
import { fixtureDataset } from '../../testing/dataset-fixtures';
import { utc } from '../../testing/days';
import { GLIDE, setUpController } from './timeline-controller-fakes';

/** The controller over the fixture dataset (timeline-controller-fakes.ts). */
const setUp = (options?: { reducedMotion?: boolean }) => setUpController(fixtureDataset(), options);

/** The selected item's element, as the page finds it. */
const element = { tagName: 'DIV' } as unknown as HTMLElement;

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
