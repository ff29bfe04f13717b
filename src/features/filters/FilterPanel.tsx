import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { categoriesOf } from '../../domain/categories';
import { describeFilterResult } from '../../domain/filter-summary';
import { MAX_QUERY_LENGTH } from '../../url/view-params';
import { selectFacetCounts, selectVisibleEvents } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { useShortcut } from '../../shared/use-shortcut';
import './filters.css';

/** Typing settles for this long before the search applies, so one search is one Back step. */
const SEARCH_DELAY_MS = 300;

export function FilterPanel() {
  return (
    <section className="filter-panel" aria-label="Filters">
      <SearchBox />
      <FilterStatus />
      <ActorFilter />
      <CategoryFilter />
    </section>
  );
}

function SearchBox() {
  const query = useAppState((state) => state.query);
  const setQuery = useAppState((state) => state.setQuery);
  const [draft, setDraft] = useState(query);
  const inputRef = useRef<HTMLInputElement>(null);
  useShortcut('focus-search', () => {
    const input = inputRef.current;
    // On narrow screens the filters wait in a closed dialog: open it first.
    const dialog = input?.closest('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    input?.focus();
  });
  const [lastQuery, setLastQuery] = useState(query);
  if (query !== lastQuery) {
    // The store changed from outside (Back, a link): show what now applies.
    setLastQuery(query);
    setDraft(query);
  }
  useEffect(() => {
    if (draft.trim() === query) return;
    const timer = setTimeout(() => setQuery(draft), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, query, setQuery]);
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => (event.preventDefault(), setQuery(draft))}
    >
      <label htmlFor="event-search">Search events</label>
      <input
        ref={inputRef}
        id="event-search"
        type="search"
        value={draft}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Words in titles, summaries or quotes"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          // In the narrow layout's dialog, Esc closes the dialog: it must not first wipe the search typed.
          const dialog = event.currentTarget.closest('dialog');
          if (event.key !== 'Escape' || !dialog?.open) return;
          event.preventDefault();
          dialog.close();
        }}
      />
    </form>
  );
}

/** "Showing N of M events"; also above the events on narrow screens, whose filters wait in a dialog. */
export function FilterStatus() {
  const shown = useAppState((state) => selectVisibleEvents(state).length);
  const total = useAppState((state) => state.dataset.events.length);
  return (
    // The count is read out by the page's announcer once the filters settle, not here on every tick.
    <p className="filter-status" role="status" aria-live="off">
      {describeFilterResult(shown, total)}
    </p>
  );
}

function ActorFilter() {
  const actors = useAppState((state) => state.dataset.actors);
  const actorFilter = useAppState((state) => state.actorFilter);
  const counts = useAppState(selectFacetCounts).actors;
  const toggleActor = useAppState((state) => state.toggleActor);
  const setActorFilter = useAppState((state) => state.setActorFilter);
  const idPrefix = useId();
  return (
    <fieldset className="facet">
      <legend>Actors</legend>
      <div className="facet-actions">
        <button type="button" onClick={() => setActorFilter(null)} aria-label="Show all actors">
          All
        </button>
        <button type="button" onClick={() => setActorFilter([])} aria-label="Show none of the actors">
          None
        </button>
      </div>
      <ul className="facet-options">
        {actors.map((actor) => (
          <FacetOption
            key={actor.id}
            countId={`${idPrefix}-${actor.id}`}
            checked={actorFilter === null || actorFilter.includes(actor.id)}
            count={counts.get(actor.id) ?? 0}
            onToggle={(on) => toggleActor(actor.id, on)}
          >
            {actor.name}
          </FacetOption>
        ))}
      </ul>
    </fieldset>
  );
}

function CategoryFilter() {
  const events = useAppState((state) => state.dataset.events);
  const categoryFilter = useAppState((state) => state.categoryFilter);
  const counts = useAppState(selectFacetCounts).categories;
  const toggleCategory = useAppState((state) => state.toggleCategory);
  const categories = useMemo(() => categoriesOf(events), [events]);
  const idPrefix = useId();
  return (
    <fieldset className="facet">
      <legend>Categories</legend>
      <ul className="facet-options">
        {categories.map((category) => (
          <FacetOption
            key={category.id}
            countId={`${idPrefix}-${category.id}`}
            checked={categoryFilter === null || categoryFilter.includes(category.id)}
            count={counts.get(category.id) ?? 0}
            onToggle={(on) => toggleCategory(category.id, on)}
          >
            <span className={`legend-swatch category-${category.slot}`} aria-hidden="true" />
            {category.label}
          </FacetOption>
        ))}
      </ul>
    </fieldset>
  );
}

interface FacetOptionProps {
  readonly countId: string;
  readonly checked: boolean;
  readonly count: number;
  readonly onToggle: (on: boolean) => void;
  /** The option's name: it names the checkbox; the count only describes it. */
  readonly children: ReactNode;
}

function FacetOption({ countId, checked, count, onToggle, children }: FacetOptionProps) {
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onToggle(event.target.checked)}
          aria-describedby={countId}
        />
        {children}
      </label>
      <span className="facet-count" id={countId}>
        {count}
        <span className="visually-hidden"> events</span>
      </span>
    </li>
  );
}
