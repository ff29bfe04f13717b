import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/esnext';
import { majorAxisLabel, minorAxisLabel } from './axis-labels';
import { ZOOM_LIMITS } from './level-of-detail';
import type { TimelineItem } from './vis-items';

/**
 * Draws an item's label as text nodes: dataset strings never reach innerHTML. The label is a button for
 * keyboard and assistive technology; TimelineView handles its activation.
 */
export function renderItemLabel(item: TimelineItem): HTMLElement {
  if (item.kind === 'era') return renderEraLabel(item);
  const label = document.createElement('span');
  label.className = 'event-label';
  label.dataset.eventId = item.id;
  label.setAttribute('role', 'button');
  label.tabIndex = 0;
  label.setAttribute('aria-label', item.accessibleName);
  label.title = item.marker ? `${item.label} (date ${describeMarker(item.marker)})` : item.label;
  if (item.marker) {
    const marker = document.createElement('span');
    marker.className = 'event-marker';
    marker.textContent = item.marker;
    label.append(marker);
  }
  label.append(document.createTextNode(item.label));
  if (item.bar) {
    label.classList.add('aggregate-label');
    label.append(renderBar(item.bar));
  }
  return label;
}

/**
 * An era's name, as text at the top of its band. Not a control: the band is a backdrop. A screen reader hears
 * the whole of its accessible name ("Era: The siege, 300 BC to 298 BC"), the eye only the name.
 */
function renderEraLabel(item: TimelineItem): HTMLElement {
  const label = document.createElement('span');
  label.className = 'era-label';
  label.title = item.accessibleName;
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  spoken.textContent = item.accessibleName;
  const shown = document.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = item.label;
  label.append(spoken, shown);
  return label;
}

/** The tallest bar, in pixels; shorter ones keep at least a sliver so that a single event still shows. */
const BAR_HEIGHT_PX = 120;
const MIN_BAR_PX = 3;

/** A count's bar: as tall as its share, stacked by category from the bottom up. */
function renderBar({ share, parts }: NonNullable<TimelineItem['bar']>): HTMLElement {
  const bar = document.createElement('span');
  bar.className = 'aggregate-bar';
  bar.setAttribute('aria-hidden', 'true');
  // Set through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
  bar.style.height = `${Math.max(MIN_BAR_PX, Math.round(share * BAR_HEIGHT_PX))}px`;
  for (const { slot, count } of parts) {
    const part = document.createElement('span');
    part.className = `aggregate-part category-${slot}`;
    part.style.flexGrow = String(count);
    bar.append(part);
  }
  return bar;
}

function describeMarker(marker: string): string {
  return [marker.includes('≈') && 'approximate', marker.includes('?') && 'uncertain']
    .filter(Boolean)
    .join(' and ');
}

/** Earlier first; among items that start together, the shorter first, then by id. */
export function byTime(a: TimelineItem, b: TimelineItem): number {
  const end = (item: TimelineItem) => (item.end ?? item.start).getTime();
  return a.start.getTime() - b.start.getTime() || end(a) - end(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How tall the timeline may grow, in px: the page's default, or less where it must fit a frame. */
export interface TimelineHeights {
  readonly min: number;
  readonly max: number;
}

export const PAGE_HEIGHTS: TimelineHeights = { min: 240, max: 520 };

export function timelineOptions(reducedMotion: boolean, heights = PAGE_HEIGHTS): TimelineOptions {
  return {
    // Calendar dates are UTC in the dataset; the axis must not shift them into the reader's time zone.
    moment: ((date: moment.MomentInput) => moment(date).utc()) as unknown as TimelineOptions['moment'],
    locale: 'en',
    format: { minorLabels: minorAxisLabel, majorLabels: majorAxisLabel },
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    zoomMin: ZOOM_LIMITS.minSpan,
    zoomMax: ZOOM_LIMITS.maxSpan,
    minHeight: heights.min,
    maxHeight: heights.max,
    verticalScroll: true,
    horizontalScroll: false,
    zoomable: true,
    moveable: true,
    margin: { item: { horizontal: 8, vertical: 6 }, axis: 10 },
    // Stacked in time order, ties by id: the same events always stack the same way, earliest at the top.
    order: byTime as TimelineOptions['order'],
    template: ((item: TimelineItem) => renderItemLabel(item)) as TimelineOptions['template'],
    xss: { disabled: false },
    tooltip: { followMouse: false },
    ...(reducedMotion && { animation: false }),
  } as TimelineOptions;
}

/** How the widget moves to another window: at once, or in a short glide. */
export interface WindowAnimation {
  readonly animation: false | { readonly duration: number; readonly easingFunction: 'easeInOutQuad' };
}

export function animation(reducedMotion: boolean): WindowAnimation {
  return reducedMotion
    ? { animation: false }
    : { animation: { duration: 300, easingFunction: 'easeInOutQuad' } };
}
