import { memo, type MouseEvent } from 'react';
import type { Segment, SourceBlock } from '../../domain/source-layout';
import { isPlainClick } from '../../shared/event-href';
import { excerptKey } from './reveal';

/*
 * The source text as an article. Every character shown is a slice of the stored text (see
 * domain/source-layout.ts); each highlighted segment is a `<mark>` holding a real link to its event.
 */

export interface ArticleTextProps {
  readonly blocks: readonly SourceBlock[];
  readonly selectedEventId: string | null;
  /** The passage the reader was last taken to, as an excerpt key (see `excerptKey`), or null. */
  readonly currentPassage: string | null;
  /** Event title by id, for the links' accessible names. */
  readonly titleOf: (eventId: string) => string;
  /** Colour slot of an event's category. */
  readonly slotOf: (eventId: string) => number;
  readonly hrefOf: (eventId: string) => string;
  readonly onChooseEvent: (eventId: string) => void;
}

function uniqueEventIds(segment: Segment): string[] {
  return [...new Set(segment.highlights.map((highlight) => highlight.eventId))];
}

/** "… — quoted for: Biden approves …" (the quote itself comes first, as a reader would hear the text). */
function passageName(segment: Segment, eventIds: readonly string[], titleOf: (id: string) => string) {
  const titles = eventIds.map(titleOf).join('; ');
  return `${segment.text} — quoted for ${eventIds.length > 1 ? `${eventIds.length} events` : 'event'}: ${titles}`;
}

function SegmentView({ segment, ...props }: { segment: Segment } & Omit<ArticleTextProps, 'blocks'>) {
  const [primary] = segment.highlights;
  if (!primary) return <>{segment.text}</>;
  const eventIds = uniqueEventIds(segment);
  const selected = props.selectedEventId !== null && eventIds.includes(props.selectedEventId);
  // An excerpt's first segment carries its key, so a passage can be found from its event and index.
  const starts = segment.highlights
    .filter((highlight) => highlight.start === segment.start)
    .map((highlight) => excerptKey(highlight.eventId, highlight.excerptIndex));
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    // Where passages overlap, the click means the most specific quote: the shortest one.
    props.onChooseEvent(primary.eventId);
  };
  const current = segment.highlights.some(
    (highlight) => excerptKey(highlight.eventId, highlight.excerptIndex) === props.currentPassage,
  );
  const classes = [
    'passage',
    `category-${props.slotOf(primary.eventId)}`,
    selected && 'is-selected',
    current && 'is-current',
    eventIds.length > 1 && 'is-shared',
  ].filter(Boolean);
  return (
    <mark className={classes.join(' ')}>
      <a
        href={props.hrefOf(primary.eventId)}
        aria-label={passageName(segment, eventIds, props.titleOf)}
        aria-current={selected ? 'true' : undefined}
        data-excerpts={starts.length ? starts.join(' ') : undefined}
        onClick={onClick}
      >
        {segment.text}
      </a>
    </mark>
  );
}

function BlockView({ block, ...props }: { block: SourceBlock } & Omit<ArticleTextProps, 'blocks'>) {
  const content = block.segments.map((segment) => (
    <SegmentView key={segment.start} segment={segment} {...props} />
  ));
  switch (block.kind) {
    case 'title':
      return <h3 className="article-title">{content}</h3>;
    case 'byline':
      return <p className="article-byline">{content}</p>;
    case 'subheading':
      return <h4 className="article-subheading">{content}</h4>;
    case 'paragraph':
      return <p>{content}</p>;
  }
}

export const ArticleText = memo(function ArticleText({ blocks, ...props }: ArticleTextProps) {
  return (
    <article className="article-text">
      {blocks.map((block) => (
        <BlockView key={block.start} block={block} {...props} />
      ))}
    </article>
  );
});
