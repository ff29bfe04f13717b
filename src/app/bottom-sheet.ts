import { useLayoutEffect, type RefObject } from 'react';
import { nearestScroll } from '../domain/nearest-scroll';

/*
 * The bottom sheet of narrow screens (ReadingArea) covers the foot of the window. Its height is published as
 * `--sheet-height` on the root element, where app.css turns it into the page's bottom padding (the end of
 * the page can scroll above the sheet) and its scroll padding (what the browser scrolls into view, for
 * focus or find-in-page, stops above the sheet).
 */

/** Space kept between a revealed event and the sheet's top edge. */
const CLEARANCE = 12;

/**
 * Publishes the sheet's height while `sheet` is shown, at once when `open` changes (before the views'
 * effects bring a selection into view) and again whenever it resizes (a rotated phone, a wrapped tab bar).
 */
export function useSheetHeight(sheet: RefObject<HTMLElement | null>, shown: boolean, open: boolean) {
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!shown || !element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--sheet-height', `${element.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sheet-height');
    };
  }, [sheet, shown, open]);
}

/**
 * Scrolls the page the least that shows `element` whole between the top of the window and the sheet. The
 * sheet's top is where it rests, not where a sliding-in animation has it now.
 */
export function revealAboveSheet(element: Element, sheet: HTMLElement, behavior: ScrollBehavior) {
  const { top, bottom } = element.getBoundingClientRect();
  const sheetTop = window.innerHeight - sheet.offsetHeight;
  const delta = nearestScroll({ start: top, end: bottom }, { start: 0, end: sheetTop }, CLEARANCE);
  if (delta !== 0) window.scrollBy({ top: delta, behavior });
}
