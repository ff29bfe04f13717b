import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLoaded, rawDataset, validateFixture } from '../testing/dataset-fixtures';
import type { Dataset } from '../domain/types';
import { historyEntryFor } from '../url/history-entry';
import { VIEWS, type ViewState } from '../url/view-params';
import { categoryIdsOf } from '../domain/categories';
import { previewOf } from '../domain/draw-preview';
import { choicesFromView, createAppStore, viewFromChoices, type Choices } from './app-store';
import {
  filterOf,
  selectFacetCounts,
  selectOpening,
  selectSelectedEvent,
  selectSelectedIsHidden,
  selectRelatedEventIds,
  selectVisibleEvents,
} from './selectors';
import { curatedDataset } from '../testing/curated-dataset';
import { DAY_MS } from '../domain/calendar';

const utc = (day: string): number => new Date(`${day}T00:00:00Z`).getTime();

/** The fixture dataset: sorted first-event (aid; a1), third-event (military; a2), second-event (attack; a1, a2). */
const fixture = (): Dataset => expectLoaded(validateFixture(rawDataset())).dataset;

/** The curated dataset, validated the way the app does (its source text read from data/sources). */
const curated = curatedDataset();
const CURATED_ACTORS = ['united-states', 'ukraine', 'russia', 'north-korea', 'joe-biden', 'donald-trump'];
const CURATED_CATEGORIES = ['policy', 'politics', 'military', 'attack', 'aid'];

describe('createAppStore', () => {
  it('starts from the defaults, or from a view', () => {
    const plain = createAppStore(curated).getState();
    expect(plain).toMatchObject({
      dataset: curated,
      notices: [],
      selectedEventId: null,
      actorFilter: null,
      categoryFilter: null,
      query: '',
      window: null,
      view: 'timeline',
      dataUrl: null,
    });
    const linked = createAppStore(curated, {
      event: 'atacms-authorization',
      actors: ['ukraine'],
      q: 'missile',
      view: 'list',
    }).getState();
    expect(linked).toMatchObject({
      selectedEventId: 'atacms-authorization',
      actorFilter: ['ukraine'],
      categoryFilter: null,
      query: 'missile',
      view: 'list',
    });
  });

  it('lists categories in the order they first appear in time', () => {
    expect(categoryIdsOf(curated)).toEqual(CURATED_CATEGORIES);
    expect(curated.actors.map((actor) => actor.id)).toEqual(CURATED_ACTORS);
  });
});

describe('selectEvent', () => {
  it('selects a known event and clears with null', () => {
    const store = createAppStore(curated);
    store.getState().selectEvent('russian-strike-power-grid');
    expect(store.getState().selectedEventId).toBe('russian-strike-power-grid');
    store.getState().selectEvent(null);
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('never stores an unknown id', () => {
    const store = createAppStore(curated);
    store.getState().selectEvent('moon-landing');
    expect(store.getState().selectedEventId).toBeNull();
    store.getState().selectEvent('atacms-authorization');
    store.getState().selectEvent('moon-landing');
    // Current behaviour: an unknown id clears the selection rather than keeping the previous one.
    expect(store.getState().selectedEventId).toBeNull();
  });
});

describe('actor and category filters', () => {
  it('toggling an actor off from "all" (null) makes an explicit list of the others', () => {
    const store = createAppStore(curated);
    store.getState().toggleActor('russia', false);
    expect(store.getState().actorFilter).toEqual(CURATED_ACTORS.filter((id) => id !== 'russia'));
    store.getState().toggleActor('joe-biden', false);
    expect(store.getState().actorFilter).toEqual(['united-states', 'ukraine', 'north-korea', 'donald-trump']);
  });

  it('toggling every actor back on normalises to null', () => {
    const store = createAppStore(curated);
    store.getState().toggleActor('russia', false);
    store.getState().toggleActor('ukraine', false);
    store.getState().toggleActor('russia', true);
    expect(store.getState().actorFilter).toEqual([
      'united-states',
      'north-korea',
      'joe-biden',
      'donald-trump',
      'russia',
    ]);
    store.getState().toggleActor('ukraine', true);
    expect(store.getState().actorFilter).toBeNull();
  });

  it('toggling an actor on while all are shown keeps null; toggling one twice is idempotent', () => {
    const store = createAppStore(curated);
    store.getState().toggleActor('russia', true);
    expect(store.getState().actorFilter).toBeNull();
    store.getState().setActorFilter(['ukraine']);
    store.getState().toggleActor('ukraine', true);
    expect(store.getState().actorFilter).toEqual(['ukraine']);
    store.getState().toggleActor('russia', false);
    expect(store.getState().actorFilter).toEqual(['ukraine']);
  });

  it('toggling the last ticked actor off leaves none, not all', () => {
    const store = createAppStore(curated);
    store.getState().setActorFilter(['ukraine']);
    store.getState().toggleActor('ukraine', false);
    expect(store.getState().actorFilter).toEqual([]);
    expect(selectVisibleEvents(store.getState())).toEqual([]);
  });

  it('setActorFilter([]) means none, null means all, a full list normalises to null', () => {
    const store = createAppStore(curated);
    store.getState().setActorFilter([]);
    expect(store.getState().actorFilter).toEqual([]);
    store.getState().setActorFilter(null);
    expect(store.getState().actorFilter).toBeNull();
    store.getState().setActorFilter([...CURATED_ACTORS].reverse());
    expect(store.getState().actorFilter).toBeNull();
    store.getState().setActorFilter(['russia', 'ukraine']);
    expect(store.getState().actorFilter).toEqual(['russia', 'ukraine']);
  });

  it('categories behave the same way', () => {
    const store = createAppStore(curated);
    store.getState().toggleCategory('attack', false);
    expect(store.getState().categoryFilter).toEqual(['policy', 'politics', 'military', 'aid']);
    store.getState().toggleCategory('attack', true);
    expect(store.getState().categoryFilter).toBeNull();
    store.getState().setCategoryFilter([]);
    expect(store.getState().categoryFilter).toEqual([]);
    store.getState().setCategoryFilter(CURATED_CATEGORIES);
    expect(store.getState().categoryFilter).toBeNull();
  });

  it('setQuery trims', () => {
    const store = createAppStore(curated);
    store.getState().setQuery('  kursk  ');
    expect(store.getState().query).toBe('kursk');
  });
});

describe('revealEvent', () => {
  const target = 'russian-strike-power-grid'; // attack; russia, ukraine; "Russian missile attack ..."

  it('widens the actor filter by one of the event’s actors and the category filter by its category, and clears a query that hides it', () => {
    const store = createAppStore(curated, { actors: ['north-korea'], categories: ['military'], q: 'kursk' });
    expect(selectVisibleEvents(store.getState()).map((event) => event.id)).toEqual([
      'north-korean-troops-kursk',
    ]);
    store.getState().revealEvent(target);
    const state = store.getState();
    expect(state.actorFilter).toEqual(['north-korea', 'russia']);
    expect(state.categoryFilter).toEqual(['military', 'attack']);
    expect(state.query).toBe('');
    expect(state.selectedEventId).toBe(target);
    expect(selectSelectedIsHidden(state)).toBe(false);
    expect(selectVisibleEvents(state).map((event) => event.id)).toContain(target);
  });

  it('keeps a query that matches the event, and a category filter that already shows it', () => {
    const store = createAppStore(curated, {
      actors: ['russia'],
      categories: ['attack', 'military'],
      q: 'missile',
    });
    store.getState().revealEvent(target);
    expect(store.getState()).toMatchObject({
      actorFilter: ['russia'],
      categoryFilter: ['attack', 'military'],
      query: 'missile',
      selectedEventId: target,
    });
  });

  it('leaves "all" (null) filters as they are, and widens "none" to one actor of the event', () => {
    const store = createAppStore(curated, { actors: [] });
    store.getState().revealEvent(target);
    expect(store.getState().actorFilter).toEqual(['russia']);
    expect(store.getState().categoryFilter).toBeNull();
  });

  it('normalises to null when widening ticks everything', () => {
    const store = createAppStore(fixture(), { actors: ['a1'], categories: ['aid', 'attack'] });
    store.getState().revealEvent('third-event'); // military; a2
    expect(store.getState().actorFilter).toBeNull();
    expect(store.getState().categoryFilter).toBeNull();
  });

  it('ignores an unknown event', () => {
    const store = createAppStore(curated, { actors: ['russia'], q: 'kursk' });
    const before = store.getState();
    store.getState().revealEvent('moon-landing');
    expect(store.getState()).toBe(before);
  });
});

describe('choicesFromView and viewFromChoices', () => {
  const FULL: ViewState = {
    data: 'https://example.org/d.json',
    view: 'source',
    event: 'atacms-authorization',
    actors: ['ukraine', 'russia'],
    categories: [],
    q: 'missile',
    from: '2024-11-01',
    to: '2024-11-30',
  };

  it('turns from/to (inclusive days) into a window ending the day after to', () => {
    expect(choicesFromView(FULL)).toEqual({
      selectedEventId: 'atacms-authorization',
      actorFilter: ['ukraine', 'russia'],
      categoryFilter: [],
      query: 'missile',
      window: { start: utc('2024-11-01'), end: utc('2024-12-01') },
      view: 'source',
      dataUrl: 'https://example.org/d.json',
    });
    expect(choicesFromView({ from: '2024-02-29', to: '2024-02-29' }).window).toEqual({
      start: utc('2024-02-29'),
      end: utc('2024-03-01'),
    });
  });

  it('gives the defaults for an empty view, and an empty view for the defaults', () => {
    const defaults: Choices = {
      selectedEventId: null,
      actorFilter: null,
      categoryFilter: null,
      query: '',
      window: null,
      view: 'timeline',
      dataUrl: null,
    };
    expect(choicesFromView({})).toEqual(defaults);
    expect(viewFromChoices(defaults)).toStrictEqual({});
  });

  it('round-trips a full view', () => {
    expect(viewFromChoices(choicesFromView(FULL))).toStrictEqual(FULL);
  });

  it('leaves out the default view', () => {
    expect(viewFromChoices(choicesFromView({ view: 'timeline', q: 'x' }))).toStrictEqual({ q: 'x' });
  });

  it('writes any window as the days it touches', () => {
    const choices = choicesFromView({});
    const days = (start: number, end: number) => {
      const { from, to } = viewFromChoices({ ...choices, window: { start, end } });
      return [from, to];
    };
    expect(days(utc('2024-11-01') + 13 * 3_600_000, utc('2024-11-03') + 3_600_000)).toEqual([
      '2024-11-01',
      '2024-11-03',
    ]);
    expect(days(utc('2024-11-01'), utc('2024-11-03'))).toEqual(['2024-11-01', '2024-11-02']);
    expect(days(utc('2024-11-01') - 1, utc('2024-11-01') + 1)).toEqual(['2024-10-31', '2024-11-01']);
    // A window beyond years 1 to 9999 cannot be written, so it is left out rather than written wrong.
    expect(days(utc('0001-01-01') - DAY_MS, utc('2024-01-01'))).toEqual([undefined, undefined]);
    expect(days(utc('2024-01-01'), 9e15)).toEqual([undefined, undefined]);
  });

  it('round-trips every valid view whose view is not the default', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((text) => text.length <= 80);
    const day = fc
      .integer({ min: utc('0001-01-01') / DAY_MS, max: utc('9999-12-31') / DAY_MS })
      .map((days) => new Date(days * DAY_MS).toISOString().slice(0, 10));
    const view: fc.Arbitrary<ViewState> = fc
      .tuple(
        fc.record(
          {
            event: id,
            actors: fc.uniqueArray(id, { maxLength: 8 }),
            categories: fc.uniqueArray(id, { maxLength: 8 }),
            q: fc.string({ minLength: 1 }).filter((q) => q === q.trim() && q !== ''),
            view: fc.constantFrom(...VIEWS.filter((name) => name !== 'timeline')),
            data: fc.webUrl(),
          },
          { requiredKeys: [] },
        ),
        fc.option(
          fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
          { nil: undefined },
        ),
      )
      .map(([rest, window]) => ({ ...rest, ...window }));
    fc.assert(
      fc.property(view, (state) => {
        expect(viewFromChoices(choicesFromView(state))).toStrictEqual(state);
      }),
      { numRuns: 5_000 },
    );
  }, 120_000);
});

describe('applyViewState and notices', () => {
  it('applyViewState replaces every choice, resetting what the view leaves out', () => {
    const store = createAppStore(curated, { event: 'atacms-authorization', actors: ['russia'], q: 'x' });
    store.getState().applyViewState({ view: 'list', categories: ['aid'] });
    expect(store.getState()).toMatchObject({
      selectedEventId: null,
      actorFilter: null,
      categoryFilter: ['aid'],
      query: '',
      view: 'list',
    });
  });

  it('adds notices with fresh ids and dismisses one by id', () => {
    const store = createAppStore(curated);
    store.getState().addNotices(['one', 'two']);
    store.getState().addNotices(['three']);
    const notices = store.getState().notices;
    expect(notices.map((notice) => notice.message)).toEqual(['one', 'two', 'three']);
    expect(new Set(notices.map((notice) => notice.id)).size).toBe(3);
    const second = notices[1];
    expect(second?.message).toBe('two');
    if (second) store.getState().dismissNotice(second.id);
    expect(store.getState().notices.map((notice) => notice.message)).toEqual(['one', 'three']);
  });
});

describe('selectors', () => {
  it('selectVisibleEvents returns the same array until a filter changes', () => {
    const store = createAppStore(curated);
    const first = selectVisibleEvents(store.getState());
    expect(first).toHaveLength(curated.events.length);
    expect(selectVisibleEvents(store.getState())).toBe(first);

    // Choices that are not filters give a new state object, but the same visible events.
    store.getState().selectEvent('atacms-authorization');
    store.getState().setView('list');
    store.getState().setWindow({ start: utc('2024-11-01'), end: utc('2024-12-01') });
    store.getState().setQuery('  ');
    expect(selectVisibleEvents(store.getState())).toBe(first);

    store.getState().setActorFilter(['north-korea']);
    const filtered = selectVisibleEvents(store.getState());
    expect(filtered).not.toBe(first);
    expect(filtered.map((event) => event.id)).toEqual(['north-korean-troops-kursk']);
    expect(selectVisibleEvents(store.getState())).toBe(filtered);

    store.getState().setQuery('kursk');
    expect(selectVisibleEvents(store.getState())).not.toBe(filtered);
    store.getState().setCategoryFilter(['aid']);
    expect(selectVisibleEvents(store.getState())).toEqual([]);
  });

  it('selectVisibleEvents recomputes for another store with another dataset', () => {
    const curatedEvents = selectVisibleEvents(createAppStore(curated).getState());
    const fixtureEvents = selectVisibleEvents(createAppStore(fixture()).getState());
    expect(fixtureEvents.map((event) => event.id)).toEqual(['first-event', 'third-event', 'second-event']);
    expect(curatedEvents).toHaveLength(8);
  });

  it('selectFacetCounts is faceted and remembered like the visible events', () => {
    const store = createAppStore(curated, { actors: ['north-korea'] });
    const counts = selectFacetCounts(store.getState());
    expect(counts.actors.get('ukraine')).toBe(7);
    expect(counts.actors.get('north-korea')).toBe(1);
    expect(counts.categories).toEqual(new Map([['military', 1]]));
    store.getState().selectEvent('atacms-authorization');
    expect(selectFacetCounts(store.getState())).toBe(counts);
  });

  it('filterOf leaves out "all" filters and an empty query', () => {
    const store = createAppStore(curated);
    expect(filterOf(store.getState())).toStrictEqual({});
    store.getState().setActorFilter([]);
    store.getState().setQuery('kursk');
    expect(filterOf(store.getState())).toStrictEqual({ actors: [], query: 'kursk' });
  });

  it('selectSelectedEvent and selectSelectedIsHidden', () => {
    const store = createAppStore(curated);
    expect(selectSelectedEvent(store.getState())).toBeUndefined();
    expect(selectSelectedIsHidden(store.getState())).toBe(false);

    store.getState().selectEvent('north-korean-troops-kursk');
    expect(selectSelectedEvent(store.getState())?.title).toBe(
      'Thousands of North Korean troops deployed to Kursk',
    );
    expect(selectSelectedIsHidden(store.getState())).toBe(false);

    store.getState().setActorFilter(['north-korea', 'ukraine']);
    expect(selectSelectedIsHidden(store.getState())).toBe(false);
    store.getState().setActorFilter(['ukraine']);
    expect(selectSelectedIsHidden(store.getState())).toBe(true);
    store.getState().setActorFilter(null);
    store.getState().setCategoryFilter(['policy']);
    expect(selectSelectedIsHidden(store.getState())).toBe(true);
    store.getState().setCategoryFilter(null);
    store.getState().setQuery('biden');
    expect(selectSelectedIsHidden(store.getState())).toBe(true);
    store.getState().revealEvent('north-korean-troops-kursk');
    expect(selectSelectedIsHidden(store.getState())).toBe(false);
  });
});

const { dataset } = expectLoaded(validateFixture(rawDataset()));

describe('showEvent', () => {
  it('selects an event and changes the view as one history step', () => {
    const store = createAppStore(dataset, { view: 'source' });
    const before = viewFromChoices(store.getState());
    const steps: string[] = [];
    store.subscribe((state, previous) =>
      steps.push(historyEntryFor(viewFromChoices(previous), viewFromChoices(state))),
    );
    store.getState().showEvent('second-event', 'timeline');
    expect(store.getState()).toMatchObject({ selectedEventId: 'second-event', view: 'timeline' });
    expect(steps).toEqual(['push']);
    expect(before).toEqual({ view: 'source' });
  });

  it('ignores an unknown event', () => {
    const store = createAppStore(dataset, { view: 'source' });
    store.getState().showEvent('nothing-here', 'timeline');
    expect(store.getState()).toMatchObject({ selectedEventId: null, view: 'source' });
  });
});

describe('closeEvent', () => {
  it('clears the selection and changes the view as one history step', () => {
    const store = createAppStore(dataset, { event: 'second-event', view: 'source' });
    const steps: string[] = [];
    store.subscribe((state, previous) =>
      steps.push(historyEntryFor(viewFromChoices(previous), viewFromChoices(state))),
    );
    store.getState().closeEvent('list');
    expect(store.getState()).toMatchObject({ selectedEventId: null, view: 'list' });
    expect(steps).toEqual(['push']);
  });
});

describe('selectRelatedEventIds', () => {
  it('holds the events related to the selection in either direction, and keeps its identity', () => {
    // second-event states "follows first-event".
    const store = createAppStore(dataset, { event: 'first-event' });
    const related = selectRelatedEventIds(store.getState());
    expect(related).toEqual(new Set(['second-event']));
    expect(selectRelatedEventIds(store.getState())).toBe(related);
    store.getState().selectEvent('second-event');
    expect(selectRelatedEventIds(store.getState())).toEqual(new Set(['first-event']));
    store.getState().selectEvent(null);
    expect(selectRelatedEventIds(store.getState()).size).toBe(0);
  });
});

describe('selectOpening', () => {
  const preview = previewOf([{ date: '2024-11-17', category: 'attack' }]);

  it('is false while the open dataset is all there is', () => {
    expect(selectOpening(createAppStore(fixture()).getState())).toBe(false);
  });

  it('is true from a link asking for another dataset until it opens or is given up', () => {
    const store = createAppStore(fixture());
    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    expect(selectOpening(store.getState())).toBe(true);
    store.getState().cancelDatasetRequest();
    expect(selectOpening(store.getState())).toBe(false);

    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    store.getState().openDataset({ dataset: fixture(), loadedFrom: 'https://data.example/events.json' });
    expect(selectOpening(store.getState())).toBe(false);
  });

  it('is true while a large file is drawn as its preview', () => {
    const store = createAppStore(fixture());
    store.getState().showLoadingPreview(preview);
    expect(selectOpening(store.getState())).toBe(true);
    store.getState().showLoadingPreview(null);
    expect(selectOpening(store.getState())).toBe(false);
  });
});
