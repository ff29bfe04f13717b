import { describe, expect, it } from 'vitest';
import { checkImportSize, importDataset, MAX_IMPORT_BYTES } from './import-dataset';
import { curatedRawInline as curatedRaw, readCuratedTextFile } from '../../testing/curated-dataset';
import { expectImported } from '../../testing/import-fixtures';

const curatedRawInline = () =>
  curatedRaw() as { events: Record<string, unknown>[]; actors: Record<string, unknown>[] };

const EXPECTED_FORMATS =
  'a dataset of this app (JSON), a TimelineJS file (JSON) or an ACLED export (CSV with the columns event_id_cnty and event_date)';

function curatedEventId(index: number): unknown {
  return curatedRawInline().events[index]?.id;
}

/** The curated dataset with inline texts, changed by `edit`, as a file. */
function curatedFile(
  edit: (raw: { events: Record<string, unknown>[]; actors: Record<string, unknown>[] }) => void,
) {
  const raw = curatedRawInline();
  edit(raw);
  return JSON.stringify(raw);
}

interface RejectedCase {
  readonly name: string;
  readonly text: string;
  readonly message: string | RegExp;
}

const nested = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const deepObject = `{"version":1,"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;

/** Files that cannot be read at all: one problem naming the file, never a throw. */
const rejected: RejectedCase[] = [
  { name: 'an empty file', text: '', message: 'is empty' },
  { name: 'only whitespace', text: ' \r\n\t\n', message: 'is empty' },
  { name: 'only a byte order mark', text: '\ufeff', message: 'is empty' },
  {
    name: 'plain text',
    text: 'hello world',
    message: `is not in a format this app reads: ${EXPECTED_FORMATS}`,
  },
  {
    name: 'truncated JSON',
    text: '{"version": 1, "title": "Cut',
    message: /^is not valid JSON: Unterminated string in JSON at position \d+/,
  },
  {
    name: 'JSON cut after a colon',
    text: '{"version": 1, "title":',
    message: 'is not valid JSON: Unexpected end of JSON input at position 23',
  },
  { name: 'not JSON in braces', text: '{not json}', message: /^is not valid JSON: .*position 1/ },
  { name: 'an array', text: '[]', message: `must be a JSON object (${EXPECTED_FORMATS}), not an array` },
  { name: 'null', text: 'null', message: `must be a JSON object (${EXPECTED_FORMATS}), not null` },
  {
    name: 'a string',
    text: '"string"',
    message: `must be a JSON object (${EXPECTED_FORMATS}), not a string`,
  },
  { name: 'a number', text: '12', message: `must be a JSON object (${EXPECTED_FORMATS}), not a number` },
  { name: 'true', text: 'true', message: `must be a JSON object (${EXPECTED_FORMATS}), not a boolean` },
  {
    name: '10,000 nested arrays',
    text: nested,
    message: `must be a JSON object (${EXPECTED_FORMATS}), not an array`,
  },
  {
    name: 'an empty object',
    text: '{}',
    message:
      'is neither a dataset of this app (it has no "version") nor a TimelineJS file (it has no "events" list)',
  },
  {
    name: 'events without version or start_date',
    text: '{"events":[{"id":"a"}]}',
    message:
      'has no "version", so it is not a dataset of this app, and none of its events has a "start_date", so it is not a TimelineJS file',
  },
  {
    name: 'an empty events list',
    text: '{"events":[]}',
    message: 'has no "version" and an empty "events" list: there is nothing to import',
  },
  {
    name: 'a CSV file without the ACLED columns',
    text: 'id,date,title\n1,2024-11-17,x\n',
    message: `is a CSV file without the ACLED column(s) event_id_cnty, event_date in its first line; this app reads ${EXPECTED_FORMATS}`,
  },
];

describe('importDataset: files that cannot be read', () => {
  it.each(rejected)('$name', ({ text, message }) => {
    const result = importDataset(text);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'file', message: typeof message === 'string' ? message : expect.stringMatching(message) },
      ],
    });
  });

  it('names a .csv file without the ACLED columns as CSV even when it has one column', () => {
    expect(importDataset('title\nx\n', 'list.csv').problems).toEqual([
      {
        path: 'file',
        message: `is a CSV file without the ACLED column(s) event_id_cnty, event_date in its first line; this app reads ${EXPECTED_FORMATS}`,
      },
    ]);
  });

  it('reads a .json file as JSON whatever it starts with', () => {
    expect(importDataset('event_id_cnty,event_date', 'data.json').problems).toEqual([
      { path: 'file', message: expect.stringMatching(/^is not valid JSON: /) },
    ]);
  });

  it('refuses a dataset without events, with the validator’s message', () => {
    expect(importDataset('{"version": 2}')).toEqual({
      ok: false,
      format: 'dataset',
      problems: [{ path: 'dataset.events', message: 'is missing: there is nothing to read' }],
    });
    const deep = importDataset(deepObject);
    expect(deep.ok).toBe(false);
    expect(deep.problems).toContainEqual({
      path: 'dataset.events',
      message: 'is missing: there is nothing to read',
    });
  });

  it('reads a dataset that has lost its version by its lists', () => {
    const text = curatedFile((raw) => {
      delete (raw as Record<string, unknown>).version;
    });
    const result = expectImported(importDataset(text));
    expect(result.format).toBe('dataset');
    expect(result.problems).toEqual([
      { path: 'dataset.version', message: 'is missing; read as version 2', effect: 'repaired' },
    ]);
  });

  it('fails a dataset whose every event is dropped, listing why', () => {
    const text = curatedFile((raw) => {
      for (const event of raw.events) event.date = 'soon';
    });
    const result = importDataset(text);
    expect(result.ok).toBe(false);
    expect(result.problems.at(-1)).toEqual({ path: 'file', message: 'has no event that could be loaded' });
    expect(result.problems).toContainEqual({
      path: 'events[0].date',
      message: expect.stringMatching(/^"soon" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD/),
      effect: 'dropped',
    });
  });

  it('returns a problem instead of throwing when given something that is not text', () => {
    expect(importDataset(undefined as unknown as string)).toEqual({
      ok: false,
      problems: [{ path: 'file', message: 'could not be read as text' }],
    });
  });
});

describe('importDataset: datasets of this app', () => {
  it('loads the curated dataset given as one file, with a byte order mark', () => {
    const result = expectImported(importDataset(`\ufeff${JSON.stringify(curatedRawInline())}`, 'icaro.json'));
    expect(result.format).toBe('dataset');
    expect(result.problems).toEqual([]);
    expect(result.counts.events).toEqual({ loaded: 8, repaired: 0, dropped: 0 });
    expect(result.dataset.events.length).toBeGreaterThan(5);
  });

  it('reads textFile sources through options.readTextFile, and reports them without it', () => {
    const raw = JSON.stringify(curatedRawInline()).replace(
      /"text":"(?:[^"\\]|\\.)*"/,
      '"textFile":"sources/icaro-atacms.txt"',
    );
    expect(
      expectImported(importDataset(raw, 'x.json', { readTextFile: readCuratedTextFile })).problems,
    ).toEqual([]);
    // Without its text the source is dropped; the events stay, their quotes marked as not found.
    const without = expectImported(importDataset(raw, 'x.json'));
    expect(without.problems[0]).toEqual({
      path: 'sources[0].textFile',
      message: 'file "sources/icaro-atacms.txt" could not be read',
      effect: 'dropped',
    });
    expect(without.counts.events).toEqual({ loaded: 8, repaired: 8, dropped: 0 });
    expect(without.dataset.events.every((event) => event.excerpts.length === 0)).toBe(true);
  });

  it('mends duplicate ids and dangling references, and counts them', () => {
    const text = curatedFile((raw) => {
      const [first] = raw.events;
      if (!first) throw new Error('curated dataset is empty');
      raw.events.push({ ...first });
      raw.events.push({ ...first, id: 'dangling-actor', actors: [{ actor: 'atlantis' }] });
      raw.events.push({
        ...first,
        id: 'dangling-relation',
        related: [{ event: 'no-such-event', relation: 'follows' }],
      });
    });
    const count = curatedRawInline().events.length;
    const result = expectImported(importDataset(text));
    const first = String(curatedEventId(0));
    expect(result.problems).toEqual([
      {
        path: `events[${count}].id`,
        message: `repeats the id "${first}" of events[0]; renamed "${first}-2"`,
        effect: 'repaired',
      },
      {
        path: `events[${count + 1}].actors[0].actor`,
        message: 'unknown actor "atlantis"; left out of the event',
        effect: 'repaired',
      },
      {
        path: `events[${count + 2}].related[0].event`,
        message: 'unknown event "no-such-event"; the relation is left out',
        effect: 'repaired',
      },
    ]);
    // Nothing is dropped: the duplicate is renamed, the unknown actor and the dangling relation left out.
    expect(result.counts.events).toEqual({ loaded: count + 3, repaired: 3, dropped: 0 });
    expect(result.dataset.eventById.get('dangling-relation')?.related).toEqual([]);
    expect(result.dataset.eventById.get('dangling-actor')?.actors).toEqual([]);
  });
});

describe('checkImportSize', () => {
  it('accepts files up to MAX_IMPORT_BYTES', () => {
    expect(MAX_IMPORT_BYTES).toBe(200 * 1024 * 1024);
    expect(checkImportSize(0)).toBeUndefined();
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
  });

  it('explains why a larger file is refused', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toEqual({
      path: 'file',
      message:
        'is 200.0 MB; files of up to 200.0 MB can be imported. Split it into smaller files, e.g. by year or region.',
    });
    expect(checkImportSize(250 * 1024 * 1024)?.message).toMatch(/^is 250\.0 MB;/);
  });

  it('refuses a size it cannot know', () => {
    for (const bytes of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(checkImportSize(bytes)).toEqual({
        path: 'file',
        message: 'has an unknown size, so it cannot be imported',
      });
    }
  });

  it('is checked by importDataset too, on the text’s length', () => {
    const text = `{"version":1,"title":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(importDataset(text)).toEqual({ ok: false, problems: [checkImportSize(text.length)] });
  });
});
