import { useAppState } from '../../state/store-context';

interface TimelineHintProps {
  /** For a small frame: the hint is left to screen readers, which still hear it. */
  readonly compact: boolean;
  /** Whether to point to the list view as the timeline's text alternative (the editor lists its own). */
  readonly offersList: boolean;
}

/** How to move through the timeline, and where the same events are as text; it describes the timeline. */
export function TimelineHint({ compact, offersList }: TimelineHintProps) {
  const setView = useAppState((state) => state.setView);
  return (
    <p className={compact ? 'timeline-hint visually-hidden' : 'timeline-hint'} id="timeline-hint">
      <span className="timeline-hint-gestures">
        Drag or swipe to move through time; scroll or pinch to zoom. With the keyboard, ← and → step through
        events, + and − zoom, 0 fits them all.
      </span>
      {offersList && (
        <>
          {' '}
          The same events are available as a list:{' '}
          <button type="button" className="timeline-to-list" onClick={() => setView('list')}>
            switch to List view
          </button>
          .
        </>
      )}
    </p>
  );
}
