import { memo, useEffect, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { UNSAVED_EVENT } from '../../domain/editor/draft-marks';
import type { Segment, SourceBlock } from '../../domain/source-layout';
import { markedEventAt } from './selection-offsets';

/*
 * The article the author quotes from. It is an editable element that refuses every edit: that gives it a caret,
 * so a passage is selected with the keyboard (Shift and the arrow keys) as well as with a mouse or a finger, and
 * `inputmode="none"` keeps a phone's keyboard away. Every run of text carries its offset in the source
 * (`data-start`, see selection-offsets.ts); quoted runs are marks of their event's colour.
 */

export interface EditorArticleProps {
  readonly articleRef: RefObject<HTMLDivElement | null>;
  readonly blocks: readonly SourceBlock[];
  readonly describedBy: string;
  /** The event open in the form, whose marks stand out. */
  readonly openEventId: string | null;
  readonly slotOf: (eventId: string) => number;
  readonly onChooseEvent: (eventId: string) => void;
}

function SegmentView({
  segment,
  openEventId,
  slotOf,
}: { segment: Segment } & Pick<EditorArticleProps, 'openEventId' | 'slotOf'>) {
  const [primary] = segment.highlights;
  if (!primary) return <span data-start={segment.start}>{segment.text}</span>;
  const eventIds = segment.highlights.map((highlight) => highlight.eventId);
  const classes = [
    'editor-mark',
    primary.eventId === UNSAVED_EVENT ? 'is-unsaved' : `category-${slotOf(primary.eventId)}`,
    openEventId !== null && eventIds.includes(openEventId) && 'is-open',
  ].filter(Boolean);
  return (
    <mark data-start={segment.start} data-event={primary.eventId} className={classes.join(' ')}>
      {segment.text}
    </mark>
  );
}

const KIND_CLASSES = {
  title: 'is-title',
  byline: 'is-byline',
  subheading: 'is-subheading',
  paragraph: '',
} as const;

/** Every edit the browser could make to the article, refused before it happens. */
function refuseEdits(article: HTMLDivElement) {
  const refuse = (event: Event) => event.preventDefault();
  const kinds = ['beforeinput', 'paste', 'drop', 'cut', 'dragstart'] as const;
  kinds.forEach((kind) => article.addEventListener(kind, refuse));
  return () => kinds.forEach((kind) => article.removeEventListener(kind, refuse));
}

export const EditorArticle = memo(function EditorArticle({
  articleRef,
  blocks,
  describedBy,
  openEventId,
  slotOf,
  onChooseEvent,
}: EditorArticleProps) {
  useEffect(() => (articleRef.current ? refuseEdits(articleRef.current) : undefined), [articleRef]);

  /** A click that leaves no selection on a mark, or Enter with the caret in one, opens its event. */
  const chooseAtCaret = () => {
    const selection = document.getSelection();
    if (!selection?.isCollapsed) return false;
    const eventId = markedEventAt(selection.anchorNode);
    if (eventId === null || eventId === UNSAVED_EVENT) return false;
    onChooseEvent(eventId);
    return true;
  };
  const onClick = (event: MouseEvent) => {
    if (event.button === 0) chooseAtCaret();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && chooseAtCaret()) event.preventDefault();
  };

  return (
    <div
      ref={articleRef}
      className="editor-article"
      role="textbox"
      aria-label="Article"
      aria-readonly="true"
      aria-multiline="true"
      aria-describedby={describedBy}
      contentEditable
      suppressContentEditableWarning
      inputMode="none"
      spellCheck={false}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {blocks.map((block) => (
        <p key={block.start} className={KIND_CLASSES[block.kind] || undefined}>
          {block.segments.map((segment) => (
            <SegmentView key={segment.start} segment={segment} openEventId={openEventId} slotOf={slotOf} />
          ))}
        </p>
      ))}
    </div>
  );
});
