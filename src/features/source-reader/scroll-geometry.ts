/*
 * Where to scroll so a passage can be seen. The reader's pane may be partly below the fold (the timeline sits
 * above it), so "in view" means in the part of the pane that is also inside the window, not merely inside
 * the pane.
 */

export interface Span {
  readonly top: number;
  readonly bottom: number;
}

/**
 * How far to scroll `pane` (a positive number scrolls down) to show `target`; null when it already shows.
 * `viewport` is the window. What counts is the pane's visible part, or the whole pane where too little of
 * it is on screen (the reader will find the passage there on scrolling to the pane). A target that has to
 * move comes to rest `margin` below the top of that part, the first thing seen there.
 * For the window itself as the scroller, pass the viewport as `pane`.
 */
export function scrollDelta(pane: Span, target: Span, viewport: Span, margin: number): number | null {
  const onScreen = Math.min(pane.bottom, viewport.bottom) - Math.max(pane.top, viewport.top) > margin * 2;
  const top = onScreen ? Math.max(pane.top, viewport.top) : pane.top;
  const bottom = onScreen ? Math.min(pane.bottom, viewport.bottom) : pane.bottom;
  const shows =
    target.bottom - target.top <= bottom - top
      ? target.top >= top && target.bottom <= bottom
      : // Taller than the visible part: showing its start is as good as it gets.
        target.top >= top && target.top < bottom - margin;
  return shows ? null : target.top - top - margin;
}

/** True when `target` shows in the visible part of `pane` (see `scrollDelta`). */
export function isShown(pane: Span, target: Span, viewport: Span, margin: number): boolean {
  return scrollDelta(pane, target, viewport, margin) === null;
}
