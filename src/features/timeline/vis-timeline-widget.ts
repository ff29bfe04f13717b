import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { deferItemSetRedraws, itemSetOf } from './batched-item-drawing';
import type { ItemStore, TimelineWidget } from './timeline-controller';
import { timelineOptions, type TimelineHeights } from './vis-options';

/** The real widget for the timeline controller: vis-timeline in `container`, drawing changes in batches. */
export function createVisTimeline(
  container: HTMLElement,
  items: ItemStore,
  reducedMotion: boolean,
  heights?: TimelineHeights,
): TimelineWidget {
  const timeline = new Timeline(container, items, timelineOptions(reducedMotion, heights));
  deferItemSetRedraws(itemSetOf(timeline));
  return timeline;
}
