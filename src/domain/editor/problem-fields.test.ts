import { describe, expect, it } from 'vitest';
import { draftWithEvent } from '../../testing/draft-fixtures';
import { describeProblem, fieldProblem, problemTarget } from './problem-fields';

describe('problemTarget', () => {
  it.each([
    ['dataset.title', { record: 'dataset', field: 'title' }],
    ['dataset.description', { record: 'dataset', field: 'description' }],
    ['dataset.extra', { record: 'dataset', field: null }],
    ['dataset', { record: 'dataset', field: null }],
    ['sources[1].url', { record: 'source', index: 1, field: 'url' }],
    ['sources[0].published', { record: 'source', index: 0, field: 'published' }],
    ['sources[0].textFile', { record: 'source', index: 0, field: 'text' }],
    ['sources[0].id', { record: 'source', index: 0, field: 'title' }],
    ['sources[0]', { record: 'source', index: 0, field: null }],
    ['actors[2].kind', { record: 'actor', index: 2, field: 'kind' }],
    ['actors[2].color', { record: 'actor', index: 2, field: null }],
    ['events[3].date', { record: 'event', index: 3, field: 'date' }],
    ['events[3].dateBasis', { record: 'event', index: 3, field: 'dateBasis' }],
    ['events[3].id', { record: 'event', index: 3, field: 'title' }],
    ['events[3].excerpts[0].exact', { record: 'event', index: 3, field: 'excerpts' }],
    ['events[3].actors[1].actor', { record: 'event', index: 3, field: 'actors' }],
    ['events[3].related[0].event', { record: 'event', index: 3, field: 'related' }],
    ['events[3].toString', { record: 'event', index: 3, field: null }],
    ['events[12]', { record: 'event', index: 12, field: null }],
  ])('%s is fixed in %o', (path, target) => {
    expect(problemTarget(path)).toEqual(target);
  });
});

describe('describeProblem', () => {
  const draft = draftWithEvent();

  it('names the record and the field as the editor labels them', () => {
    expect(describeProblem({ path: 'events[0].date', message: 'is wrong' }, draft)).toBe(
      'Event “Bridge shelled”, Date: is wrong',
    );
    expect(describeProblem({ path: 'events[0].dateBasis', message: 'is required' }, draft)).toBe(
      'Event “Bridge shelled”, How we know the date: is required',
    );
    expect(describeProblem({ path: 'sources[0].url', message: 'is wrong' }, draft)).toBe(
      'Source “Bridge shelled twice in one week”, Address: is wrong',
    );
    expect(describeProblem({ path: 'dataset.title', message: 'must not be empty' }, draft)).toBe(
      'The timeline, Timeline title: must not be empty',
    );
    expect(
      describeProblem({ path: 'dataset.extra', message: 'is not a field of dataset contract v1' }, draft),
    ).toBe('The timeline: is not a field of dataset contract v1');
  });

  it('names only the field of a record already in view', () => {
    expect(fieldProblem({ path: 'events[0].summary', message: 'must not be empty' })).toBe(
      'Summary: must not be empty',
    );
    expect(fieldProblem({ path: 'events[0]', message: 'must be an object' })).toBe('must be an object');
  });

  it('numbers a record that has no name yet', () => {
    expect(describeProblem({ path: 'events[1].title', message: 'must not be empty' }, draft)).toBe(
      'Event 2, Title: must not be empty',
    );
  });
});
