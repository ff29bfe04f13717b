import { describe, expect, it } from 'vitest';
import { categoriesOf } from '../domain/categories';
import { previewOf } from '../domain/draw-preview';
import { shownExtent } from '../domain/event-index';
import { curatedDataset } from '../testing/curated-dataset';
import { expectLoaded, rawDataset, validateFixture } from '../testing/dataset-fixtures';
import { createAppStore } from './app-store';
import {
  selectDrawing,
  selectFacetCounts,
  selectRelatedEventIds,
  selectRequestedWindow,
  selectVisibleEvents,
} from './selectors';

const curated = curatedDataset();
const fixture = () => expectLoaded(validateFixture(rawDataset())).dataset;
const utc = (day: string): number => new Date(`${day}T00:00:00Z`).getTime();

describe('selectors remember per store', () => {
  it('keeps each store’s results while another store is read in between', () => {
    const one = createAppStore(curated, { actors: ['ukraine'], event: 'atacms-authorization' });
    const other = createAppStore(fixture(), { event: 'first-event' });
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
