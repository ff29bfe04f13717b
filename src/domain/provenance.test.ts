import { describe, expect, it } from 'vitest';
import { coverSameTime, reportsWithOtherDates } from './provenance';
import { edtf, editedDataset, eventOf, fixtureDataset } from '../testing/dataset-fixtures';

describe('coverSameTime', () => {
  it.each([
    ['2024-11-17', '2024-11-17', true],
    ['2024-11-17', '2024-11-17/2024-11-17', true],
    ['2024-11', '2024-11-01/2024-11-30', true],
    ['2024-11-17', '2024-11-17/2024-11-18', false],
    ['2024-11-17', '2024-11', false],
    ['../2024-11-17', '2024-11-17', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(coverSameTime(edtf(a), edtf(b))).toBe(same);
  });
});

describe('reportsWithOtherDates', () => {
  // s1 is published 2024-11-17, s2 2024-05.
  const dataset = fixtureDataset(
    editedDataset((data) => {
      data.events.push({
        id: 'quoted-twice',
        title: 'Quoted in both sources',
        summary: 'Summary.',
        date: '2024-11-17',
        dateBasis: 'Stated.',
        category: 'aid',
        actors: [{ actor: 'a1' }],
        excerpts: [
          { source: 's2', exact: 'It was the largest so far.' },
          { source: 's1', exact: 'On Sunday officials said' },
          { source: 's2', exact: 'The aid package' },
        ],
      });
    }),
  );
  const event = (id: string) => eventOf(dataset, id);

  it('lists each quoted source whose publication date differs from the event, once', () => {
    expect(reportsWithOtherDates(event('quoted-twice'), dataset.sourceById).map((s) => s.id)).toEqual(['s2']);
  });

  it('is empty when the event happened when it was reported', () => {
    expect(reportsWithOtherDates(event('first-event'), dataset.sourceById)).toEqual([]);
    expect(reportsWithOtherDates(event('second-event'), dataset.sourceById)).toEqual([]);
  });

  it('lists the source of an event dated differently from its report', () => {
    expect(reportsWithOtherDates(event('third-event'), dataset.sourceById).map((s) => s.id)).toEqual(['s1']);
  });
});
