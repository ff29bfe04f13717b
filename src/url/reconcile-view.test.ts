import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../testing/curated-dataset';
import { reconcileWithDataset } from './reconcile-view';
import { parseViewParams } from './view-codec';
import type { KnownIds, ViewState } from './view-params';

describe('reconcileWithDataset', () => {
  const dataset = curatedDataset();
  const known: KnownIds = {
    events: dataset.eventById,
    actors: dataset.actorById,
    categories: new Set(dataset.events.map((event) => event.category)),
  };

  it('keeps a view the dataset fully knows, unchanged and without notices', () => {
    const state: ViewState = {
      data: 'https://example.org/d.json',
      view: 'source',
      event: 'atacms-authorization',
      actors: ['russia', 'ukraine', 'united-states'],
      categories: ['attack', 'policy'],
      q: 'missile',
      from: '2024-11-01',
      to: '2024-11-30',
    };
    expect(reconcileWithDataset(state, known)).toStrictEqual({ state, notices: [] });
  });

  it('drops an unknown event with a notice', () => {
    expect(reconcileWithDataset({ event: 'moon-landing', view: 'list' }, known)).toStrictEqual({
      state: { view: 'list' },
      notices: ['No event "moon-landing" in this dataset; the link may be for another dataset.'],
    });
  });

  it('drops unknown actors with one notice listing them, keeping the known ones in their order', () => {
    expect(
      reconcileWithDataset({ actors: ['ukraine', 'atlantis', 'russia', 'mordor'] }, known),
    ).toStrictEqual({
      state: { actors: ['ukraine', 'russia'] },
      notices: ['Ignored unknown actors "atlantis", "mordor".'],
    });
    expect(reconcileWithDataset({ actors: ['north-korea', 'atlantis', 'joe-biden'] }, known)).toStrictEqual({
      state: { actors: ['north-korea', 'joe-biden'] },
      notices: ['Ignored unknown actor "atlantis".'],
    });
  });

  it('drops unknown categories with a notice, singular or plural', () => {
    expect(reconcileWithDataset({ categories: ['aid', 'sport'] }, known)).toStrictEqual({
      state: { categories: ['aid'] },
      notices: ['Ignored unknown category "sport".'],
    });
    expect(reconcileWithDataset({ categories: ['sport', 'aid', 'weather'] }, known)).toStrictEqual({
      state: { categories: ['aid'] },
      notices: ['Ignored unknown categories "sport", "weather".'],
    });
  });

  it('turns a list of only unknown ids into an absent one, which filters nothing', () => {
    const { state, notices } = reconcileWithDataset(
      { actors: ['atlantis', 'mordor'], categories: ['sport'], q: 'x' },
      known,
    );
    expect(state).toStrictEqual({ q: 'x' });
    expect('actors' in state).toBe(false);
    expect('categories' in state).toBe(false);
    expect(notices).toStrictEqual([
      'Ignored unknown actors "atlantis", "mordor".',
      'Ignored unknown category "sport".',
    ]);
  });

  it('keeps an empty list (nothing shown) as it is', () => {
    expect(reconcileWithDataset({ actors: [], categories: [] }, known)).toStrictEqual({
      state: { actors: [], categories: [] },
      notices: [],
    });
  });

  it('does not change the state it is given', () => {
    const state: ViewState = { event: 'nope', actors: ['ukraine', 'nope'] };
    reconcileWithDataset(state, known);
    expect(state).toStrictEqual({ event: 'nope', actors: ['ukraine', 'nope'] });
  });

  it('chains with parseViewParams: syntax notices first, then dataset notices', () => {
    const parsed = parseViewParams('event=BAD&actors=ukraine,atlantis&categories=sport&view=list');
    const reconciled = reconcileWithDataset(parsed.state, known);
    expect(reconciled.state).toStrictEqual({ view: 'list', actors: ['ukraine'] });
    expect([...parsed.notices, ...reconciled.notices]).toStrictEqual([
      'Ignored event "BAD": not a valid event id.',
      'Ignored unknown actor "atlantis".',
      'Ignored unknown category "sport".',
    ]);
  });
});
