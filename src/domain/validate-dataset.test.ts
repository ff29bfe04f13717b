import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  at,
  child,
  edtf,
  editedDataset,
  expectLoaded,
  rawDataset,
  S1_TEXT,
  S2_TEXT,
  validateFixture,
  type RawDataset,
  type RawRecord,
} from '../testing/dataset-fixtures';
import { eventSortKey, validateDataset, type DroppedCounts } from './validate-dataset';

/** Event ids of the fixture, in the order validation sorts them (by date). */
const ALL_EVENTS = ['first-event', 'third-event', 'second-event'];
const NONE_DROPPED: DroppedCounts = { sources: 0, actors: 0, events: 0 };

const NOT_A_SLUG =
  'must be a slug: lowercase letters, digits and single hyphens, e.g. "atacms-authorization"';
const NOT_A_FIELD = 'is not a field of dataset contract v1';
const BAD_URL = 'must be an absolute http: or https: address';
const BAD_COLOUR = 'must be a colour like "#1f77b4"';
const BAD_ACTOR_KIND = 'must be one of "state", "person", "armed-force", "organization"';
const BAD_RELATION_KIND =
  'must be one of "responds-to", "goes-further-than", "follows", "background", "context", "contrasts-with", "caused-by"';

type ExpectedProblem = readonly [path: string, message: string | RegExp];

function expectedProblems(problems: readonly ExpectedProblem[]) {
  return problems.map(([path, message]) => ({
    path,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  }));
}

/** The dataset as a plain record, for edits that break the types of its lists. */
const top = (dataset: RawDataset): RawRecord => dataset;
const event = (dataset: RawDataset, index: number): RawRecord => at(dataset.events, index);
const source = (dataset: RawDataset, index: number): RawRecord => at(dataset.sources, index);
const actor = (dataset: RawDataset, index: number): RawRecord => at(dataset.actors, index);

interface RejectedCase {
  readonly name: string;
  readonly raw: unknown;
  readonly problems: readonly ExpectedProblem[];
}

/** Datasets that cannot be read at all: nothing loads. */
const rejected: RejectedCase[] = [
  { name: 'an array', raw: [], problems: [['dataset', 'must be a JSON object, not an array']] },
  { name: 'null', raw: null, problems: [['dataset', 'must be a JSON object, not null']] },
  { name: 'a string', raw: '{"version":1}', problems: [['dataset', 'must be a JSON object, not a string']] },
  { name: 'a number', raw: 1, problems: [['dataset', 'must be a JSON object, not number 1']] },
  {
    name: 'version 2',
    raw: editedDataset((d) => {
      d.version = 2;
    }),
    problems: [['dataset.version', 'must be 1 (this app reads dataset contract version 1)']],
  },
  {
    name: 'version as the string "1"',
    raw: editedDataset((d) => {
      d.version = '1';
    }),
    problems: [['dataset.version', 'must be 1 (this app reads dataset contract version 1)']],
  },
  {
    name: 'missing title',
    raw: editedDataset((d) => {
      delete d.title;
    }),
    problems: [['dataset.title', 'is required']],
  },
  {
    name: 'a number for the title',
    raw: editedDataset((d) => {
      d.title = 42;
    }),
    problems: [['dataset.title', 'must be a string, not number 42']],
  },
  {
    name: 'a whitespace-only title',
    raw: editedDataset((d) => {
      d.title = ' \t\n ';
    }),
    problems: [['dataset.title', 'must not be empty']],
  },
  {
    name: 'a title of 201 characters',
    raw: editedDataset((d) => {
      d.title = 'x'.repeat(201);
    }),
    problems: [['dataset.title', 'must be at most 200 characters']],
  },
  {
    name: 'missing description',
    raw: editedDataset((d) => {
      delete d.description;
    }),
    problems: [['dataset.description', 'is required']],
  },
  {
    name: 'missing sources',
    raw: editedDataset((d) => {
      delete top(d).sources;
    }),
    problems: [['dataset.sources', 'is required']],
  },
  {
    name: 'sources as an object',
    raw: editedDataset((d) => {
      top(d).sources = {};
    }),
    problems: [['dataset.sources', 'must be an array, not an object']],
  },
  {
    name: 'missing actors',
    raw: editedDataset((d) => {
      delete top(d).actors;
    }),
    problems: [['dataset.actors', 'is required']],
  },
  {
    name: 'missing events',
    raw: editedDataset((d) => {
      delete top(d).events;
    }),
    problems: [['dataset.events', 'is required']],
  },
  {
    name: 'several header problems at once',
    raw: editedDataset((d) => {
      d.version = 0;
      delete top(d).events;
    }),
    problems: [
      ['dataset.version', 'must be 1 (this app reads dataset contract version 1)'],
      ['dataset.events', 'is required'],
    ],
  },
];

interface LenientCase {
  readonly name: string;
  readonly edit: (dataset: RawDataset) => void;
  readonly problems: readonly ExpectedProblem[];
  readonly dropped: DroppedCounts;
  /** Ids of the events that still load, in date order. */
  readonly events: readonly string[];
}

/** Datasets with bad records: the bad records are reported and dropped, the rest loads. */
const lenient: LenientCase[] = [
  {
    name: 'unknown top-level field (not fatal)',
    edit: (d) => {
      d.extra = true;
    },
    problems: [['dataset.extra', NOT_A_FIELD]],
    dropped: NONE_DROPPED,
    events: ALL_EVENTS,
  },
  {
    name: 'an event that is a string',
    edit: (d) => {
      (d.events as unknown[])[2] = 'third-event';
    },
    problems: [['events[2]', 'must be an object, not a string']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'an actor that is null',
    edit: (d) => {
      (d.actors as unknown[])[1] = null;
    },
    problems: [
      ['actors[1]', 'must be an object, not null'],
      ['events[1].actors[1].actor', 'unknown actor "a2"'],
      ['events[2].actors[0].actor', 'unknown actor "a2"'],
    ],
    dropped: { sources: 0, actors: 1, events: 2 },
    events: ['first-event'],
  },
  {
    name: 'a source that is an array',
    edit: (d) => {
      (d.sources as unknown[])[0] = [];
    },
    problems: [
      ['sources[0]', 'must be an object, not an array'],
      ['events[1].excerpts[0].source', 'unknown source "s1"'],
      ['events[2].excerpts[0].source', 'unknown source "s1"'],
    ],
    dropped: { sources: 1, actors: 0, events: 2 },
    events: ['first-event'],
  },
  {
    name: 'unknown field in an event',
    edit: (d) => {
      event(d, 2).foo = 'bar';
    },
    problems: [['events[2].foo', NOT_A_FIELD]],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'unknown field in an excerpt ("quote" for "exact")',
    edit: (d) => {
      const excerpt = child(event(d, 2), 'excerpts', 0);
      excerpt.quote = excerpt.exact;
    },
    problems: [['events[2].excerpts[0].quote', NOT_A_FIELD]],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'event id that is not a slug',
    edit: (d) => {
      event(d, 2).id = 'Third_Event';
    },
    problems: [['events[2].id', NOT_A_SLUG]],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'actor id with a double hyphen',
    edit: (d) => {
      d.actors.push({ id: 'north--korea', name: 'North Korea', kind: 'state' });
    },
    problems: [['actors[2].id', NOT_A_SLUG]],
    dropped: { sources: 0, actors: 1, events: 0 },
    events: ALL_EVENTS,
  },
  {
    name: 'id longer than 80 characters',
    edit: (d) => {
      d.actors.push({ id: 'a'.repeat(81), name: 'Long', kind: 'state' });
    },
    problems: [['actors[2].id', 'must be at most 80 characters']],
    dropped: { sources: 0, actors: 1, events: 0 },
    events: ALL_EVENTS,
  },
  {
    name: 'duplicate source id',
    edit: (d) => {
      d.sources.push({ ...source(d, 0), title: 'Impostor' });
    },
    problems: [['sources[2].id', 'duplicates the id "s1" of sources[0]']],
    dropped: { sources: 1, actors: 0, events: 0 },
    events: ALL_EVENTS,
  },
  {
    name: 'duplicate actor id',
    edit: (d) => {
      d.actors.push({ ...actor(d, 1), name: 'Impostor' });
    },
    problems: [['actors[2].id', 'duplicates the id "a2" of actors[1]']],
    dropped: { sources: 0, actors: 1, events: 0 },
    events: ALL_EVENTS,
  },
  {
    name: 'duplicate event id',
    edit: (d) => {
      d.events.push({ ...event(d, 0), title: 'Impostor' });
    },
    problems: [['events[3].id', 'duplicates the id "first-event" of events[0]']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ALL_EVENTS,
  },
  {
    name: 'missing event summary',
    edit: (d) => {
      delete event(d, 2).summary;
    },
    problems: [['events[2].summary', 'is required']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'missing source url',
    edit: (d) => {
      delete source(d, 1).url;
    },
    problems: [
      ['sources[1].url', 'is required'],
      ['events[0].excerpts[0].source', 'refers to source "s2", which was dropped'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'a number for an event title',
    edit: (d) => {
      event(d, 2).title = 42;
    },
    problems: [['events[2].title', 'must be a string, not number 42']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'a string for the event actors',
    edit: (d) => {
      event(d, 2).actors = 'a2';
    },
    problems: [['events[2].actors', 'must be an array, not a string']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'an excerpt that is not an object',
    edit: (d) => {
      event(d, 2).excerpts = ['Kyiv’s air force reported drones'];
    },
    problems: [['events[2].excerpts[0]', 'must be an object, not a string']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'two shape problems in one event, both reported',
    edit: (d) => {
      event(d, 2).title = 42;
      delete event(d, 2).summary;
    },
    problems: [
      ['events[2].title', 'must be a string, not number 42'],
      ['events[2].summary', 'is required'],
    ],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'empty actor name (the actor is dropped)',
    edit: (d) => {
      actor(d, 1).name = '';
    },
    problems: [
      ['actors[1].name', 'must not be empty'],
      ['events[1].actors[1].actor', 'refers to actor "a2", which was dropped'],
      ['events[2].actors[0].actor', 'refers to actor "a2", which was dropped'],
    ],
    dropped: { sources: 0, actors: 1, events: 2 },
    events: ['first-event'],
  },
  {
    name: 'whitespace-only summary',
    edit: (d) => {
      event(d, 2).summary = ' \n\t ';
    },
    problems: [['events[2].summary', 'must not be empty']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'whitespace-only role',
    edit: (d) => {
      child(event(d, 1), 'actors', 1).role = '  ';
    },
    problems: [['events[1].actors[1].role', 'must not be empty']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'third-event'],
  },
  {
    name: 'event title of 201 characters',
    edit: (d) => {
      event(d, 2).title = 'x'.repeat(201);
    },
    problems: [['events[2].title', 'must be at most 200 characters']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'javascript: url',
    edit: (d) => {
      source(d, 1).url = 'javascript:alert(1)';
    },
    problems: [
      ['sources[1].url', BAD_URL],
      ['events[0].excerpts[0].source', 'refers to source "s2", which was dropped'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'relative url',
    edit: (d) => {
      source(d, 1).url = '/news/two';
    },
    problems: [
      ['sources[1].url', BAD_URL],
      ['events[0].excerpts[0].source', 'refers to source "s2", which was dropped'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'ftp: url',
    edit: (d) => {
      source(d, 1).url = 'ftp://example.org/two';
    },
    problems: [
      ['sources[1].url', BAD_URL],
      ['events[0].excerpts[0].source', 'refers to source "s2", which was dropped'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'colour given as a name',
    edit: (d) => {
      actor(d, 0).color = 'red';
    },
    problems: [
      ['actors[0].color', BAD_COLOUR],
      ['events[0].actors[0].actor', 'refers to actor "a1", which was dropped'],
      ['events[1].actors[0].actor', 'refers to actor "a1", which was dropped'],
    ],
    dropped: { sources: 0, actors: 1, events: 2 },
    events: ['third-event'],
  },
  {
    name: 'colour in short form',
    edit: (d) => {
      d.actors.push({ id: 'a3', name: 'Actor Three', kind: 'organization', color: '#f00' });
    },
    problems: [['actors[2].color', BAD_COLOUR]],
    dropped: { sources: 0, actors: 1, events: 0 },
    events: ALL_EVENTS,
  },
  {
    name: 'unknown actor kind (references say the actor was dropped)',
    edit: (d) => {
      actor(d, 1).kind = 'country';
    },
    problems: [
      ['actors[1].kind', BAD_ACTOR_KIND],
      ['events[1].actors[1].actor', 'refers to actor "a2", which was dropped'],
      ['events[2].actors[0].actor', 'refers to actor "a2", which was dropped'],
    ],
    dropped: { sources: 0, actors: 1, events: 2 },
    events: ['first-event'],
  },
  {
    name: 'unknown relation kind',
    edit: (d) => {
      child(event(d, 1), 'related', 0).relation = 'after';
    },
    problems: [['events[1].related[0].relation', BAD_RELATION_KIND]],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'third-event'],
  },
  {
    name: 'related that is not an array',
    edit: (d) => {
      event(d, 1).related = { event: 'first-event', relation: 'follows' };
    },
    problems: [['events[1].related', 'must be an array, not an object']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'third-event'],
  },
  {
    name: 'event date with a one-digit month',
    edit: (d) => {
      event(d, 2).date = '2024-5';
    },
    problems: [
      [
        'events[2].date',
        '"2024-5" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %)',
      ],
    ],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'event interval that ends before it starts',
    edit: (d) => {
      event(d, 2).date = '2024-11-17/2024-11-06';
    },
    problems: [['events[2].date', '"2024-11-17/2024-11-06" ends before it starts']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'a number for the event date',
    edit: (d) => {
      event(d, 2).date = 2024;
    },
    problems: [['events[2].date', 'must be a string, not number 2024']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'source published in month 13',
    edit: (d) => {
      source(d, 1).published = '2024-13';
    },
    problems: [
      ['sources[1].published', '"2024-13" has month 13, not 01 to 12'],
      ['events[0].excerpts[0].source', 'refers to source "s2", which was dropped'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'source with both text and textFile',
    edit: (d) => {
      source(d, 1).text = S2_TEXT;
    },
    problems: [
      ['sources[1]', 'has both text and textFile; give one'],
      ['events[0].excerpts[0].source', 'refers to source "s2", which was dropped'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'source with neither text nor textFile',
    edit: (d) => {
      delete source(d, 0).text;
    },
    problems: [
      ['sources[0]', 'needs text or textFile'],
      ['events[1].excerpts[0].source', 'refers to source "s1", which was dropped'],
      ['events[2].excerpts[0].source', 'refers to source "s1", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 2 },
    events: ['first-event'],
  },
  {
    name: 'textFile that cannot be read',
    edit: (d) => {
      source(d, 1).textFile = 'sources/missing.txt';
    },
    problems: [
      ['sources[1].textFile', 'file "sources/missing.txt" could not be read'],
      ['events[0].excerpts[0].source', 'refers to source "s2", which was dropped'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 1, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'unknown actor reference',
    edit: (d) => {
      child(event(d, 2), 'actors', 0).actor = 'north-korea';
    },
    problems: [['events[2].actors[0].actor', 'unknown actor "north-korea"']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'unknown source in an excerpt',
    edit: (d) => {
      child(event(d, 2), 'excerpts', 0).source = 'icaro';
    },
    problems: [['events[2].excerpts[0].source', 'unknown source "icaro"']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'exact not found (straight apostrophe for a curly one)',
    edit: (d) => {
      child(event(d, 2), 'excerpts', 0).exact = "Kyiv's air force reported drones";
    },
    problems: [['events[2].excerpts[0].exact', 'not found in source "s1"']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'exact that is empty',
    edit: (d) => {
      child(event(d, 2), 'excerpts', 0).exact = '';
    },
    problems: [['events[2].excerpts[0].exact', 'must not be empty']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'exact ambiguous (repeated passage without prefix)',
    edit: (d) => {
      delete child(event(d, 1), 'excerpts', 0).prefix;
    },
    problems: [
      [
        'events[1].excerpts[0].exact',
        /^occurs 2 times in source "s1"; add a prefix or suffix that picks one$/,
      ],
    ],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'third-event'],
  },
  {
    name: 'prefix that matches no occurrence',
    edit: (d) => {
      child(event(d, 1), 'excerpts', 0).prefix = 'nobody said ';
    },
    problems: [
      ['events[1].excerpts[0].exact', 'occurs in source "s1", but never with the given prefix/suffix'],
    ],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'third-event'],
  },
  {
    name: 'second excerpt of an event not found (path names the excerpt)',
    edit: (d) => {
      (event(d, 2).excerpts as RawRecord[]).push({ source: 's2', exact: 'the smallest so far' });
    },
    problems: [['events[2].excerpts[1].exact', 'not found in source "s2"']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'relation to the event itself',
    edit: (d) => {
      child(event(d, 1), 'related', 0).event = 'second-event';
    },
    problems: [['events[1].related[0].event', 'refers to the event itself']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'third-event'],
  },
  {
    name: 'relation to an unknown event (relation removed, event kept)',
    edit: (d) => {
      child(event(d, 1), 'related', 0).event = 'no-such-event';
    },
    problems: [['events[1].related[0].event', 'unknown event "no-such-event"']],
    dropped: NONE_DROPPED,
    events: ALL_EVENTS,
  },
  {
    name: 'relation to a dropped event (relation removed, event kept)',
    edit: (d) => {
      event(d, 0).date = '2024-02-30';
    },
    problems: [
      ['events[0].date', '"2024-02-30" has day 30, but that month has 29 days'],
      ['events[1].related[0].event', 'refers to event "first-event", which was dropped'],
    ],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['third-event', 'second-event'],
  },
  {
    name: 'empty actors array',
    edit: (d) => {
      event(d, 2).actors = [];
    },
    problems: [['events[2].actors', 'must name at least one actor']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'empty excerpts array',
    edit: (d) => {
      event(d, 2).excerpts = [];
    },
    problems: [['events[2].excerpts', 'must have at least one excerpt']],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
  {
    name: 'category that is not a slug',
    edit: (d) => {
      event(d, 2).category = 'Armed clash';
    },
    problems: [['events[2].category', NOT_A_SLUG]],
    dropped: { sources: 0, actors: 0, events: 1 },
    events: ['first-event', 'second-event'],
  },
];

describe('validateDataset: datasets that cannot be read', () => {
  it.each(rejected)('rejects $name', ({ raw, problems }) => {
    const result = validateFixture(raw);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(expectedProblems(problems));
  });
});

describe('validateDataset: lenient import drops only the bad records', () => {
  it.each(lenient)('$name', ({ edit, problems, dropped, events }) => {
    const raw = editedDataset(edit);
    const { dataset, problems: found, dropped: counts } = expectLoaded(validateFixture(raw));
    expect(found).toEqual(expectedProblems(problems));
    expect(counts).toEqual(dropped);
    expect(dataset.events.map((e) => e.id)).toEqual(events);
    expect(dataset.sources).toHaveLength(raw.sources.length - dropped.sources);
    expect(dataset.actors).toHaveLength(raw.actors.length - dropped.actors);
  });

  it('has at least 30 distinct invalid datasets', () => {
    const names = [...rejected, ...lenient].map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the first of two records with the same id', () => {
    const raw = editedDataset((d) => {
      d.events.push({ ...event(d, 2), title: 'Impostor' });
      d.actors.push({ ...actor(d, 0), name: 'Impostor' });
    });
    const { dataset } = expectLoaded(validateFixture(raw));
    expect(dataset.eventById.get('third-event')?.title).toBe('Drones reported');
    expect(dataset.actorById.get('a1')?.name).toBe('Actor One');
    expect(dataset.events.filter((e) => e.id === 'third-event')).toHaveLength(1);
  });

  it('removes a relation to a dropped event but keeps the event that states it', () => {
    const raw = editedDataset((d) => {
      event(d, 0).summary = '';
      event(d, 2).related = [{ event: 'second-event', relation: 'context' }];
    });
    const { dataset } = expectLoaded(validateFixture(raw));
    expect(dataset.eventById.get('second-event')?.related).toEqual([]);
    expect(dataset.eventById.get('third-event')?.related).toEqual([
      { eventId: 'second-event', relation: 'context' },
    ]);
  });

  it('counts every dropped record when several lists have bad ones', () => {
    const raw = editedDataset((d) => {
      d.sources.push({
        id: 'bad-source',
        title: 'x',
        publisher: 'x',
        url: 'x',
        published: '2024',
        text: 'x',
      });
      d.actors.push('not an actor' as unknown as RawRecord);
      d.events.push({ ...event(d, 2), id: 'fourth-event', date: 'soon' });
      d.events.push({ ...event(d, 2), id: 'fifth-event', date: '2024-11-18' });
    });
    const result = expectLoaded(validateFixture(raw));
    expect(result.dropped).toEqual({ sources: 1, actors: 1, events: 1 });
    expect(result.problems.map((p) => p.path)).toEqual(['sources[2].url', 'actors[2]', 'events[3].date']);
    expect(result.dataset.events.map((e) => e.id)).toEqual([...ALL_EVENTS, 'fifth-event']);
  });

  it('loads nothing but still succeeds when every event is bad', () => {
    const raw = editedDataset((d) => {
      d.events.forEach((e) => {
        e.date = '';
      });
    });
    const result = expectLoaded(validateFixture(raw));
    expect(result.dataset.events).toEqual([]);
    expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 3 });
    expect(result.problems).toContainEqual({ path: 'events[0].date', message: 'date is empty' });
  });

  it('reads no textFile when no reader is given', () => {
    const result = expectLoaded(validateDataset(rawDataset()));
    expect(result.problems).toContainEqual({
      path: 'sources[1].textFile',
      message: 'file "sources/s2.txt" could not be read',
    });
    expect(result.dropped.sources).toBe(1);
  });
});

describe('validateDataset: valid datasets', () => {
  it('loads the fixture with no problems', () => {
    const result = expectLoaded(validateFixture(rawDataset()));
    expect(result.problems).toEqual([]);
    expect(result.dropped).toEqual(NONE_DROPPED);
    expect(result.dataset.version).toBe(1);
    expect(result.dataset.title).toBe('Test dataset');
    expect(result.dataset.description).toBe('A small dataset for unit tests.');
  });

  it('allows a $schema key', () => {
    const raw = editedDataset((d) => {
      d.$schema = './dataset.schema.json';
    });
    const result = expectLoaded(validateFixture(raw));
    expect(result.problems).toEqual([]);
  });

  it('allows an empty description', () => {
    const raw = editedDataset((d) => {
      d.description = '';
    });
    expect(expectLoaded(validateFixture(raw)).problems).toEqual([]);
  });

  it('accepts a repeated passage picked by its suffix', () => {
    const raw = editedDataset((d) => {
      const excerpt = child(event(d, 1), 'excerpts', 0);
      delete excerpt.prefix;
      excerpt.suffix = ' again';
    });
    const { dataset, problems } = expectLoaded(validateFixture(raw));
    expect(problems).toEqual([]);
    const [excerpt] = dataset.eventById.get('second-event')?.excerpts ?? [];
    expect(excerpt?.start).toBe(S1_TEXT.lastIndexOf('the strike was confirmed'));
  });

  it('reads textFile through the given reader and keeps no textFile field', () => {
    const { dataset } = expectLoaded(validateFixture(rawDataset()));
    const s2 = dataset.sourceById.get('s2');
    expect(s2?.text).toBe(S2_TEXT);
    expect(s2).not.toHaveProperty('textFile');
    expect(s2?.published).toMatchObject({ kind: 'point', text: '2024-05' });
    expect(s2?.publishedBasis).toBe('The article is dated May 2024.');
  });

  it('anchors each excerpt to the character range of its quote', () => {
    const { dataset } = expectLoaded(validateFixture(rawDataset()));
    for (const e of dataset.events) {
      for (const excerpt of e.excerpts) {
        const text = dataset.sourceById.get(excerpt.sourceId)?.text ?? '';
        expect(text.slice(excerpt.start, excerpt.end)).toBe(excerpt.exact);
      }
    }
    const second = dataset.eventById.get('second-event');
    expect(second?.excerpts).toEqual([
      {
        sourceId: 's1',
        exact: 'the strike was confirmed',
        prefix: 'spokesman said ',
        start: S1_TEXT.indexOf('spokesman said ') + 'spokesman said '.length,
        end: S1_TEXT.indexOf('spokesman said ') + 'spokesman said the strike was confirmed'.length,
      },
    ]);
  });

  it('turns raw references into typed records', () => {
    const { dataset } = expectLoaded(validateFixture(rawDataset()));
    const second = dataset.eventById.get('second-event');
    expect(second?.actors).toEqual([{ actorId: 'a1' }, { actorId: 'a2', role: 'spokesman' }]);
    expect(second?.related).toEqual([{ eventId: 'first-event', relation: 'follows' }]);
    expect(second?.place).toBe('Kyiv');
    expect(second?.attribution).toBe('a spokesman');
    expect(second?.date).toMatchObject({ kind: 'point', text: '2024-11-17' });
    const third = dataset.eventById.get('third-event');
    expect(third?.related).toEqual([]);
    expect(third).not.toHaveProperty('place');
    expect(third).not.toHaveProperty('attribution');
  });

  it('indexes sources, actors and events by id', () => {
    const { dataset } = expectLoaded(validateFixture(rawDataset()));
    expect([...dataset.sourceById.keys()]).toEqual(['s1', 's2']);
    expect([...dataset.actorById.keys()]).toEqual(['a1', 'a2']);
    expect([...dataset.eventById.keys()]).toEqual(ALL_EVENTS);
    for (const e of dataset.events) expect(dataset.eventById.get(e.id)).toBe(e);
    for (const s of dataset.sources) expect(dataset.sourceById.get(s.id)).toBe(s);
    for (const a of dataset.actors) expect(dataset.actorById.get(a.id)).toBe(a);
  });

  it('sorts events by date (earliest instant, then latest), then by id', () => {
    const template = event(rawDataset(), 2);
    const raw = editedDataset((d) => {
      d.events = [
        { ...template, id: 'b-event', date: '2024-11-17' },
        { ...template, id: 'd-event', date: '2024-11-17/2024-11-20' },
        { ...template, id: 'a-event', date: '2024-11-17' },
        { ...template, id: 'e-event', date: '../2024-11-10' },
        { ...template, id: 'c-event', date: '2024-11' },
        { ...template, id: 'f-event', date: '2024-11-17/..' },
      ];
    });
    const { dataset, problems } = expectLoaded(validateFixture(raw));
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual([
      'c-event',
      'e-event',
      'a-event',
      'b-event',
      'd-event',
      'f-event',
    ]);
  });
});

describe('the curated dataset data/icaro-atacms.json', () => {
  const dataDir = new URL('../../data/', import.meta.url);
  const readTextFile = (path: string): string | undefined => {
    try {
      return readFileSync(new URL(path, dataDir), 'utf8');
    } catch {
      return undefined;
    }
  };
  const raw: unknown = JSON.parse(readFileSync(new URL('icaro-atacms.json', dataDir), 'utf8'));

  it('validates with no problems and 8 events sorted by date', () => {
    const result = expectLoaded(validateDataset(raw, { readTextFile }));
    expect(result.problems).toEqual([]);
    expect(result.dropped).toEqual(NONE_DROPPED);
    const { events } = result.dataset;
    expect(events).toHaveLength(8);
    expect(events.map((e) => e.id)).toEqual([
      'may-2024-covert-lifting',
      'trump-plans-reduce-support',
      'atacms-authorization',
      'atacms-earlier-hesitation',
      'north-korean-troops-kursk',
      'russian-strike-power-grid',
      'ukraine-requests-atacms',
      'us-aid-175-billion',
    ]);
    const keys = events.map((e) => eventSortKey(e.date));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('reads its source text from data/sources and anchors every excerpt in it', () => {
    const { dataset } = expectLoaded(validateDataset(raw, { readTextFile }));
    const source = dataset.sourceById.get('icaro-atacms');
    expect(source?.text).toBe(readTextFile('sources/icaro-atacms.txt'));
    for (const e of dataset.events) {
      expect(e.excerpts.length).toBeGreaterThan(0);
      for (const excerpt of e.excerpts)
        expect(source?.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.exact);
    }
  });
});

describe('eventSortKey', () => {
  it.each([
    ['2024-05', Date.UTC(2024, 4, 1)],
    ['2024-11-06/2024-11-17', Date.UTC(2024, 10, 6)],
    ['../2024-11-17', Date.UTC(2024, 10, 17)],
    ['/2024-11', Date.UTC(2024, 10, 1)],
    ['2024-11-06/..', Date.UTC(2024, 10, 6)],
  ])('sorts %s at its first known instant', (text, key) => {
    expect(eventSortKey(edtf(text))).toBe(key);
  });
});
