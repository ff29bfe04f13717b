import { describe, expect, it } from 'vitest';
import { categoriesOf } from '../domain/categories';
import { previewOf } from '../domain/draw-preview';
import { shownExtent } from '../domain/event-index';
import { curatedDataset } from '../testing/curated-dataset';
import { fixtureDataset } from '../testing/dataset-fixtures';
import { utc } from '../testing/days';
import { createAppStore } from './app-store';
import {
  filterOf,
  selectDrawing,
  selectFacetCounts,
  selectAddress,
  selectOpening,
  selectShowsList,
  selectRelatedEventIds,
  selectRequestedWindow,
  selectSelectedEvent,
  selectSelectedIsHidden,
  selectVisibleEvents,
} from './selectors';

const curated = curatedDataset();

describe('selectors remember per store', () => {
  it('keeps each store’s results while another store is read in between', () => {
    const one = createAppStore(curated, { actors: ['ukraine'], event: 'atacms-authorization' });
    const other = createAppStore(fixtureDataset(), { event: 'first-event' });
    const selectors = [selectVisibleEvents, selectFacetCounts, selectRelatedEventIds, selectDrawing];
    const first = selectors.map((select) => select(one.getState()));
    for (const select of selectors) select(other.getState());
    expect(selectors.map((select) => select(one.getState()))).toEqual(first);
    selectors.forEach((select, at) => expect(select(one.getState())).toBe(first[at]));
  });
});

describe('selectDrawing', () => {
  it('draws the open dataset’s events that pass the filters, the same value until they change', () => {
    const store = createAppStore(curated);
    const drawing = selectDrawing(store.getState());
    if (drawing.kind !== 'dataset') throw new Error(`drew ${drawing.kind}`);
    expect(drawing.dataset).toBe(curated);
    expect(drawing.shownCount).toBe(curated.events.length);
    expect(drawing.categories).toEqual(categoriesOf(curated.events));
    expect(drawing.extent).toEqual(shownExtent(drawing.index, drawing.mask));
    store.getState().selectEvent('atacms-authorization');
    expect(selectDrawing(store.getState())).toBe(drawing);

    store.getState().setActorFilter(['north-korea']);
    const filtered = selectDrawing(store.getState());
    expect(filtered).toMatchObject({ kind: 'dataset', dataset: curated, shownCount: 1 });
    if (filtered.kind !== 'dataset') throw new Error(`drew ${filtered.kind}`);
    expect(filtered.categories).toBe(drawing.categories);
    expect(filtered.extent).not.toEqual(drawing.extent);
  });

  it('draws nothing while a link’s dataset is requested, then its preview, every event shown', () => {
    const store = createAppStore(curated, { actors: ['north-korea'] });
    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    expect(selectDrawing(store.getState())).toEqual({ kind: 'nothing' });

    const preview = previewOf([
      { date: '2020-01-01', category: 'attack' },
      { date: '2020-03-01', category: 'new-kind' },
    ]);
    store.getState().showLoadingPreview(preview);
    const drawing = selectDrawing(store.getState());
    expect(drawing).toMatchObject({
      kind: 'preview',
      preview,
      shownCount: 2,
      mask: Uint8Array.of(1, 1),
      extent: { start: utc('2020-01-01'), end: utc('2020-03-02') },
    });
    if (drawing.kind !== 'preview') throw new Error(`drew ${drawing.kind}`);
    expect(drawing.categories.map((category) => category.label)).toEqual(['Attack', 'New kind']);
    expect(drawing.index.events).toEqual([]);
    expect(selectDrawing(store.getState())).toBe(drawing);
  });

  it('draws a large file’s preview in place of the open dataset', () => {
    const store = createAppStore(curated);
    store.getState().showLoadingPreview(previewOf([{ date: '2020-01-01', category: 'attack' }]));
    expect(selectDrawing(store.getState()).kind).toBe('preview');
    store.getState().showLoadingPreview(null);
    expect(selectDrawing(store.getState()).kind).toBe('dataset');
  });
});

describe('selectRequestedWindow', () => {
  it('is the window of the view a link asks for with its dataset, the same value while it waits', () => {
    const store = createAppStore(curated);
    expect(selectRequestedWindow(store.getState())).toBeNull();
    store
      .getState()
      .requestDataset({ data: 'https://data.example/events.json', from: '2020-01-01', to: '2020-01-31' });
    const window = selectRequestedWindow(store.getState());
    expect(window).toEqual({ start: utc('2020-01-01'), end: utc('2020-02-01') });
    store.getState().showLoadingPreview(previewOf([{ date: '2020-01-01', category: 'attack' }]));
    expect(selectRequestedWindow(store.getState())).toBe(window);
  });
});

describe('the visible events, their counts and the selection', () => {
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
    const fixtureEvents = selectVisibleEvents(createAppStore(fixtureDataset()).getState());
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

describe('selectRelatedEventIds', () => {
  it('holds the events related to the selection in either direction, and keeps its identity', () => {
    // second-event states "follows first-event".
    const store = createAppStore(fixtureDataset(), { event: 'first-event' });
    const related = selectRelatedEventIds(store.getState());
    expect(related).toEqual(new Set(['second-event']));
    expect(selectRelatedEventIds(store.getState())).toBe(related);
    store.getState().selectEvent('second-event');
    expect(selectRelatedEventIds(store.getState())).toEqual(new Set(['first-event']));
    store.getState().selectEvent(null);
    expect(selectRelatedEventIds(store.getState()).size).toBe(0);
  });
});

describe('selectShowsList', () => {
  it('is the chosen view, except while another dataset opens, whose preview the timeline draws', () => {
    const store = createAppStore(fixtureDataset());
    expect(selectShowsList(store.getState())).toBe(false);
    store.getState().setView('list');
    expect(selectShowsList(store.getState())).toBe(true);
    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    expect(selectShowsList(store.getState())).toBe(false);
    store.getState().cancelDatasetRequest();
    expect(selectShowsList(store.getState())).toBe(true);
  });
});

describe('selectOpening', () => {
  const preview = previewOf([{ date: '2024-11-17', category: 'attack' }]);

  it('is false while the open dataset is all there is', () => {
    expect(selectOpening(createAppStore(fixtureDataset()).getState())).toBe(false);
  });

  it('is true from a link asking for another dataset until it opens or is given up', () => {
    const store = createAppStore(fixtureDataset());
    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    expect(selectOpening(store.getState())).toBe(true);
    store.getState().cancelDatasetRequest();
    expect(selectOpening(store.getState())).toBe(false);

    store.getState().requestDataset({ data: 'https://data.example/events.json' });
    store
      .getState()
      .openDataset({ dataset: fixtureDataset(), loadedFrom: 'https://data.example/events.json' });
    expect(selectOpening(store.getState())).toBe(false);
  });

  it('is true from a link asking for a draft until it opens or is given up', () => {
    const store = createAppStore(fixtureDataset());
    store.getState().requestDataset({ draft: 'my-draft' });
    expect(selectOpening(store.getState())).toBe(true);
    store.getState().cancelDatasetRequest();
    expect(selectOpening(store.getState())).toBe(false);

    store.getState().requestDataset({ draft: 'my-draft' });
    store.getState().openDataset({ dataset: fixtureDataset(), draftId: 'my-draft' });
    expect(selectOpening(store.getState())).toBe(false);
  });

  it('is true while a large file is drawn as its preview', () => {
    const store = createAppStore(fixtureDataset());
    store.getState().showLoadingPreview(preview);
    expect(selectOpening(store.getState())).toBe(true);
    store.getState().showLoadingPreview(null);
    expect(selectOpening(store.getState())).toBe(false);
  });
});

describe('selectAddress', () => {
  const site = { base: '/', pagesOf: curated };

  it('names the selected event by its page while the dataset that has pages is open', () => {
    const store = createAppStore(curated, { event: 'atacms-authorization' }, site);
    expect(selectAddress(store.getState())).toBe('/events/atacms-authorization/');
  });

  it('keeps ?event= while another dataset or a draft is asked for', () => {
    const linked = createAppStore(curated, { event: 'atacms-authorization' }, site);
    linked.getState().requestDataset({ data: 'https://example.org/other.json' });
    expect(selectAddress(linked.getState())).toMatch(/^\/\?/);
    const drafted = createAppStore(curated, { event: 'atacms-authorization' }, site);
    drafted.getState().requestDataset({ draft: 'my-draft', event: 'atacms-authorization' });
    expect(selectAddress(drafted.getState())).toBe('/?draft=my-draft&event=atacms-authorization');
  });
});
