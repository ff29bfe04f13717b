import type { Highlight } from './source-layout';
import type { AnchoredExcerpt, TimelineEvent } from './types';

/*
 * Which source document the reader shows, and what it highlights there. Only the reader's explicit choice of
 * a document is remembered; everything else follows from the dataset and the selected event.
 */

/** A document the reader picked in the switcher, and the selected event at that moment. */
export interface SourceChoice {
  readonly sourceId: string;
  readonly eventId: string | null;
}

/** Every excerpt of every event quoted from one source, as highlights (in event order). */
export function sourceHighlights(events: readonly TimelineEvent[], sourceId: string): Highlight[] {
  return events.flatMap((event) =>
    event.excerpts.flatMap((excerpt, excerptIndex) =>
      excerpt.sourceId === sourceId
        ? [{ eventId: event.id, excerptIndex, start: excerpt.start, end: excerpt.end }]
        : [],
    ),
  );
}

/** An event's excerpts grouped by source, sources in the order the event first quotes them, passages in text order. */
export function passagesBySource(event: TimelineEvent): Map<string, AnchoredExcerpt[]> {
  const bySource = new Map<string, AnchoredExcerpt[]>();
  for (const excerpt of event.excerpts) {
    bySource.set(excerpt.sourceId, [...(bySource.get(excerpt.sourceId) ?? []), excerpt]);
  }
  for (const passages of bySource.values()) passages.sort((a, b) => a.start - b.start);
  return bySource;
}

/**
 * The source to show: the reader's own choice while the selection it was made for lasts, or while the
 * selected event quotes that source; otherwise the first source the selected event quotes; otherwise the
 * last choice; otherwise the dataset's first source.
 */
export function readerSourceId(
  sourceIds: readonly string[],
  selected: TimelineEvent | undefined,
  choice: SourceChoice | null,
): string | undefined {
  const chosen = choice && sourceIds.includes(choice.sourceId) ? choice : null;
  const quoted = selected ? [...passagesBySource(selected).keys()] : [];
  if (chosen && (chosen.eventId === (selected?.id ?? null) || quoted.includes(chosen.sourceId)))
    return chosen.sourceId;
  return quoted.find((id) => sourceIds.includes(id)) ?? chosen?.sourceId ?? sourceIds[0];
}
