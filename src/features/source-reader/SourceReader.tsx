import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { categoriesOf } from '../../domain/categories';
import { formatEdtf } from '../../domain/date-format';
import {
  passagesBySource,
  readerSourceId,
  sourceHighlights,
  type SourceChoice,
} from '../../domain/reader-source';
import { layoutSource } from '../../domain/source-layout';
import type { Dataset, Source } from '../../domain/types';
import { useEventHref } from '../../shared/event-href';
import { selectSelectedEvent } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { ArticleText } from './ArticleText';
import { PassageGuide, passageCount } from './PassageGuide';
import {
  bringPaneOnScreen,
  excerptKey,
  isPassageShown,
  passageLink,
  revealPassage,
  type ReaderLayout,
} from './reveal';
import './source-reader.css';

/** Asks the reader to show one passage of an event (a new object each time, so asking twice works). */
export interface PassageRequest {
  readonly eventId: string;
  readonly excerptIndex: number;
  readonly sourceId: string;
}

type PassageRef = Pick<PassageRequest, 'eventId' | 'excerptIndex'>;

export interface SourceReaderProps {
  /** Where the reader sits; either way its text scrolls inside its own box. */
  readonly layout: ReaderLayout;
  /** False while the reader is a hidden tab. */
  readonly visible: boolean;
  /** A passage was activated: the layout decides what showing its event means. */
  readonly onChooseEvent: (eventId: string) => void;
  readonly passageRequest: PassageRequest | null;
}

/** Region "Source": the article, every quote marked and linked to its event. */
export function SourceReader({ layout, visible, onChooseEvent, passageRequest }: SourceReaderProps) {
  const dataset = useAppState((state) => state.dataset);
  const selected = useAppState(selectSelectedEvent);
  const selectedEventId = selected?.id ?? null;
  const view = useAppState((state) => state.view);
  const [openedInReader] = useState(view === 'source');

  // The reader's own choice of document; a request for a passage elsewhere makes that document the choice.
  const [choice, setChoice] = useState<SourceChoice | null>(null);
  // The passage of the selected event the reader was last taken to, for "passage 2 of 3".
  const [current, setCurrent] = useState<PassageRef | null>(null);
  const [currentFor, setCurrentFor] = useState(selectedEventId);
  if (currentFor !== selectedEventId) {
    // A new selection starts from its first passage, also when an earlier one is selected again.
    setCurrentFor(selectedEventId);
    setCurrent(null);
  }
  const [seenRequest, setSeenRequest] = useState(passageRequest);
  if (passageRequest !== seenRequest) {
    setSeenRequest(passageRequest);
    if (passageRequest) {
      setChoice({ sourceId: passageRequest.sourceId, eventId: selectedEventId });
      setCurrent(passageRequest);
    }
  }
  const sourceIds = useMemo(() => dataset.sources.map((source) => source.id), [dataset]);
  const sourceId = readerSourceId(sourceIds, selected, choice);
  const source = sourceId === undefined ? undefined : dataset.sourceById.get(sourceId);

  const headingId = useId();
  const regionRef = useRef<HTMLElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const revealedRequest = useRef<PassageRequest | null>(null);

  // A newly selected event's passage comes into view, unless one of its passages already shows. Measured a
  // frame later, once the timeline above has drawn its items and settled the page's layout.
  useEffect(() => {
    const box = boxRef.current;
    if (!visible || !box || selectedEventId === null) return;
    if (passageRequest && passageRequest !== revealedRequest.current) return; // a request is about to scroll
    const frame = requestAnimationFrame(() => {
      const marks = [...box.querySelectorAll<HTMLElement>('a[aria-current="true"]')];
      const [first] = marks;
      if (first && !marks.some((mark) => isPassageShown(box, mark))) revealPassage(box, first);
    });
    return () => cancelAnimationFrame(frame);
  }, [visible, selectedEventId, sourceId, passageRequest]);

  // "Show in the article": that very passage, focused, so the keyboard continues from there.
  useEffect(() => {
    const box = boxRef.current;
    const region = regionRef.current;
    if (!visible || !box || !region || !passageRequest || passageRequest === revealedRequest.current) return;
    revealedRequest.current = passageRequest;
    const link = passageLink(box, passageRequest.eventId, passageRequest.excerptIndex);
    if (!link) return;
    if (layout === 'pane') bringPaneOnScreen(region);
    revealPassage(box, link);
    link.focus({ preventScroll: true });
  }, [visible, layout, passageRequest]);

  // A link with view=source lands on the reader. The sheet is on screen already.
  const landed = useRef(false);
  useEffect(() => {
    const region = regionRef.current;
    if (landed.current || !openedInReader || !visible || !region) return;
    landed.current = true;
    if (layout === 'pane') region.scrollIntoView({ block: 'start' });
  }, [openedInReader, visible, layout]);

  const goToPassage = useCallback(
    (excerptIndex: number) => {
      const box = boxRef.current;
      if (selectedEventId === null || !box) return;
      setCurrent({ eventId: selectedEventId, excerptIndex });
      const link = passageLink(box, selectedEventId, excerptIndex);
      if (link) revealPassage(box, link);
    },
    [selectedEventId],
  );
  const showSource = useCallback(
    (id: string) => setChoice({ sourceId: id, eventId: selectedEventId }),
    [selectedEventId],
  );

  return (
    <section ref={regionRef} className={`source-reader is-${layout}`} aria-labelledby={headingId}>
      <div className="source-toolbar">
        {/* In the sheet the tab above already says "Source"; the article gets the room. */}
        <h2
          id={headingId}
          className={layout === 'sheet' ? 'source-heading visually-hidden' : 'source-heading'}
        >
          Source
        </h2>
        {source && dataset.sources.length > 1 && (
          <SourceSwitcher
            sources={dataset.sources}
            value={source.id}
            selectedPassages={selected && passagesBySource(selected)}
            onChange={showSource}
          />
        )}
        {source && <SourceCitation source={source} />}
        {source && (
          <PassageGuide
            dataset={dataset}
            event={selected}
            sourceId={source.id}
            currentExcerpt={current?.eventId === selectedEventId ? current.excerptIndex : undefined}
            onGoTo={goToPassage}
            onShowSource={showSource}
          />
        )}
      </div>
      <div ref={boxRef} className="source-text">
        {source ? (
          <>
            <SourceText
              dataset={dataset}
              source={source}
              selectedEventId={selectedEventId}
              currentPassage={
                current?.eventId === selectedEventId
                  ? excerptKey(current.eventId, current.excerptIndex)
                  : null
              }
              onChooseEvent={onChooseEvent}
            />
            <p className="source-end">End of the source text.</p>
          </>
        ) : (
          <p>This dataset has no source text.</p>
        )}
      </div>
    </section>
  );
}

function SourceText({
  dataset,
  source,
  selectedEventId,
  currentPassage,
  onChooseEvent,
}: {
  dataset: Dataset;
  source: Source;
  selectedEventId: string | null;
  currentPassage: string | null;
  onChooseEvent: (eventId: string) => void;
}) {
  const blocks = useMemo(
    () => layoutSource(source, sourceHighlights(dataset.events, source.id)),
    [dataset, source],
  );
  const slotOf = useMemo(() => {
    const slots = new Map(categoriesOf(dataset.events).map((category) => [category.id, category.slot]));
    return (eventId: string) => slots.get(dataset.eventById.get(eventId)?.category ?? '') ?? 0;
  }, [dataset]);
  const titleOf = useCallback(
    (eventId: string) => dataset.eventById.get(eventId)?.title ?? eventId,
    [dataset],
  );
  // Every passage links to its event in the current view, so a filter changes every link: they follow in a
  // render of their own, after the filter's result is on screen.
  const eventHref = useDeferredValue(useEventHref());
  const hrefOf = useCallback((eventId: string) => eventHref(eventId), [eventHref]);
  return (
    <ArticleText
      blocks={blocks}
      selectedEventId={selectedEventId}
      currentPassage={currentPassage}
      titleOf={titleOf}
      slotOf={slotOf}
      hrefOf={hrefOf}
      onChooseEvent={onChooseEvent}
    />
  );
}

function SourceCitation({ source }: { source: Source }) {
  return (
    <p className="source-citation">
      {source.publisher}, {formatEdtf(source.published)}.{' '}
      {source.url !== undefined && (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          Open the original<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
    </p>
  );
}

function SourceSwitcher({
  sources,
  value,
  selectedPassages,
  onChange,
}: {
  sources: readonly Source[];
  value: string;
  /** The selected event's passages by source, to say where it is quoted. */
  selectedPassages: ReadonlyMap<string, readonly unknown[]> | undefined;
  onChange: (sourceId: string) => void;
}) {
  const id = useId();
  return (
    <div className="source-switcher">
      <label htmlFor={id}>Source document</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {sources.map((source) => {
          const quoted = selectedPassages?.get(source.id)?.length ?? 0;
          return (
            <option key={source.id} value={source.id}>
              {source.title} ({source.publisher})
              {quoted > 0 && ` — ${passageCount(quoted)} of the selected event`}
            </option>
          );
        })}
      </select>
    </div>
  );
}
