import { scrollDelta, type Span } from './scroll-geometry';

/*
 * Bringing passages into view. Only the reader's own box scrolls, beside the details on wide screens or in
 * the bottom sheet on narrow ones, so selecting an event on the timeline never drags the page away from it.
 */

/** `pane`: beside the details (wide screens); `sheet`: a tab of the bottom sheet (narrow screens). */
export type ReaderLayout = 'pane' | 'sheet';

const MARGIN = 24;

function span(element: Element): Span {
  const { top, bottom } = element.getBoundingClientRect();
  return { top, bottom };
}

function viewport(): Span {
  return { top: 0, bottom: window.innerHeight };
}

export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** The link of each excerpt's first segment carries `data-excerpts="eventId:index …"`. */
export function excerptKey(eventId: string, excerptIndex: number): string {
  return `${eventId}:${excerptIndex}`;
}

export function passageLink(box: HTMLElement, eventId: string, excerptIndex: number): HTMLElement | null {
  return box.querySelector<HTMLElement>(
    `[data-excerpts~="${CSS.escape(excerptKey(eventId, excerptIndex))}"]`,
  );
}

export function isPassageShown(box: HTMLElement, target: Element): boolean {
  return scrollDelta(span(box), span(target), viewport(), MARGIN) === null;
}

/** Scrolls the reader's box just enough for `target` to show. */
export function revealPassage(box: HTMLElement, target: Element, behavior = scrollBehavior()) {
  const delta = scrollDelta(span(box), span(target), viewport(), MARGIN);
  if (delta !== null) box.scrollBy({ top: delta, behavior });
}

/**
 * For an explicit request ("Show in the article"): the pane itself comes on screen first, at once, so the
 * passage's position can be measured; then the passage scrolls into the pane.
 */
export function bringPaneOnScreen(region: HTMLElement) {
  const { top, bottom } = region.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) region.scrollIntoView({ block: 'start', behavior: 'auto' });
}
