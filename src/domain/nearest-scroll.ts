/*
 * The least scrolling that brings something into sight, along one axis, as CSS's
 * `scrollIntoView({ block: 'nearest' })` does. The app and the timeline compute it themselves where the
 * browser's own cannot be used: the page must scroll as if a bottom sheet were not there, and vis-timeline's
 * clipped panels must never be scrolled by the browser (the widget places its items itself).
 */

/** A stretch of one axis in pixels: top and bottom, or left and right. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/**
 * How far to scroll `frame` (positive: towards the end) for `target` to lie inside it, `margin` clear of
 * both edges; 0 when it already does. Something larger than the frame shows its start, unless it already
 * covers the whole frame, which is as much of it as can show.
 */
export function nearestScroll(target: Extent, frame: Extent, margin = 0): number {
  const start = frame.start + margin;
  const end = Math.max(start, frame.end - margin);
  const inside = target.start >= start && target.end <= end;
  const covers = target.start <= start && target.end >= end;
  if (inside || covers) return 0;
  const fits = target.end - target.start <= end - start;
  // The edge it crosses comes to rest at the frame's edge; a target too large shows its start.
  if (target.start < start || !fits) return target.start - start;
  return target.end - end;
}
