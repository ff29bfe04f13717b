import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineAnimationOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { categoriesOf } from '../domain/categories';
import { formatWindow } from '../domain/date-format';
import { useAppState } from '../state/store-context';
import { CategoryLegend } from './CategoryLegend';
import { itemsExtent, toEventItems, type EventItem } from './vis-items';
import { animation, timelineOptions } from './vis-options';
import './timeline.css';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function fitAll(timeline: Timeline, items: readonly EventItem[], options: TimelineAnimationOptions) {
  const extent = itemsExtent(items);
  if (extent) timeline.setWindow(extent.start, extent.end, options);
}

/**
 * The vis-timeline widget: created once on mount, fed by separate effects (items, selection), destroyed on
 * unmount. React never re-creates it on render.
 */
export function TimelineView() {
  const dataset = useAppState((state) => state.dataset);
  const selectedEventId = useAppState((state) => state.selectedEventId);
  const visibleWindow = useAppState((state) => state.window);
  const selectEvent = useAppState((state) => state.selectEvent);
  const setWindow = useAppState((state) => state.setWindow);

  const categories = useMemo(() => categoriesOf(dataset.events), [dataset]);
  const items = useMemo(() => toEventItems(dataset.events, categories), [dataset, categories]);

  const containerRef = useRef<HTMLDivElement>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [itemSet] = useState(() => new DataSet<EventItem, 'id'>());
  const [reducedMotion] = useState(prefersReducedMotion);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const created = new Timeline(container, itemSet, timelineOptions(reducedMotion));
    created.on('select', ({ items: selected }: { items: string[] }) => selectEvent(selected[0] ?? null));
    created.on('rangechanged', ({ start, end }: { start: Date; end: Date }) =>
      setWindow({ start: start.getTime(), end: end.getTime() }),
    );
    setTimeline(created);
    return () => {
      created.destroy();
      setTimeline(null);
    };
  }, [itemSet, reducedMotion, selectEvent, setWindow]);

  useEffect(() => {
    if (!timeline) return;
    itemSet.clear();
    itemSet.add(items);
    fitAll(timeline, items, { animation: false });
  }, [timeline, itemSet, items]);

  useEffect(() => {
    timeline?.setSelection(selectedEventId === null ? [] : [selectedEventId]);
  }, [timeline, selectedEventId]);

  const activateFocusedItem = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    if (keyEvent.key !== 'Enter' && keyEvent.key !== ' ') return;
    const eventId = (keyEvent.target as HTMLElement).dataset.eventId;
    if (eventId === undefined) return;
    keyEvent.preventDefault();
    selectEvent(eventId);
  };

  return (
    <section className="timeline-region" aria-labelledby="timeline-heading">
      <div className="timeline-toolbar">
        <h2 id="timeline-heading" className="timeline-heading">
          Timeline
        </h2>
        <output className="timeline-window" aria-label="Visible dates" aria-live="off">
          {visibleWindow ? formatWindow(visibleWindow.start, visibleWindow.end) : ''}
        </output>
        <div className="timeline-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => timeline?.zoomIn(0.5, animation(reducedMotion))}>
            <span aria-hidden="true">+</span> Zoom in
          </button>
          <button type="button" onClick={() => timeline?.zoomOut(0.5, animation(reducedMotion))}>
            <span aria-hidden="true">−</span> Zoom out
          </button>
          <button type="button" onClick={() => timeline && fitAll(timeline, items, animation(reducedMotion))}>
            Fit all
          </button>
        </div>
      </div>
      <div ref={containerRef} className="timeline-canvas" onKeyDown={activateFocusedItem} />
      <CategoryLegend categories={categories} />
    </section>
  );
}
