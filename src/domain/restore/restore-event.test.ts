import { describe, expect } from 'vitest';
import { at, child, type RawDataset, type RawRecord } from '../../testing/dataset-fixtures';
import { itRestores, type RestoreCase } from '../../testing/restore-cases';
import { NO_DATE_BASIS } from './restore-event';

/*
 * An event is dropped only without a usable title or date; everything else is mended or left out, the event
 * kept, and the report says what was done.
 */

const event = (dataset: RawDataset, index: number): RawRecord => at(dataset.events, index);
const eventOf = (dataset: { eventById: ReadonlyMap<string, unknown> }, id: string) =>
  dataset.eventById.get(id);

const dropped: RestoreCase[] = [
  {
    name: 'an event that is a string',
    edit: (d) => {
      (d.events as unknown[])[2] = 'third-event';
    },
    problems: [['events[2]', 'must be an object, not "third-event"', 'dropped']],
    events: ['first-event', 'second-event'],
    changed: { events: { dropped: 1 } },
  },
  {
    name: 'a number for the title',
    edit: (d) => {
      event(d, 2).title = 42;
    },
    problems: [['events[2].title', 'must be text, not number 42', 'dropped']],
    events: ['first-event', 'second-event'],
    changed: { events: { dropped: 1 } },
  },
  {
    name: 'a whitespace-only title',
    edit: (d) => {
      event(d, 2).title = ' \n ';
    },
    problems: [['events[2].title', 'is empty', 'dropped']],
    events: ['first-event', 'second-event'],
    changed: { events: { dropped: 1 } },
  },
  {
    name: 'a date with a one-digit month',
    edit: (d) => {
      event(d, 2).date = '2024-5';
    },
    problems: [['events[2].date', /^"2024-5" is not a date of the form YYYY, YYYY-MM/, 'dropped']],
    events: ['first-event', 'second-event'],
    changed: { events: { dropped: 1 } },
  },
  {
    name: 'an interval that ends before it starts',
    edit: (d) => {
      event(d, 2).date = '2024-11-17/2024-11-06';
    },
    problems: [['events[2].date', '"2024-11-17/2024-11-06" ends before it starts', 'dropped']],
    events: ['first-event', 'second-event'],
    changed: { events: { dropped: 1 } },
  },
  {
    name: 'a number for the date',
    edit: (d) => {
      event(d, 2).date = 2024;
    },
    problems: [['events[2].date', 'must be text, not number 2024', 'dropped']],
    events: ['first-event', 'second-event'],
    changed: { events: { dropped: 1 } },
  },
  {
    name: 'no title and no date: both reasons, and nothing about mended fields',
    edit: (d) => {
      delete event(d, 2).title;
      delete event(d, 2).date;
      event(d, 2).category = 'Not A Slug';
    },
    problems: [
      ['events[2].title', 'is missing', 'dropped'],
      ['events[2].date', 'is missing', 'dropped'],
    ],
    events: ['first-event', 'second-event'],
    changed: { events: { dropped: 1 } },
  },
  {
    name: 'a relation to a dropped event: the relation is left out, the event stating it kept',
    edit: (d) => {
      event(d, 0).date = '2024-02-30';
    },
    problems: [
      ['events[0].date', '"2024-02-30" has day 30, but that month has 29 days', 'dropped'],
      [
        'events[1].related[0].event',
        'refers to event "first-event", which was dropped; the relation is left out',
        'repaired',
      ],
    ],
    events: ['third-event', 'second-event'],
    changed: { events: { repaired: 1, dropped: 1 } },
  },
];

const mended: RestoreCase[] = [
  {
    name: 'an unknown field is ignored, nothing lost',
    edit: (d) => {
      event(d, 2).foo = 'bar';
    },
    problems: [['events[2].foo', 'is not a field of dataset contract v2; ignored', 'ignored']],
  },
  {
    name: 'a category that is not a slug is made one',
    edit: (d) => {
      event(d, 2).category = 'Armed clash';
    },
    problems: [['events[2].category', '"Armed clash" is not a slug; read as "armed-clash"', 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(eventOf(dataset, 'third-event')).toMatchObject({ category: 'armed-clash' }),
  },
  {
    name: 'a missing category reads as uncategorized',
    edit: (d) => {
      delete event(d, 2).category;
    },
    problems: [['events[2].category', 'is missing; read as "uncategorized"', 'repaired']],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'an id that is not a slug is made one, and references to it alike',
    edit: (d) => {
      event(d, 0).id = 'First Event';
      child(event(d, 1), 'related', 0).event = 'First Event';
    },
    problems: [
      ['events[0].id', '"First Event" is not a slug; read as "first-event"', 'repaired'],
      ['events[1].related[0].event', '"First Event" is not a slug; read as "first-event"', 'repaired'],
    ],
    changed: { events: { repaired: 2 } },
    check: (dataset) =>
      expect(eventOf(dataset, 'second-event')).toMatchObject({
        related: [{ eventId: 'first-event', relation: 'follows' }],
      }),
  },
  {
    name: 'a missing id is made from the title',
    edit: (d) => {
      delete event(d, 2).id;
    },
    problems: [['events[2].id', 'is missing; the id "drones-reported" is made from its title', 'repaired']],
    events: ['first-event', 'drones-reported', 'second-event'],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'a repeated id is renamed, and the first keeps it',
    edit: (d) => {
      d.events.push({ ...event(d, 0), title: 'Impostor' });
    },
    problems: [
      ['events[3].id', 'repeats the id "first-event" of events[0]; renamed "first-event-2"', 'repaired'],
    ],
    events: ['first-event', 'first-event-2', 'third-event', 'second-event'],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(eventOf(dataset, 'first-event')).toMatchObject({ title: 'Aid announced' }),
  },
  {
    name: 'a missing summary is the title',
    edit: (d) => {
      delete event(d, 2).summary;
    },
    problems: [['events[2].summary', 'is missing; "Drones reported" is used', 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(eventOf(dataset, 'third-event')).toMatchObject({ summary: 'Drones reported' }),
  },
  {
    name: 'a missing date basis says the dataset does not give one',
    edit: (d) => {
      event(d, 2).dateBasis = '';
    },
    problems: [['events[2].dateBasis', /^is empty; "The dataset does not say how/, 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(eventOf(dataset, 'third-event')).toMatchObject({ dateBasis: NO_DATE_BASIS }),
  },
  {
    name: 'a title of 201 characters is shortened',
    edit: (d) => {
      event(d, 2).title = 'x'.repeat(201);
    },
    problems: [['events[2].title', 'has 201 characters, more than 200; shortened', 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) =>
      expect(eventOf(dataset, 'third-event')).toMatchObject({ title: `${'x'.repeat(199)}…` }),
  },
  {
    name: 'a whitespace-only place is left out',
    edit: (d) => {
      event(d, 1).place = '  ';
    },
    problems: [['events[1].place', 'is empty; left out', 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(eventOf(dataset, 'second-event')).not.toHaveProperty('place'),
  },
  {
    name: 'one unknown actor among several is left out',
    edit: (d) => {
      child(event(d, 1), 'actors', 0).actor = 'north-korea';
    },
    problems: [
      ['events[1].actors[0].actor', 'unknown actor "north-korea"; left out of the event', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) =>
      expect(eventOf(dataset, 'second-event')).toMatchObject({
        actors: [{ actorId: 'a2', role: 'spokesman' }],
      }),
  },
  {
    name: 'an event whose only actor is unknown is kept without one',
    edit: (d) => {
      child(event(d, 2), 'actors', 0).actor = 'north-korea';
    },
    problems: [
      ['events[2].actors[0].actor', 'unknown actor "north-korea"; left out of the event', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(eventOf(dataset, 'third-event')).toMatchObject({ actors: [] }),
  },
  {
    name: 'an empty actors list',
    edit: (d) => {
      event(d, 2).actors = [];
    },
    problems: [['events[2].actors', 'names no actor; the event is kept without one', 'repaired']],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'a string for the actors',
    edit: (d) => {
      event(d, 2).actors = 'a2';
    },
    problems: [
      ['events[2].actors', 'must be a list, not "a2"; the event is kept without actors', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'a whitespace-only role is left out, the actor kept',
    edit: (d) => {
      child(event(d, 1), 'actors', 1).role = '  ';
    },
    problems: [['events[1].actors[1].role', 'is empty; left out', 'repaired']],
    changed: { events: { repaired: 1 } },
    check: (dataset) =>
      expect(eventOf(dataset, 'second-event')).toMatchObject({
        actors: [{ actorId: 'a1' }, { actorId: 'a2' }],
      }),
  },
  {
    name: 'an unknown relation kind leaves out the relation',
    edit: (d) => {
      child(event(d, 1), 'related', 0).relation = 'after';
    },
    problems: [
      [
        'events[1].related[0].relation',
        /^"after" is not one of "responds-to", .*; the relation is left out$/,
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(eventOf(dataset, 'second-event')).toMatchObject({ related: [] }),
  },
  {
    name: 'a relation to the event itself is left out',
    edit: (d) => {
      child(event(d, 1), 'related', 0).event = 'second-event';
    },
    problems: [
      ['events[1].related[0].event', 'refers to the event itself; the relation is left out', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'a relation to an unknown event is left out',
    edit: (d) => {
      child(event(d, 1), 'related', 0).event = 'no-such-event';
    },
    problems: [
      ['events[1].related[0].event', 'unknown event "no-such-event"; the relation is left out', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'related that is not a list',
    edit: (d) => {
      event(d, 1).related = { event: 'first-event', relation: 'follows' };
    },
    problems: [['events[1].related', 'must be a list, not an object; left out', 'repaired']],
    changed: { events: { repaired: 1 } },
  },
];

describe('restoring events: what is dropped', () => {
  itRestores(dropped);
});

describe('restoring events: what is mended, the event kept', () => {
  itRestores(mended);
});
