import { describe, expect, it } from 'vitest';
import { expectLoaded, validateFixture, rawDataset } from '../domain/test-fixtures';
import { historyEntryFor } from '../url/history-entry';
import { createAppStore, viewFromChoices } from './app-store';
import { selectRelatedEventIds } from './selectors';

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
