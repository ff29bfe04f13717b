import { describe, expect, it } from 'vitest';
import { quoteStatus } from '../provenance';
import {
  at,
  child,
  editedDataset,
  expectLoaded,
  S1_TEXT,
  validateFixture,
  type RawDataset,
  type RawRecord,
} from '../../testing/dataset-fixtures';
import { itRestores, type RestoreCase } from '../../testing/restore-cases';

/*
 * An event's quotes. One not found in its source is kept and the event marked as not verified; one found more
 * than once, or not with its context, is anchored where it first fits and reported.
 */

const event = (dataset: RawDataset, index: number): RawRecord => at(dataset.events, index);
const NOT_FOUND = 'the quote is kept, marked "quote not found in the source"';
const REPEATED = 'the strike was confirmed';

const cases: RestoreCase[] = [
  {
    name: 'a quote not found (a straight apostrophe for a curly one) is kept, the event marked',
    edit: (d) => {
      child(event(d, 2), 'excerpts', 0).exact = "Kyiv's air force reported drones";
    },
    problems: [['events[2].excerpts[0].exact', `not found in source "s1"; ${NOT_FOUND}`, 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) => {
      const third = dataset.eventById.get('third-event');
      expect(third).toMatchObject({
        excerpts: [],
        quotesNotFound: [{ sourceId: 's1', exact: "Kyiv's air force reported drones" }],
      });
      expect(third && quoteStatus(third)).toBe('not-found');
    },
  },
  {
    name: 'the second quote of an event not found: the first stays anchored',
    edit: (d) => {
      (event(d, 2).excerpts as RawRecord[]).push({ source: 's2', exact: 'the smallest so far' });
    },
    problems: [['events[2].excerpts[1].exact', `not found in source "s2"; ${NOT_FOUND}`, 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) => {
      const third = dataset.eventById.get('third-event');
      expect(third?.excerpts).toHaveLength(1);
      expect(third?.quotesNotFound).toEqual([{ sourceId: 's2', exact: 'the smallest so far' }]);
    },
  },
  {
    name: 'a quote of an unknown source is kept as not found',
    edit: (d) => {
      child(event(d, 2), 'excerpts', 0).source = 'icaro';
    },
    problems: [['events[2].excerpts[0].source', `unknown source "icaro"; ${NOT_FOUND}`, 'repaired']],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'a repeated passage without context is anchored to its first occurrence',
    edit: (d) => {
      delete child(event(d, 1), 'excerpts', 0).prefix;
    },
    problems: [
      [
        'events[1].excerpts[0].exact',
        'occurs 2 times in source "s1"; add a prefix or suffix that picks one (the first is marked meanwhile)',
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) =>
      expect(dataset.eventById.get('second-event')?.excerpts[0]?.start).toBe(S1_TEXT.indexOf(REPEATED)),
  },
  {
    name: 'a prefix that matches no occurrence is left out, the first occurrence anchored',
    edit: (d) => {
      child(event(d, 1), 'excerpts', 0).prefix = 'nobody said ';
    },
    problems: [
      [
        'events[1].excerpts[0].exact',
        'occurs in source "s1", but never with the given prefix/suffix; they are left out and the first occurrence is marked',
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) =>
      expect(dataset.eventById.get('second-event')?.excerpts).toEqual([
        {
          sourceId: 's1',
          exact: REPEATED,
          start: S1_TEXT.indexOf(REPEATED),
          end: S1_TEXT.indexOf(REPEATED) + REPEATED.length,
        },
      ]),
  },
  {
    name: 'an empty quote is left out',
    edit: (d) => {
      (event(d, 2).excerpts as RawRecord[]).push({ source: 's1', exact: '' });
    },
    problems: [['events[2].excerpts[1].exact', 'is empty; the quote is left out', 'repaired']],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'a quote that is not an object is left out',
    edit: (d) => {
      (event(d, 2).excerpts as unknown[]).push('Kyiv’s air force');
    },
    problems: [
      [
        'events[2].excerpts[1]',
        'must be an object, not "Kyiv’s air force"; the quote is left out',
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
  },
  {
    name: '"quote" for "exact": the field is ignored and the quote, having no words, left out',
    edit: (d) => {
      const excerpt = child(event(d, 2), 'excerpts', 0);
      excerpt.quote = excerpt.exact;
      delete excerpt.exact;
    },
    problems: [
      ['events[2].excerpts[0].quote', 'is not a field of dataset contract v2; ignored', 'ignored'],
      ['events[2].excerpts[0].exact', 'is missing; the quote is left out', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(dataset.eventById.get('third-event')?.excerpts).toEqual([]),
  },
  {
    name: 'an event without quotes is kept, marked as not verified',
    edit: (d) => {
      event(d, 2).excerpts = [];
    },
    problems: [
      [
        'events[2].excerpts',
        'has no quote; the event is kept, marked as not verified against a source',
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) => {
      const third = dataset.eventById.get('third-event');
      expect(third && quoteStatus(third)).toBe('none');
    },
  },
];

describe('restoring quotes', () => {
  itRestores(cases);

  it('marks the events of a clean dataset as verified', () => {
    const { dataset } = expectLoaded(validateFixture(editedDataset(() => {})));
    expect(dataset.events.map(quoteStatus)).toEqual(['verified', 'verified', 'verified']);
    expect(dataset.events.every((e) => e.quotesNotFound === undefined)).toBe(true);
  });
});
