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
 * `viewport` is the window. A target comes to rest `margin` below the top of the pane's visible part, or
 * of the pane itself where too little of it is on screen, so it is the first thing seen there.
 * For the window itself as the scroller, pass the viewport as `pane`.
 */
export function scrollDelta(pane: Span, target: Span, viewport: Span, margin: number): number | null {
  const visibleTop = Math.max(pane.top, viewport.top);
  const visibleBottom = Math.min(pane.bottom, viewport.bottom);
  const room = visibleBottom - visibleTop;
  const fits = target.bottom - target.top <= room;
  const shows = fits
    ? target.top >= visibleTop && target.bottom <= visibleBottom
    : // Taller than the visible part: showing its start is as good as it gets.
      target.top >= visibleTop && target.top < visibleBottom - margin;
  if (room > 0 && shows) return null;
  const anchor = room > margin * 2 ? visibleTop : pane.top;
  return target.top - anchor - margin;
}

/** True when `target` shows in the visible part of `pane` (see `scrollDelta`). */
export function isShown(pane: Span, target: Span, viewport: Span, margin: number): boolean {
  return scrollDelta(pane, target, viewport, margin) === null;
}
