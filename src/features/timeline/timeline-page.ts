import { nearestScroll } from '../../domain/nearest-scroll';
import type { TimeRange } from './level-of-detail';
import { whenSettled } from './when-settled';

/** What the timeline controller reads from the page: the drawn selection, its place, and frames. */
export interface TimelinePage {
  /** The selected item's element, once the widget has drawn it. */
  selectedElement(): HTMLElement | null;
  /** Calls `then` with the selected element once the widget has placed it; returns the function that stops waiting. */
  whenSelectionSettled(then: (element: HTMLElement) => void): () => void;
  /** The window nearest to `window` that shows `element` whole (see `windowShowing`). */
  windowShowing(element: HTMLElement, window: TimeRange): TimeRange | null;
  nextFrame(callback: () => void): void;
  /** How wide the timeline's panel is, in pixels (0 before it is laid out). */
  width(): number;
}

/** Space kept between a selected item and the edges of the timeline when it moves to show the item. */
const ITEM_CLEARANCE_PX = 8;

/**
 * The window moved the least that shows the whole of an item: its box or bar and its label, which runs on
 * past a short bar (its date may be in the window while its label is cut off at an edge), or the bar alone
 * where both are too wide to show. Null when that shows already, or when the bar alone is too wide.
 */
function windowShowing(element: Element, frame: Element, window: TimeRange): TimeRange | null {
  const box = element.getBoundingClientRect();
  const label = element.querySelector('[data-event-id]')?.getBoundingClientRect() ?? box;
  const panel = frame.getBoundingClientRect();
  const room = panel.width - 2 * ITEM_CLEARANCE_PX;
  if (box.width > room) return null;
  const whole = { start: Math.min(box.left, label.left), end: Math.max(box.right, label.right) };
  const shift = nearestScroll(
    whole.end - whole.start <= room ? whole : { start: box.left, end: box.right },
    { start: panel.left, end: panel.right },
    ITEM_CLEARANCE_PX,
  );
  if (shift === 0) return null;
  const msPerPixel = (window.end - window.start) / panel.width;
  return { start: window.start + shift * msPerPixel, end: window.end + shift * msPerPixel };
}

/** The timeline drawn in `container`. */
export function timelinePage(container: HTMLElement): TimelinePage {
  // A day is drawn as a dot and its label (a point item, which vis-timeline draws with a separate dot element).
  const selectedElement = () =>
    container.querySelector<HTMLElement>('.vis-item.vis-selected:is(.vis-point, .vis-range)');
  return {
    selectedElement,
    whenSelectionSettled: (then) => whenSettled(selectedElement, then),
    windowShowing: (element, window) => {
      const frame = container.querySelector('.vis-center');
      return frame && windowShowing(element, frame, window);
    },
    nextFrame: (callback) => void requestAnimationFrame(callback),
    width: () => container.querySelector('.vis-center')?.clientWidth ?? container.clientWidth,
  };
}
