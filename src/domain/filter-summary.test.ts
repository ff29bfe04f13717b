import { describe, expect, it } from 'vitest';
import { countActiveFilters, describeFilterResult, describeFilters } from './filter-summary';

describe('describeFilterResult', () => {
  it.each([
    [3, 8, 'Showing 3 of 8 events'],
    [0, 8, 'Showing 0 of 8 events'],
    [1, 1, 'Showing 1 of 1 event'],
    [12_345, 100_000, 'Showing 12,345 of 100,000 events'],
  ])('%i of %i reads "%s"', (shown, total, text) => {
    expect(describeFilterResult(shown, total)).toBe(text);
  });
});

describe('describeFilters', () => {
  it('says nothing when nothing is filtered', () => {
    expect(describeFilters({ actors: null, categories: null, query: '' })).toBe('');
  });

  it('names each filter that applies, in a fixed order', () => {
    expect(
      describeFilters({ actors: ['Joe Biden', 'Russia'], categories: ['Policy'], query: 'strike' }),
    ).toBe('Actors: Joe Biden, Russia. Categories: Policy. Search: “strike”.');
  });

  it('says "none" for a filter that keeps nothing', () => {
    expect(describeFilters({ actors: [], categories: null, query: '' })).toBe('Actors: none.');
  });
});

describe('countActiveFilters', () => {
  it('counts each kind of filter that narrows the events once', () => {
    expect(countActiveFilters({ actors: null, categories: null, query: '' })).toBe(0);
    expect(countActiveFilters({ actors: ['russia', 'ukraine'], categories: null, query: '' })).toBe(1);
    expect(countActiveFilters({ actors: [], categories: ['attack'], query: 'strike' })).toBe(3);
  });
});
