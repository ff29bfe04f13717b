import { describe, expect, it } from 'vitest';
import { passagesBySource, readerSourceId, sourceHighlights } from './reader-source';
import { at, editedDataset, eventOf, fixtureDataset } from '../testing/dataset-fixtures';
import type { Dataset, TimelineEvent } from './types';

/**
 * The fixture dataset with one more event, `both-sources`, quoting s1 twice (out of text order) and s2 once.
 */
function dataset(): Dataset {
  const raw = editedDataset((data) => {
    data.events.push({
      id: 'both-sources',
      title: 'Quoted in both',
      summary: 'An event quoted in both sources.',
      date: '2024-11-17',
      dateBasis: 'Stated.',
      category: 'aid',
      actors: [{ actor: 'a1' }],
      excerpts: [
        { source: 's1', exact: 'air force reported drones' },
        { source: 's2', exact: 'It was the largest so far.' },
        { source: 's1', exact: 'On Sunday officials said' },
      ],
    });
  });
  return fixtureDataset(raw);
}

const data = dataset();
const event = (id: string): TimelineEvent => eventOf(data, id);
const sourceIds = data.sources.map((source) => source.id);

describe('sourceHighlights', () => {
  it('collects the excerpts of every event quoting the source, and no others', () => {
    const s1 = sourceHighlights(data.events, 's1');
    expect(
      s1.map((h) => [h.eventId, h.excerptIndex, at(data.sources, 0).text.slice(h.start, h.end)]),
    ).toEqual(
      expect.arrayContaining([
        ['second-event', 0, 'the strike was confirmed'],
        ['third-event', 0, 'Kyiv’s air force reported drones'],
        ['both-sources', 0, 'air force reported drones'],
        ['both-sources', 2, 'On Sunday officials said'],
      ]),
    );
    expect(s1).toHaveLength(4);
    expect(sourceHighlights(data.events, 's2').map((h) => h.eventId)).toEqual([
      'first-event',
      'both-sources',
    ]);
  });

  it('is empty for a source nobody quotes', () => {
    expect(sourceHighlights(data.events, 'nowhere')).toEqual([]);
  });
});

describe('passagesBySource', () => {
  it('groups an event’s passages by source, in first-quoted order, each in text order', () => {
    const grouped = passagesBySource(event('both-sources'));
    expect([...grouped.keys()]).toEqual(['s1', 's2']);
    expect(grouped.get('s1')?.map((p) => p.exact)).toEqual([
      'On Sunday officials said',
      'air force reported drones',
    ]);
    expect(grouped.get('s2')?.map((p) => p.exact)).toEqual(['It was the largest so far.']);
  });
});

describe('readerSourceId', () => {
  const both = event('both-sources');
  const onlyS2 = event('first-event');
  const onlyS1 = event('second-event');

  it('shows the first source when nothing is selected or chosen', () => {
    expect(readerSourceId(sourceIds, undefined, null)).toBe('s1');
  });

  it('switches to the source the selected event quotes', () => {
    expect(readerSourceId(sourceIds, onlyS2, null)).toBe('s2');
    expect(readerSourceId(sourceIds, both, null)).toBe('s1');
  });

  it('keeps a choice made for the current selection, even for a source the event does not quote', () => {
    expect(readerSourceId(sourceIds, onlyS1, { sourceId: 's2', eventId: onlyS1.id })).toBe('s2');
    expect(readerSourceId(sourceIds, undefined, { sourceId: 's2', eventId: null })).toBe('s2');
  });

  it('keeps an earlier choice when the newly selected event quotes that source too', () => {
    expect(readerSourceId(sourceIds, both, { sourceId: 's2', eventId: null })).toBe('s2');
  });

  it('leaves an earlier choice for a newly selected event that does not quote it', () => {
    expect(readerSourceId(sourceIds, onlyS1, { sourceId: 's2', eventId: onlyS2.id })).toBe('s1');
  });

  it('falls back to an earlier choice when the selection quotes no source, and ignores unknown ids', () => {
    const unquoted = { ...onlyS1, excerpts: [] };
    expect(readerSourceId(sourceIds, unquoted, { sourceId: 's2', eventId: null })).toBe('s2');
    expect(readerSourceId(sourceIds, undefined, { sourceId: 'gone', eventId: null })).toBe('s1');
  });

  it('has nothing to show without sources', () => {
    expect(readerSourceId([], undefined, null)).toBeUndefined();
  });
});
