import { describe, expect } from 'vitest';
import { at, child, S2_TEXT, type RawDataset, type RawRecord } from '../../testing/dataset-fixtures';
import { itRestores, type RestoreCase } from '../../testing/restore-cases';

/*
 * Sources and actors: a bad optional field is left out and the record kept (a colour, a `javascript:`
 * address); a record without its name, title, date or text is dropped, and what refers to it is mended.
 */

const source = (dataset: RawDataset, index: number): RawRecord => at(dataset.sources, index);
const actor = (dataset: RawDataset, index: number): RawRecord => at(dataset.actors, index);
const NOT_FOUND = 'the quote is kept, marked "quote not found in the source"';

const actors: RestoreCase[] = [
  {
    name: 'a colour given as a name is left out; the actor and its 2 events stay',
    edit: (d) => {
      actor(d, 0).color = 'red';
    },
    problems: [['actors[0].color', '"red" is not a colour like "#1f77b4"; left out', 'repaired']],
    changed: { actors: { repaired: 1 } },
    check: (dataset) =>
      expect(dataset.actorById.get('a1')).toEqual({ id: 'a1', name: 'Actor One', kind: 'state' }),
  },
  {
    name: 'a colour in short form is left out',
    edit: (d) => {
      d.actors.push({ id: 'a3', name: 'Actor Three', kind: 'organization', color: '#f00' });
    },
    problems: [['actors[2].color', '"#f00" is not a colour like "#1f77b4"; left out', 'repaired']],
    changed: { actors: { repaired: 1 } },
  },
  {
    name: 'an unknown kind reads as organization',
    edit: (d) => {
      actor(d, 1).kind = 'country';
    },
    problems: [
      [
        'actors[1].kind',
        '"country" is not one of "state", "person", "armed-force", "organization"; read as "organization"',
        'repaired',
      ],
    ],
    changed: { actors: { repaired: 1 } },
  },
  {
    name: 'an id with a double hyphen is made a slug',
    edit: (d) => {
      d.actors.push({ id: 'north--korea', name: 'North Korea', kind: 'state' });
    },
    problems: [['actors[2].id', '"north--korea" is not a slug; read as "north-korea"', 'repaired']],
    changed: { actors: { repaired: 1 } },
  },
  {
    name: 'an id longer than 80 characters is cut',
    edit: (d) => {
      d.actors.push({ id: 'a'.repeat(81), name: 'Long', kind: 'state' });
    },
    problems: [['actors[2].id', /^"a{39}…" is not a slug; read as "a{80}"$/, 'repaired']],
    changed: { actors: { repaired: 1 } },
  },
  {
    name: 'a repeated actor id is renamed',
    edit: (d) => {
      d.actors.push({ ...actor(d, 1), name: 'Impostor' });
    },
    problems: [['actors[2].id', 'repeats the id "a2" of actors[1]; renamed "a2-2"', 'repaired']],
    changed: { actors: { repaired: 1 } },
    check: (dataset) => expect(dataset.actorById.get('a2')?.name).toBe('Actor Two'),
  },
  {
    name: 'an actor without a name is dropped, and left out of its events',
    edit: (d) => {
      actor(d, 1).name = '';
    },
    problems: [
      ['actors[1].name', 'is empty', 'dropped'],
      [
        'events[1].actors[1].actor',
        'refers to actor "a2", which was dropped; left out of the event',
        'repaired',
      ],
      [
        'events[2].actors[0].actor',
        'refers to actor "a2", which was dropped; left out of the event',
        'repaired',
      ],
    ],
    changed: { actors: { dropped: 1 }, events: { repaired: 2 } },
  },
  {
    name: 'an actor that is null',
    edit: (d) => {
      (d.actors as unknown[])[1] = null;
    },
    problems: [
      ['actors[1]', 'must be an object, not null', 'dropped'],
      ['events[1].actors[1].actor', 'unknown actor "a2"; left out of the event', 'repaired'],
      ['events[2].actors[0].actor', 'unknown actor "a2"; left out of the event', 'repaired'],
    ],
    changed: { actors: { dropped: 1 }, events: { repaired: 2 } },
  },
];

const sources: RestoreCase[] = [
  {
    name: 'a javascript: address is left out; the source stays, without a link',
    edit: (d) => {
      source(d, 1).url = 'javascript:alert(1)';
    },
    problems: [
      [
        'sources[1].url',
        '"javascript:alert(1)" is not an absolute http: or https: address; the source is kept without a link',
        'repaired',
      ],
    ],
    changed: { sources: { repaired: 1 } },
    check: (dataset) => expect(dataset.sourceById.get('s2')).not.toHaveProperty('url'),
  },
  {
    name: 'a relative address is left out',
    edit: (d) => {
      source(d, 1).url = '/news/two';
    },
    problems: [['sources[1].url', /^"\/news\/two" is not an absolute http: or https: address/, 'repaired']],
    changed: { sources: { repaired: 1 } },
  },
  {
    name: 'a source without an address is kept without a link',
    edit: (d) => {
      delete source(d, 1).url;
    },
    problems: [],
  },
  {
    name: 'a missing publisher is said so',
    edit: (d) => {
      delete source(d, 0).publisher;
    },
    problems: [['sources[0].publisher', 'is missing; "Publisher not given" is used', 'repaired']],
    changed: { sources: { repaired: 1 } },
  },
  {
    name: 'text and textFile: the text is read',
    edit: (d) => {
      source(d, 1).text = S2_TEXT;
    },
    problems: [
      ['sources[1]', 'has both text and textFile; the text is read and textFile ignored', 'repaired'],
    ],
    changed: { sources: { repaired: 1 } },
  },
  {
    name: 'a source published in month 13 is dropped; its quotes are kept as not found',
    edit: (d) => {
      source(d, 1).published = '2024-13';
    },
    problems: [
      ['sources[1].published', '"2024-13" has month 13, not 01 to 12', 'dropped'],
      ['events[0].excerpts[0].source', `refers to source "s2", which was dropped; ${NOT_FOUND}`, 'repaired'],
    ],
    changed: { sources: { dropped: 1 }, events: { repaired: 1 } },
    check: (dataset) =>
      expect(dataset.eventById.get('first-event')).toMatchObject({
        excerpts: [],
        quotesNotFound: [{ sourceId: 's2', exact: 'The aid package was announced in May.' }],
      }),
  },
  {
    name: 'a source with neither text nor textFile is dropped',
    edit: (d) => {
      delete source(d, 0).text;
    },
    problems: [
      ['sources[0]', 'needs text or textFile', 'dropped'],
      ['events[1].excerpts[0].source', `refers to source "s1", which was dropped; ${NOT_FOUND}`, 'repaired'],
      ['events[2].excerpts[0].source', `refers to source "s1", which was dropped; ${NOT_FOUND}`, 'repaired'],
    ],
    changed: { sources: { dropped: 1 }, events: { repaired: 2 } },
  },
  {
    name: 'a textFile that cannot be read',
    edit: (d) => {
      source(d, 1).textFile = 'sources/missing.txt';
    },
    problems: [
      ['sources[1].textFile', 'file "sources/missing.txt" could not be read', 'dropped'],
      ['events[0].excerpts[0].source', `refers to source "s2", which was dropped; ${NOT_FOUND}`, 'repaired'],
    ],
    changed: { sources: { dropped: 1 }, events: { repaired: 1 } },
  },
  {
    name: 'a source that is a list',
    edit: (d) => {
      (d.sources as unknown[])[0] = [];
    },
    problems: [
      ['sources[0]', 'must be an object, not a list', 'dropped'],
      ['events[1].excerpts[0].source', `unknown source "s1"; ${NOT_FOUND}`, 'repaired'],
      ['events[2].excerpts[0].source', `unknown source "s1"; ${NOT_FOUND}`, 'repaired'],
    ],
    changed: { sources: { dropped: 1 }, events: { repaired: 2 } },
  },
  {
    name: 'a repeated source id is renamed; quotes keep meaning the first',
    edit: (d) => {
      d.sources.push({ ...source(d, 0), title: 'Impostor' });
    },
    problems: [['sources[2].id', 'repeats the id "s1" of sources[0]; renamed "s1-2"', 'repaired']],
    changed: { sources: { repaired: 1 } },
    check: (dataset) => expect(dataset.sourceById.get('s1')?.title).toBe('First article'),
  },
  {
    name: 'an excerpt naming its source in another case still finds it',
    edit: (d) => {
      child(at(d.events, 2), 'excerpts', 0).source = 'S1';
    },
    problems: [['events[2].excerpts[0].source', '"S1" is not a slug; read as "s1"', 'repaired']],
    changed: { events: { repaired: 1 } },
  },
];

describe('restoring actors', () => {
  itRestores(actors);
});

describe('restoring sources', () => {
  itRestores(sources);
});
