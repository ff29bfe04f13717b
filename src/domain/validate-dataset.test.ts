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
import { ALL_EVENTS } from '../testing/restore-cases';
import { eventSortKey, validateDataset, type RecordCounts } from './validate-dataset';

/*
 * The door every dataset comes through: what it refuses (only what is not a dataset at all), what a clean
 * dataset becomes, and that one record that throws costs only itself. What it mends and drops record by record
 * is in restore/*.test.ts; versions in migrations.test.ts.
 */

const NOTHING_CHANGED: RecordCounts = {
  sources: { loaded: 2, repaired: 0, dropped: 0 },
  actors: { loaded: 2, repaired: 0, dropped: 0 },
  events: { loaded: 3, repaired: 0, dropped: 0 },
  eras: { loaded: 0, repaired: 0, dropped: 0 },
};

const event = (dataset: RawDataset, index: number): RawRecord => at(dataset.events, index);

describe('validateDataset: what is refused', () => {
  it.each([
    ['a list', [], 'dataset', 'must be a JSON object, not a list'],
    ['null', null, 'dataset', 'must be a JSON object, not null'],
    ['a string', 'version 1', 'dataset', 'must be a JSON object, not "version 1"'],
    ['a number', 1, 'dataset', 'must be a JSON object, not number 1'],
  ])('refuses %s', (_name, raw, path, message) => {
    expect(validateFixture(raw)).toEqual({ ok: false, problems: [{ path, message }] });
  });

  it.each([
    ['missing', undefined, 'is missing: there is nothing to read'],
    ['an object', {}, 'must be a list, not an object: there is nothing to read'],
  ])('refuses a dataset whose events list is %s', (_name, events, message) => {
    const raw = editedDataset((d) => {
      if (events === undefined) delete (d as RawRecord).events;
      else (d as RawRecord).events = events;
    });
    expect(validateFixture(raw)).toEqual({ ok: false, problems: [{ path: 'dataset.events', message }] });
  });

  it('reads the rest of a dataset whose header is broken', () => {
    const raw = editedDataset((d) => {
      d.title = 42;
      delete d.description;
      (d as RawRecord).sources = {};
      d.extra = true;
    });
    const result = expectLoaded(validateFixture(raw));
    expect(result.problems).toEqual([
      { path: 'dataset.extra', message: 'is not a field of dataset contract v2; ignored', effect: 'ignored' },
      {
        path: 'dataset.title',
        message: 'must be text, not number 42; "Untitled dataset" is used',
        effect: 'repaired',
      },
      { path: 'dataset.description', message: 'is missing; left empty', effect: 'repaired' },
      {
        path: 'dataset.sources',
        message: 'must be a list, not an object; read as an empty list',
        effect: 'repaired',
      },
      ...['events[1].excerpts[0].source', 'events[2].excerpts[0].source', 'events[0].excerpts[0].source'].map(
        () => expect.objectContaining({ effect: 'repaired' }),
      ),
    ]);
    expect(result.dataset).toMatchObject({ title: 'Untitled dataset', description: '', sources: [] });
    expect(result.dataset.events).toHaveLength(3);
  });
});

describe('validateDataset: one record that throws costs only itself', () => {
  it('drops an event whose reading throws, and loads the rest', () => {
    const raw = editedDataset((d) => {
      Object.defineProperty(event(d, 2), 'title', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    });
    const result = expectLoaded(validateFixture(raw));
    expect(result.problems).toEqual([
      { path: 'events[2]', message: 'could not be read (internal error: boom)', effect: 'dropped' },
    ]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['first-event', 'second-event']);
    expect(result.counts.events).toEqual({ loaded: 2, repaired: 0, dropped: 1 });
  });

  it('counts every record when several lists have bad ones', () => {
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
    expect(result.counts).toEqual({
      sources: { loaded: 3, repaired: 1, dropped: 0 },
      actors: { loaded: 2, repaired: 0, dropped: 1 },
      events: { loaded: 4, repaired: 0, dropped: 1 },
      eras: { loaded: 0, repaired: 0, dropped: 0 },
    });
    expect(result.problems.map((p) => [p.path, p.effect])).toEqual([
      ['sources[2].url', 'repaired'],
      ['actors[2]', 'dropped'],
      ['events[3].date', 'dropped'],
    ]);
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
    expect(result.counts.events).toEqual({ loaded: 0, repaired: 0, dropped: 3 });
    expect(result.problems).toContainEqual({
      path: 'events[0].date',
      message: 'date is empty',
      effect: 'dropped',
    });
  });

  it('reads no textFile when no reader is given', () => {
    const result = expectLoaded(validateDataset(rawDataset()));
    expect(result.problems).toContainEqual({
      path: 'sources[1].textFile',
      message: 'file "sources/s2.txt" could not be read',
      effect: 'dropped',
    });
    expect(result.counts.sources.dropped).toBe(1);
  });
});

describe('validateDataset: valid datasets', () => {
  it('loads the fixture with no problems', () => {
    const result = expectLoaded(validateFixture(rawDataset()));
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual(NOTHING_CHANGED);
    expect(result.dataset.version).toBe(2);
    expect(result.dataset.eras).toEqual([]);
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

  it('sorts events by date (earliest instant, then latest), then by id: years before 1 and far beyond the browser’s dates first, times of a day after the day', () => {
    const template = event(rawDataset(), 2);
    const raw = editedDataset((d) => {
      d.events = [
        { ...template, id: 'b-event', date: '2024-11-17' },
        { ...template, id: 'd-event', date: '2024-11-17/2024-11-20' },
        { ...template, id: 'a-event', date: '2024-11-17' },
        { ...template, id: 'e-event', date: '../2024-11-10' },
        { ...template, id: 'c-event', date: '2024-11' },
        { ...template, id: 'f-event', date: '2024-11-17/..' },
        { ...template, id: 'g-event', date: '2024-11-17T18:00:00' },
        { ...template, id: 'h-event', date: '2024-11-17T06:30:00' },
        { ...template, id: 'i-event', date: '-0300' },
        { ...template, id: 'j-event', date: 'Y-13800000000' },
      ];
    });
    const { dataset, problems } = expectLoaded(validateFixture(raw));
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual([
      'j-event',
      'i-event',
      'c-event',
      'e-event',
      'a-event',
      'b-event',
      'd-event',
      'f-event',
      'h-event',
      'g-event',
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
    expect(result.counts.events).toEqual({ loaded: 8, repaired: 0, dropped: 0 });
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
    ['2015-01-01T01:01:01', Date.UTC(2015, 0, 1, 1, 1, 1)],
    ['-0300', Date.parse('-000300-01-01T00:00:00Z')],
  ])('sorts %s at its first known instant', (text, key) => {
    expect(eventSortKey(edtf(text))).toBe(key);
  });
});
