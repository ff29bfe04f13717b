import type { TextRange } from '../../domain/editor/quote-selector';

/*
 * From a DOM selection in the article to character offsets of the source text. The article renders every run
 * of text in an element carrying `data-start`, its offset in the source, and nothing else, so a boundary point
 * (a node and an offset in it) maps to the source whether it falls in a text node or between elements.
 */

const RUN = '[data-start]';

function runStart(run: Element): number {
  return Number((run as HTMLElement).dataset.start);
}

/** The offset where `node` begins, or null where it holds no text of the source. */
function startOf(node: Node): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest(RUN);
    return run ? runStart(run) : null;
  }
  if (!(node instanceof Element)) return null;
  const run = node.matches(RUN) ? node : node.querySelector(RUN);
  return run ? runStart(run) : null;
}

/** The offset where `element`'s text ends. */
function endOf(element: Element): number | null {
  const runs = element.matches(RUN) ? [element] : element.querySelectorAll(RUN);
  const last = runs[runs.length - 1];
  return last ? runStart(last) + (last.textContent ?? '').length : null;
}

function offsetAt(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = startOf(node);
    return start === null ? null : start + offset;
  }
  if (!(node instanceof Element)) return null;
  const child = node.childNodes[offset];
  const start = child ? startOf(child) : null;
  if (start !== null) return start;
  // A point after the last text of an element (or before a child without text): where the text before it ends.
  const before = [...node.childNodes].slice(0, offset).reverse();
  for (const sibling of before) {
    const end = sibling instanceof Element ? endOf(sibling) : null;
    if (end !== null) return end;
  }
  return null;
}

/** The source range the selection covers in `article`, or null where it is not (wholly) inside it. */
export function selectedRange(article: Element, selection: Selection | null): TextRange | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  const start = offsetAt(range.startContainer, range.startOffset);
  const end = offsetAt(range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}

/** The event id of the mark the caret (or the node) is in, if any. */
export function markedEventAt(node: Node | null): string | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const mark = element?.closest<HTMLElement>('mark[data-event]');
  return mark?.dataset.event ?? null;
}
