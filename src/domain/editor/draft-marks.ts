import { anchorQuote } from '../quote-anchor';
import type { Highlight } from '../source-layout';
import type { Draft, DraftExcerpt } from './draft';

/*
 * The passages a draft quotes from one source, as the highlights source-layout.ts cuts the article by. Quotes
 * are anchored afresh from the raw draft, so a mark is exactly where the downloaded dataset will anchor it.
 */

/** The event id of the quotes of an event not saved yet. */
export const UNSAVED_EVENT = '';

function highlightsOf(eventId: string, excerpts: readonly DraftExcerpt[], sourceId: string, text: string) {
  return excerpts.flatMap((excerpt, excerptIndex) => {
    if (excerpt.source !== sourceId) return [];
    const anchor = anchorQuote(text, excerpt);
    return anchor.ok ? [{ eventId, excerptIndex, start: anchor.start, end: anchor.end }] : [];
  });
}

/** Every quote of `sourceId` in the draft, and the quotes of an event being written (as UNSAVED_EVENT). */
export function draftHighlights(
  draft: Draft,
  sourceId: string,
  unsaved: readonly DraftExcerpt[] = [],
): Highlight[] {
  const text = draft.sources.find((source) => source.id === sourceId)?.text ?? '';
  return [
    ...draft.events.flatMap((event) => highlightsOf(event.id, event.excerpts, sourceId, text)),
    ...highlightsOf(UNSAVED_EVENT, unsaved, sourceId, text),
  ];
}
