import { scrollDelta, type Span } from './scroll-geometry';

/*
 * Bringing passages into view. In a pane (wide screens) only the pane scrolls, so selecting an event on the
 * timeline never drags the page away from it; on the page (the narrow "Source" tab) the window scrolls,
 * leaving room for the sticky tabs.
 */

export type ReaderLayout = 'pane' | 'page';

const PANE_MARGIN = 24;
/** Clears the sticky tab bar above the reader on narrow screens. */
const PAGE_MARGIN = 96;

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

function scrollerSpan(layout: ReaderLayout, box: HTMLElement): Span {
  return layout === 'pane' ? span(box) : viewport();
}

export function isPassageShown(layout: ReaderLayout, box: HTMLElement, target: Element): boolean {
  const margin = layout === 'pane' ? PANE_MARGIN : PAGE_MARGIN;
  return scrollDelta(scrollerSpan(layout, box), span(target), viewport(), margin) === null;
}

/** Scrolls the pane, or the window, just enough for `target` to show. */
export function revealPassage(
  layout: ReaderLayout,
  box: HTMLElement,
  target: Element,
  behavior = scrollBehavior(),
) {
  const margin = layout === 'pane' ? PANE_MARGIN : PAGE_MARGIN;
  const delta = scrollDelta(scrollerSpan(layout, box), span(target), viewport(), margin);
  if (delta === null) return;
  if (layout === 'pane') box.scrollBy({ top: delta, behavior });
  else window.scrollBy({ top: delta, behavior });
}

/**
 * For an explicit request ("Show in the article"): the pane itself comes on screen first, at once, so the
 * passage's position can be measured; then the passage scrolls into the pane.
 */
export function bringPaneOnScreen(region: HTMLElement) {
  const { top, bottom } = region.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) region.scrollIntoView({ block: 'start', behavior: 'auto' });
}
