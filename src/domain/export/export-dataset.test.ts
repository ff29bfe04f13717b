import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { formatEdtf } from '../date-format';
import { importDataset, type ImportResult } from '../import/import-dataset';
import { ACLED_SAMPLE, TIMELINEJS_SAMPLE, expectImported } from '../../testing/import-fixtures';
import { curatedDataset } from '../../testing/curated-dataset';
import type { Dataset } from '../types';
import { validateDataset } from '../validate-dataset';
import { CSV_COLUMNS, csvCell, exportDatasetJson, exportEventsCsv, fileStem } from './export-dataset';

function roundTrip(dataset: Dataset): ImportResult {
  return importDataset(exportDatasetJson(dataset, dataset.events), 'export.json');
}

/** A small dataset whose texts start with characters a spreadsheet would run as formulas. */
function hostileDataset(): Dataset {
  const result = validateDataset({
    version: 1,
    title: 'Hostile cells',
    description: '',
    sources: [
      {
        id: 'src',
        title: 'Source',
        publisher: 'Publisher',
        url: 'https://example.org/a',
        published: '2024-11-17',
        text: '=HYPERLINK("http://evil.example","click") and a line, with "quotes"\nand a second line',
      },
    ],
    actors: [
      { id: 'a', name: '@Actor, Inc.', kind: 'organization' },
      { id: 'b', name: '+Plus', kind: 'person' },
    ],
    events: [
      {
        id: 'hostile',
        title: '=1+2',
        summary: '-2+3 is "math", with a comma\nand a line break',
        date: '2024-11',
        dateBasis: 'x',
        category: 'attack',
        actors: [{ actor: 'a' }, { actor: 'b', role: 'r' }],
        place: '\tTabbed',
        attribution: '\rReturn',
        excerpts: [{ source: 'src', exact: '=HYPERLINK("http://evil.example","click")' }],
      },
    ],
  });
  if (!result.ok || result.problems.length > 0) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/** A dataset using every field of contract version 2. */
function versionTwoDataset(): Dataset {
  const result = validateDataset({
    version: 2,
    title: 'Syracuse',
    description: '',
    sources: [
      {
        id: 'src',
        title: 'A history',
        publisher: 'Nobody',
        published: '2020',
        text: 'The siege began at dawn.',
      },
    ],
    actors: [{ id: 'athens', name: 'Athens', kind: 'state' }],
    events: [
      {
        id: 'siege-begins',
        title: 'The siege begins',
        summary: 'Athens lays siege.',
        date: '-0300-05-01T06:00:00',
        displayDate: 'At dawn',
        dateBasis: 'x',
        category: 'military',
        actors: [{ actor: 'athens', role: 'besieger' }],
        location: { lat: 37.08, lon: 15.28, precision: 'place' },
        fatalities: 120,
        excerpts: [{ source: 'src', exact: 'The siege began at dawn.' }],
        media: { url: 'https://example.org/map.png', caption: 'A map', credit: 'Someone' },
        links: [{ url: 'https://example.org/more', text: 'more' }],
      },
      {
        id: 'unverified',
        title: 'An unverified claim',
        summary: 'Something.',
        date: 'Y-10000',
        dateBasis: 'x',
        category: 'military',
        actors: [{ actor: 'athens' }],
        excerpts: [{ source: 'src', exact: 'words the source never had' }],
      },
    ],
    eras: [{ title: 'The siege', date: '-0300/-0298' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('exportDatasetJson', () => {
  it('round-trips the curated dataset through the importer unchanged', () => {
    const dataset = curatedDataset();
    const result = expectImported(roundTrip(dataset));
    expect(result.format).toBe('dataset');
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(dataset);
  });

  it('round-trips an imported ACLED dataset unchanged', () => {
    const imported = expectImported(importDataset(ACLED_SAMPLE, 'ukraine.csv')).dataset;
    const result = expectImported(roundTrip(imported));
    expect(result.problems).toEqual([]);
    expect(result.dataset).toEqual(imported);
  });

  it('round-trips an imported TimelineJS dataset unchanged', () => {
    const imported = expectImported(importDataset(JSON.stringify(TIMELINEJS_SAMPLE))).dataset;
    expect(expectImported(roundTrip(imported)).dataset).toEqual(imported);
  });

  it('round-trips every field of version 2: times, years before 1, eras, location, fatalities, media, links, quotes not found', () => {
    const dataset = versionTwoDataset();
    const json = exportDatasetJson(dataset, dataset.events);
    const result = expectImported(importDataset(json, 'v2.json'));
    expect(result.dataset).toEqual(dataset);
    expect(JSON.parse(json)).toMatchObject({
      version: 2,
      eras: [{ title: 'The siege', date: '-0300/-0298' }],
      events: expect.arrayContaining([
        expect.objectContaining({
          id: 'unverified',
          excerpts: [{ source: 'src', exact: 'words the source never had' }],
        }),
      ]),
    });
    // A quote not found is still not found when read back, and said so again.
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'events[0].excerpts[0].exact', effect: 'repaired' }),
    ]);
  });

  it('writes the current contract with inline texts, EDTF dates and quote selectors', () => {
    const dataset = curatedDataset();
    const json = JSON.parse(exportDatasetJson(dataset, dataset.events)) as Record<string, unknown>;
    expect(json.version).toBe(2);
    expect(Object.keys(json)).toEqual(['version', 'title', 'description', 'sources', 'actors', 'events']);
    const [source] = json.sources as Record<string, unknown>[];
    expect(source).toMatchObject({ id: 'icaro-atacms', published: '2024-11-17/2024-11-18' });
    expect(source).not.toHaveProperty('textFile');
    expect(source?.text).toBe(dataset.sources[0]?.text);
    const events = json.events as Record<string, unknown>[];
    expect(events.map((event) => event.id)).toEqual(dataset.events.map((event) => event.id));
    expect(events.map((event) => event.date)).toEqual(dataset.events.map((event) => event.date.text));
    for (const event of events) {
      for (const excerpt of event.excerpts as Record<string, unknown>[]) {
        expect(
          Object.keys(excerpt).every((key) => ['source', 'exact', 'prefix', 'suffix'].includes(key)),
        ).toBe(true);
      }
    }
  });

  it('exports a selection in the given order, with only the actors and sources it uses', () => {
    const dataset = expectImported(importDataset(ACLED_SAMPLE)).dataset;
    const chosen = ['ukr100003', 'rus200001']
      .map((id) => dataset.eventById.get(id))
      .filter((event) => event !== undefined);
    const json = JSON.parse(exportDatasetJson(dataset, chosen)) as Record<string, Record<string, unknown>[]>;
    expect(json.events?.map((event) => event.id)).toEqual(['ukr100003', 'rus200001']);
    expect(json.actors?.map((actor) => actor.id)).toEqual([
      'military-forces-of-ukraine-2019',
      'protesters-ukraine',
      'women-ukraine',
      'labor-group-ukraine',
      'civilians-russia',
    ]);
    expect(json.sources?.map((source) => source.id)).toEqual(['acled-notes']);
    const reimported = expectImported(importDataset(JSON.stringify(json)));
    expect(reimported.problems).toEqual([]);
    expect(reimported.dataset.events.map((event) => event.id)).toEqual(['rus200001', 'ukr100003']);
  });

  it('leaves out relations to events outside the selection, so the export has no dangling references', () => {
    const dataset = curatedDataset();
    const withRelations = dataset.events.filter((event) => event.related.length > 0);
    expect(withRelations.length).toBeGreaterThan(0);
    const result = expectImported(importDataset(exportDatasetJson(dataset, withRelations)));
    expect(result.problems).toEqual([]);
    const kept = new Set(withRelations.map((event) => event.id));
    for (const event of result.dataset.events) {
      const original = dataset.eventById.get(event.id);
      expect(event.related).toEqual(original?.related.filter((relation) => kept.has(relation.eventId)));
    }
  });
});

describe('exportEventsCsv', () => {
  it('writes a header and one row per event that a CSV parser reads back', () => {
    const dataset = curatedDataset();
    const csv = exportEventsCsv(dataset, dataset.events);
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csvParseRows(csv);
    expect(rows).toHaveLength(dataset.events.length + 1);
    dataset.events.forEach((event, index) => {
      const row = Object.fromEntries(CSV_COLUMNS.map((column, at) => [column, rows[index + 1]?.[at]]));
      expect(row).toEqual({
        id: event.id,
        date: event.date.text,
        date_text: formatEdtf(event.date),
        title: event.title,
        summary: event.summary,
        category: event.category,
        actors: event.actors.map((actor) => dataset.actorById.get(actor.actorId)?.name).join(' | '),
        place: event.place ?? '',
        attribution: event.attribution ?? '',
        quotes: event.excerpts.map((excerpt) => excerpt.exact).join(' | '),
        source_urls: dataset.sources[0]?.url,
        display_date: '',
        latitude: '',
        longitude: '',
        location_precision: '',
        fatalities: '',
        quote_status: 'verified',
      });
    });
  });

  it('writes the fields of version 2, and whether each event’s quotes were found', () => {
    const dataset = versionTwoDataset();
    const [header, ...rows] = csvParseRows(exportEventsCsv(dataset, dataset.events));
    const cells = rows.map((row) =>
      Object.fromEntries((header ?? []).map((column, at) => [column, row[at]])),
    );
    expect(cells.find((row) => row.id === 'siege-begins')).toMatchObject({
      // A cell starting with "-" is one a spreadsheet would run: defused, as every such cell is.
      date: "'-0300-05-01T06:00:00",
      display_date: 'At dawn',
      latitude: '37.08',
      longitude: '15.28',
      location_precision: 'place',
      fatalities: '120',
      quote_status: 'verified',
    });
    expect(cells.find((row) => row.id === 'unverified')).toMatchObject({
      quotes: 'words the source never had',
      quote_status: 'quote not found in the source',
      source_urls: '',
    });
  });

  it('quotes cells with commas, quotes and line breaks, and defuses formulas with an apostrophe', () => {
    const dataset = hostileDataset();
    const csv = exportEventsCsv(dataset, dataset.events);
    const [header, row] = csvParseRows(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(row).toEqual([
      'hostile',
      '2024-11',
      'November 2024, month only',
      "'=1+2",
      '\'-2+3 is "math", with a comma\nand a line break',
      'attack',
      "'@Actor, Inc. | +Plus",
      "'\tTabbed",
      "'\rReturn",
      '\'=HYPERLINK("http://evil.example","click")',
      'https://example.org/a',
      '',
      '',
      '',
      '',
      '',
      'verified',
    ]);
    expect(csv).toContain(`,"'-2+3 is ""math"", with a comma\nand a line break",`);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a=b', 'a=b'],
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('csvCell(%j) is %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes only the header for no events', () => {
    expect(exportEventsCsv(curatedDataset(), [])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('fileStem', () => {
  it.each([
    [
      'Biden Approves Ukraine’s Use of Long-Range U.S. Weapons',
      'biden-approves-ukraine-s-use-of-long-range-u-s-weapons',
    ],
    ['ACLED events: acled-sample.csv', 'acled-events-acled-sample-csv'],
    ['Région de Kyiv', 'r-gion-de-kyiv'],
    ['Київ', 'timeline'],
    ['', 'timeline'],
  ])('%j is saved as %j', (title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });

  it('cuts the stem to 60 characters', () => {
    expect(fileStem('word '.repeat(30))).toHaveLength(60);
    expect(fileStem(`${'a'.repeat(59)} b`)).toBe(`${'a'.repeat(59)}-`);
  });
});
