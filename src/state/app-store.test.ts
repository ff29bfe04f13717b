import { describe, expect, it } from 'vitest';
import { categoryIdsOf } from '../domain/categories';
import { historyEntryFor } from '../url/history-entry';
import { curatedDataset } from '../testing/curated-dataset';
import { fixtureDataset } from '../testing/dataset-fixtures';
import { createAppStore, viewFromChoices } from './app-store';
import { selectSelectedIsHidden, selectVisibleEvents } from './selectors';

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
    const store = createAppStore(fixtureDataset(), { actors: ['a1'], categories: ['aid', 'attack'] });
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

describe('showEvent', () => {
  it('selects an event and changes the view as one history step', () => {
    const store = createAppStore(fixtureDataset(), { view: 'source' });
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
    const store = createAppStore(fixtureDataset(), { view: 'source' });
    store.getState().showEvent('nothing-here', 'timeline');
    expect(store.getState()).toMatchObject({ selectedEventId: null, view: 'source' });
  });
});

describe('closeEvent', () => {
  it('clears the selection and changes the view as one history step', () => {
    const store = createAppStore(fixtureDataset(), { event: 'second-event', view: 'source' });
    const steps: string[] = [];
    store.subscribe((state, previous) =>
      steps.push(historyEntryFor(viewFromChoices(previous), viewFromChoices(state))),
    );
    store.getState().closeEvent('list');
    expect(store.getState()).toMatchObject({ selectedEventId: null, view: 'list' });
    expect(steps).toEqual(['push']);
  });
});
