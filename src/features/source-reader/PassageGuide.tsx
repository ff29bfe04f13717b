import { passagesBySource } from '../../domain/reader-source';
import type { Dataset, TimelineEvent } from '../../domain/types';

/*
 * Above the article: which event is selected, where its passages are (here, and in which other documents),
 * and buttons to step through them when there are several.
 */

interface PassageGuideProps {
  readonly dataset: Dataset;
  readonly event: TimelineEvent | undefined;
  readonly sourceId: string;
  /** The passage the reader was last taken to (an index into the event's excerpts). */
  readonly currentExcerpt: number | undefined;
  /** Scrolls to one of the event's passages in the shown document. */
  readonly onGoTo: (excerptIndex: number) => void;
  readonly onShowSource: (sourceId: string) => void;
}

export function passageCount(count: number): string {
  return count === 1 ? '1 passage' : `${count} passages`;
}

export function PassageGuide({
  dataset,
  event,
  sourceId,
  currentExcerpt,
  onGoTo,
  onShowSource,
}: PassageGuideProps) {
  if (!event) {
    return (
      <p className="passage-guide">
        Highlighted passages are the quotes events rest on. Choose one to see its event.
      </p>
    );
  }
  const bySource = passagesBySource(event);
  const here = bySource.get(sourceId) ?? [];
  const elsewhere = [...bySource.keys()].filter((id) => id !== sourceId);
  const current = Math.max(
    0,
    here.findIndex((passage) => event.excerpts.indexOf(passage) === currentExcerpt),
  );
  const goTo = (index: number) => {
    const passage = here[index];
    if (passage) onGoTo(event.excerpts.indexOf(passage));
  };
  return (
    <div className="passage-guide">
      <p>
        <span className="guide-event">{event.title}</span>
        {here.length === 0 && ': not quoted in this document.'}
        {here.length === 1 && ': its passage is marked below.'}
        {here.length > 1 && `: ${passageCount(here.length)} are marked below. `}
        {here.length > 1 && (
          <span aria-live="polite">
            Showing passage {current + 1} of {here.length}.
          </span>
        )}
      </p>
      {here.length > 1 && (
        <div className="guide-steps" role="group" aria-label="Step through this event’s passages">
          <button type="button" onClick={() => goTo(current - 1)} disabled={current === 0}>
            <span aria-hidden="true">↑</span> Previous passage
          </button>
          <button type="button" onClick={() => goTo(current + 1)} disabled={current === here.length - 1}>
            <span aria-hidden="true">↓</span> Next passage
          </button>
        </div>
      )}
      {elsewhere.length > 0 && (
        <p className="guide-elsewhere">
          Also quoted in:{' '}
          {elsewhere.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <button type="button" className="link-like" onClick={() => onShowSource(id)}>
                {dataset.sourceById.get(id)?.title ?? id}
              </button>{' '}
              ({passageCount(bySource.get(id)?.length ?? 0)})
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
