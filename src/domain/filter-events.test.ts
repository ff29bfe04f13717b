import { describe, expect, it } from 'vitest';
import { adjacentEvent, eventMatcher, filterEvents, foldForSearch, type EventFilter } from './filter-events';
import { actorCounts, categoryCounts } from './facets';
import { at, editedDataset, fixtureDataset } from '../testing/dataset-fixtures';
import type { TimelineEvent } from './types';
import { curatedDataset } from '../testing/curated-dataset';

const ids = (events: readonly TimelineEvent[]) => events.map((event) => event.id);

describe('filterEvents', () => {
  const dataset = fixtureDataset();
  const visible = (filter: EventFilter) => ids(filterEvents(dataset.events, filter));

  it('keeps every event, in order, with no filter', () => {
    expect(visible({})).toEqual(['first-event', 'third-event', 'second-event']);
    expect(visible({ actors: undefined, categories: undefined, query: '' })).toEqual(ids(dataset.events));
  });

  it('keeps an event when any of its actors is ticked', () => {
    expect(visible({ actors: ['a1'] })).toEqual(['first-event', 'second-event']);
    expect(visible({ actors: ['a2'] })).toEqual(['third-event', 'second-event']);
    expect(visible({ actors: ['a1', 'a2'] })).toEqual(['first-event', 'third-event', 'second-event']);
    expect(visible({ actors: ['someone-else'] })).toEqual([]);
  });

  it('keeps an event when its category is ticked', () => {
    expect(visible({ categories: ['attack'] })).toEqual(['second-event']);
    expect(visible({ categories: ['aid', 'military'] })).toEqual(['first-event', 'third-event']);
  });

  it('shows nothing for an empty list', () => {
    expect(visible({ actors: [] })).toEqual([]);
    expect(visible({ categories: [] })).toEqual([]);
  });

  it('combines filters with AND', () => {
    expect(visible({ actors: ['a2'], categories: ['attack', 'aid'] })).toEqual(['second-event']);
    expect(visible({ actors: ['a1'], categories: ['military'] })).toEqual([]);
    expect(visible({ actors: ['a1', 'a2'], query: 'drones' })).toEqual(['third-event']);
    expect(visible({ actors: ['a1'], query: 'drones' })).toEqual([]);
    expect(visible({ categories: ['aid', 'attack'], query: 'announced' })).toEqual(['first-event']);
  });

  it('needs every query term to match (AND), anywhere in the text', () => {
    expect(visible({ query: 'strike confirmed' })).toEqual(['second-event']);
    expect(visible({ query: 'confirmed strike' })).toEqual(['second-event']);
    expect(visible({ query: 'strike drones' })).toEqual([]);
    expect(visible({ query: 'conf' })).toEqual(['second-event']);
    expect(visible({ query: '   strike \t  spokesman  ' })).toEqual(['second-event']);
    expect(visible({ query: '   ' })).toEqual(ids(dataset.events));
  });

  it('folds case', () => {
    expect(visible({ query: 'STRIKE' })).toEqual(['second-event']);
    expect(visible({ query: 'aid ANNOUNCED' })).toEqual(['first-event']);
  });

  it('searches the quotes too, folding curly apostrophes both ways', () => {
    // "Kyiv’s" is only in third-event's quote (its title and summary do not say it).
    expect(visible({ query: "kyiv's" })).toEqual(['third-event']);
    expect(visible({ query: 'KYIV’S' })).toEqual(['third-event']);
    expect(visible({ query: 'kyivʼs' })).toEqual(['third-event']);
    expect(visible({ query: 'kyiv’s air force' })).toEqual(['third-event']);
  });

  it('folds accents both ways', () => {
    const accented = fixtureDataset(
      editedDataset((raw) => {
        at(raw.events, 0).summary = 'An aid package for Dnipró was announced in Genève.';
      }),
    );
    const search = (query: string) => ids(filterEvents(accented.events, { query }));
    expect(search('dnipro')).toEqual(['first-event']);
    expect(search('DNIPRÓ geneve')).toEqual(['first-event']);
    expect(search('ánnóuncéd')).toEqual(['first-event']);
    expect(search('Ａｉｄ')).toEqual(['first-event']); // full-width letters fold too (NFKD)
  });

  it('finds "Kursk" as "kursk" in the curated dataset, and a curly apostrophe in a quote', () => {
    const curated = curatedDataset();
    expect(ids(filterEvents(curated.events, { query: 'kursk' }))).toEqual(['north-korean-troops-kursk']);
    expect(ids(filterEvents(curated.events, { query: "administration's decision" }))).toEqual([
      'atacms-authorization',
    ]);
  });

  it('matches one event at a time with eventMatcher, the same way', () => {
    const second = at(dataset.events, 2);
    expect(eventMatcher({ actors: ['a2'], categories: ['attack'], query: 'spokesman' })(second)).toBe(true);
    expect(eventMatcher({ actors: ['a2'], categories: ['attack'], query: 'drones' })(second)).toBe(false);
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Kyiv’s', "kyiv's"],
    ['‘quoted’', "'quoted'"],
    ['“Quoted”', '"quoted"'],
    ['Zelenskyy’s Genève Kraków', "zelenskyy's geneve krakow"],
    ['ÉTÉ', 'ete'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe('actorCounts and categoryCounts', () => {
  const dataset = fixtureDataset();

  it('count every event with no filter, listing every actor (even at 0)', () => {
    expect(actorCounts(dataset, {})).toEqual(
      new Map([
        ['a1', 2],
        ['a2', 2],
      ]),
    );
    expect(categoryCounts(dataset, {})).toEqual(
      new Map([
        ['aid', 1],
        ['military', 1],
        ['attack', 1],
      ]),
    );
    expect(actorCounts(dataset, { query: 'announced' })).toEqual(
      new Map([
        ['a1', 1],
        ['a2', 0],
      ]),
    );
  });

  it('ignore their own filter', () => {
    expect(actorCounts(dataset, { actors: ['a1'] })).toEqual(actorCounts(dataset, {}));
    expect(actorCounts(dataset, { actors: [] })).toEqual(actorCounts(dataset, {}));
    expect(categoryCounts(dataset, { categories: ['aid'] })).toEqual(categoryCounts(dataset, {}));
    expect(categoryCounts(dataset, { categories: [] })).toEqual(categoryCounts(dataset, {}));
  });

  it('respect the other filters', () => {
    expect(actorCounts(dataset, { actors: ['a1'], categories: ['attack'] })).toEqual(
      new Map([
        ['a1', 1],
        ['a2', 1],
      ]),
    );
    expect(actorCounts(dataset, { actors: ['a1'], query: 'drones' })).toEqual(
      new Map([
        ['a1', 0],
        ['a2', 1],
      ]),
    );
    expect(categoryCounts(dataset, { categories: ['aid'], actors: ['a2'] })).toEqual(
      new Map([
        ['military', 1],
        ['attack', 1],
      ]),
    );
    expect(categoryCounts(dataset, { categories: ['aid'], actors: [] })).toEqual(new Map());
    expect(categoryCounts(dataset, { actors: ['a1'], query: 'strike' })).toEqual(new Map([['attack', 1]]));
  });

  it('count an event once per actor, even when it names the actor twice', () => {
    const twice = fixtureDataset(
      editedDataset((raw) => {
        const second = at(raw.events, 1);
        second.actors = [...(second.actors as unknown[]), { actor: 'a1', role: 'named again' }];
      }),
    );
    expect(twice.eventById.get('second-event')?.actors.filter((a) => a.actorId === 'a1')).toHaveLength(2);
    expect(actorCounts(twice, {})).toEqual(
      new Map([
        ['a1', 2],
        ['a2', 2],
      ]),
    );
  });

  it('match what ticking the facet would show, in the curated dataset', () => {
    const curated = curatedDataset();
    const filter: EventFilter = {
      actors: ['north-korea'],
      categories: ['policy', 'attack'],
      query: 'russia',
    };
    for (const [actorId, count] of actorCounts(curated, filter))
      expect(filterEvents(curated.events, { ...filter, actors: [actorId] })).toHaveLength(count);
    for (const [category, count] of categoryCounts(curated, filter))
      expect(filterEvents(curated.events, { ...filter, categories: [category] })).toHaveLength(count);
    expect([...actorCounts(curated, filter).keys()]).toEqual(curated.actors.map((actor) => actor.id));
  });
});

describe('adjacentEvent', () => {
  const events = fixtureDataset().events; // first-event, third-event, second-event

  it('steps to the next and previous event', () => {
    expect(adjacentEvent(events, 'first-event', 'next')?.id).toBe('third-event');
    expect(adjacentEvent(events, 'third-event', 'next')?.id).toBe('second-event');
    expect(adjacentEvent(events, 'second-event', 'previous')?.id).toBe('third-event');
    expect(adjacentEvent(events, 'third-event', 'previous')?.id).toBe('first-event');
  });

  it('stops at the ends', () => {
    expect(adjacentEvent(events, 'second-event', 'next')).toBeUndefined();
    expect(adjacentEvent(events, 'first-event', 'previous')).toBeUndefined();
  });

  it('starts at the first (next) or last (previous) event with nothing selected', () => {
    expect(adjacentEvent(events, null, 'next')?.id).toBe('first-event');
    expect(adjacentEvent(events, null, 'previous')?.id).toBe('second-event');
  });

  it('starts at an end when the selection is not in the list (hidden by a filter)', () => {
    const visible = filterEvents(events, { actors: ['a1'] }); // first-event, second-event
    expect(adjacentEvent(visible, 'third-event', 'next')?.id).toBe('first-event');
    expect(adjacentEvent(visible, 'third-event', 'previous')?.id).toBe('second-event');
    expect(adjacentEvent(visible, 'no-such-event', 'next')?.id).toBe('first-event');
  });

  it('finds nothing in an empty list', () => {
    expect(adjacentEvent([], null, 'next')).toBeUndefined();
    expect(adjacentEvent([], 'first-event', 'previous')).toBeUndefined();
  });
});
