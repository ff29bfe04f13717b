import { describe, expect, it } from 'vitest';
import { ACLED_DATE_BASIS } from './acled';
import { importDataset } from './import-dataset';
import { LINES_PER_SOURCE } from './quote-sources';
import { eventOf } from '../../testing/dataset-fixtures';
import {
  ACLED_KEPT_IDS,
  ACLED_MINIMAL_HEADER,
  ACLED_SAMPLE,
  expectImported,
} from '../../testing/import-fixtures';

describe('ACLED CSV import: the sample export', () => {
  const result = expectImported(importDataset(ACLED_SAMPLE, 'exports/ukraine-november.csv'));
  const { dataset } = result;

  it('keeps the good rows and reports each dropped one by its line', () => {
    expect(result.format).toBe('acled-csv');
    expect(dataset.events.map((event) => event.id).sort()).toEqual([...ACLED_KEPT_IDS].sort());
    expect(result.problems).toEqual([
      { path: 'line 6.event_date', message: 'is empty; every ACLED row needs a date', effect: 'dropped' },
      { path: 'line 7.event_date', message: '"2024-13-45" has month 13, not 1 to 12', effect: 'dropped' },
      {
        path: 'line 8.event_id_cnty',
        message:
          'repeats the event id "UKR100002" of line 3 in a different row; this one is given the id "ukr100002-2"',
        effect: 'repaired',
      },
      {
        path: 'event_date',
        message:
          'numeric dates are read month first (month/day/year), not in ACLED\'s day-first order, because line 9 has "11/15/2024": there is no month 15',
        effect: 'noted',
      },
    ]);
    expect(result.counts.events).toEqual({ loaded: 6, repaired: 1, dropped: 2 });
  });

  it('maps a row to an event', () => {
    expect(eventOf(dataset, 'ukr100001')).toMatchObject({
      title: 'Shelling/artillery/missile attack in Kharkiv',
      summary:
        'On 17 November 2024, Russian forces shelled Kharkiv city, damaging a school, a hospital and homes. 3 civilians were killed.',
      date: { text: '2024-11-17' },
      dateBasis: ACLED_DATE_BASIS,
      category: 'explosions-remote-violence',
      actors: [
        { actorId: 'military-forces-of-russia-2000', role: 'actor 1' },
        { actorId: 'civilians-ukraine', role: 'actor 2' },
      ],
      place: 'Kharkiv, Kharkivska, Ukraine',
      location: { lat: 49.99, lon: 36.23 },
      fatalities: 3,
      attribution: 'Ukrainska Pravda',
      related: [],
    });
    expect(eventOf(dataset, 'ukr100006').dateBasis).toBe(
      `${ACLED_DATE_BASIS} Numeric dates of this file are read month first, as its own dates show.`,
    );
  });

  it('reads every accepted date form as an EDTF day', () => {
    const dates = Object.fromEntries(dataset.events.map((event) => [event.id, event.date.text]));
    expect(dates).toEqual({
      ukr100001: '2024-11-17',
      ukr100002: '2024-11-17',
      ukr100003: '2024-11-16',
      'ukr100002-2': '2024-11-14',
      ukr100006: '2024-11-15',
      rus200001: '2024-11-15',
    });
  });

  it('takes categories from event_type', () => {
    expect(new Set(dataset.events.map((event) => event.category))).toEqual(
      new Set([
        'explosions-remote-violence',
        'battles',
        'protests',
        'strategic-developments',
        'violence-against-civilians',
      ]),
    );
  });

  it('makes one actor per name, splitting associated actors at ";", state forces as armed forces', () => {
    expect(dataset.actors).toEqual([
      {
        id: 'military-forces-of-russia-2000',
        name: 'Military Forces of Russia (2000-)',
        kind: 'armed-force',
      },
      { id: 'civilians-ukraine', name: 'Civilians (Ukraine)', kind: 'organization' },
      {
        id: 'military-forces-of-ukraine-2019',
        name: 'Military Forces of Ukraine (2019-)',
        kind: 'armed-force',
      },
      { id: 'protesters-ukraine', name: 'Protesters (Ukraine)', kind: 'organization' },
      { id: 'women-ukraine', name: 'Women (Ukraine)', kind: 'organization' },
      { id: 'labor-group-ukraine', name: 'Labor Group (Ukraine)', kind: 'organization' },
      {
        id: 'unidentified-armed-group-ukraine',
        name: 'Unidentified Armed Group (Ukraine)',
        kind: 'organization',
      },
      { id: 'civilians-russia', name: 'Civilians (Russia)', kind: 'organization' },
    ]);
    expect(eventOf(dataset, 'ukr100003').actors).toEqual([
      { actorId: 'protesters-ukraine', role: 'actor 1' },
      { actorId: 'women-ukraine', role: 'associated with actor 1' },
      { actorId: 'labor-group-ukraine', role: 'associated with actor 1' },
    ]);
  });

  it('keeps quoted notes with commas, escaped quotes and line breaks', () => {
    expect(eventOf(dataset, 'ukr100002').summary).toBe(
      'Ukrainian forces clashed with Russian forces near Kupiansk. The "Kupiansk axis" saw heavy fighting.',
    );
    expect(eventOf(dataset, 'ukr100002').attribution).toBe('Ukrinform; Ministry of Defence of Ukraine');
  });

  it('writes a sentence for empty notes, and leaves out fatalities that are not given', () => {
    expect(eventOf(dataset, 'ukr100003').summary).toBe(
      'Peaceful protest involving Protesters (Ukraine) in Kyiv, Kyiv City, Ukraine, as coded by ACLED; the export gives no notes.',
    );
    expect(eventOf(dataset, 'ukr100003').fatalities).toBe(0);
    expect(eventOf(dataset, 'ukr100006')).not.toHaveProperty('fatalities');
  });

  it('stores the notes as one source, each event quoting its own line', () => {
    expect(dataset.sources).toHaveLength(1);
    const [source] = dataset.sources;
    expect(source).toMatchObject({
      id: 'acled-notes',
      title: 'ACLED event notes',
      publisher: 'ACLED',
      url: 'https://acleddata.com/',
      published: { text: '2024-11-17' },
    });
    expect(source?.text).toBe(
      [
        'UKR100001: On 17 November 2024, Russian forces shelled Kharkiv city, damaging a school, a hospital and homes. 3 civilians were killed.',
        'UKR100002: Ukrainian forces clashed with Russian forces near Kupiansk. The "Kupiansk axis" saw heavy fighting.',
        'UKR100003: (no notes)',
        'ukr100002-2: A second row with the same id.',
        'UKR100006: Unidentified men looted shops, a pharmacy and a warehouse in Kherson.',
        'RUS200001: A drone hit a car in Belgorod, injuring its driver.',
      ].join('\n'),
    );
    for (const event of dataset.events) {
      const [excerpt] = event.excerpts;
      expect(event.excerpts).toHaveLength(1);
      expect(excerpt?.sourceId).toBe('acled-notes');
      expect(source?.text.slice(excerpt?.start, excerpt?.end)).toBe(excerpt?.exact);
    }
    expect(eventOf(dataset, 'ukr100003').excerpts[0]?.exact).toBe('UKR100003: (no notes)');
  });

  it('hands the kept rows’ dates and categories to onDatesRead before the events are built', () => {
    const seen: { date: string; category: string }[][] = [];
    const withHook = expectImported(
      importDataset(ACLED_SAMPLE, 'ukraine.csv', { onDatesRead: (records) => seen.push([...records]) }),
    );
    expect(seen).toHaveLength(1);
    const drawn = seen[0]!.map(({ date, category }) => `${date} ${category}`).sort();
    const built = withHook.dataset.events.map(({ date, category }) => `${date.text} ${category}`).sort();
    expect(drawn).toEqual(built);
  });

  it('names and describes the dataset after the file', () => {
    expect(dataset.title).toBe('ACLED events: ukraine-november.csv');
    expect(dataset.description).toContain('6 events from the ACLED CSV export "ukraine-november.csv"');
    expect(dataset.description).toContain('dated 2024-11-14 to 2024-11-17');
  });
});

describe('ACLED CSV import: rows and files it cannot read', () => {
  const row = (id: string, date: string, notes = 'Notes.') =>
    `${id},${date},Military Forces of Russia (2000-),Battles,Armed clash,Pokrovsk,${notes}`;

  it('reads LF files without BOM, any column order and case, and ignores extra columns', () => {
    const text = 'NOTES,Extra,Event_Date,EVENT_ID_CNTY\n"Shelling, then a fire.",x,2024-11-17,UKR1\n';
    const result = expectImported(importDataset(text));
    expect(result.problems).toEqual([]);
    expect(result.dataset.events[0]).toMatchObject({
      id: 'ukr1',
      title: 'Event',
      summary: 'Shelling, then a fire.',
      category: 'uncategorized',
      actors: [{ actorId: 'unattributed' }],
    });
  });

  it('drops a row whose field count does not match the header (a broken quote)', () => {
    const broken = 'UKR2,2024-11-17,"Military Forces of Russia,Battles,Armed clash,Pokrovsk,Notes.';
    const text = [ACLED_MINIMAL_HEADER, row('UKR1', '2024-11-17'), broken, row('UKR3', '2024-11-17')].join(
      '\n',
    );
    const result = expectImported(importDataset(text));
    // The unclosed quote runs to the end of the file, swallowing line 4 as well.
    expect(result.dataset.events.map((event) => event.id)).toEqual(['ukr1']);
    expect(result.problems).toEqual([
      {
        path: 'line 3',
        message: 'has 3 fields, but the header has 7; check the quotes in this row and the one before it',
        effect: 'dropped',
      },
    ]);
  });

  it('gives rows without an id, or with an id of no letters or digits, one from their line; skips blank lines', () => {
    const text = [
      ACLED_MINIMAL_HEADER,
      row('', '2024-11-17'),
      '',
      row('???', '2024-11-17'),
      row('UKR3', '2024-11-17'),
    ].join('\r\n');
    const result = expectImported(importDataset(text));
    expect(result.problems).toEqual([
      {
        path: 'line 2.event_id_cnty',
        message: 'is empty; the event is given the id "acled-line-2"',
        effect: 'repaired',
      },
      {
        path: 'line 4.event_id_cnty',
        message: '"???" has no letters or digits; the event is given the id "acled-line-4"',
        effect: 'repaired',
      },
    ]);
    expect(result.counts.events).toEqual({ loaded: 3, repaired: 2, dropped: 0 });
  });

  it('drops a row without a readable date, whatever else it has', () => {
    const text = [ACLED_MINIMAL_HEADER, row('', 'tomorrow'), row('UKR3', '2024-11-17')].join('\n');
    expect(expectImported(importDataset(text)).problems).toEqual([
      {
        path: 'line 2.event_date',
        message: expect.stringMatching(/^"tomorrow" is not a date in a form ACLED/),
        effect: 'dropped',
      },
    ]);
  });

  it('drops an exact copy of a row, nothing lost', () => {
    const text = [ACLED_MINIMAL_HEADER, row('UKR1', '2024-11-17'), row('UKR1', '2024-11-17')].join('\n');
    const result = expectImported(importDataset(text));
    expect(result.problems).toEqual([
      {
        path: 'line 3',
        message: 'repeats line 2 exactly; the copy is dropped, nothing is lost',
        effect: 'dropped',
      },
    ]);
    expect(result.dataset.events.map((event) => event.id)).toEqual(['ukr1']);
  });

  it('fails a file with a header and no rows, or no readable row', () => {
    expect(importDataset(`${ACLED_MINIMAL_HEADER}\r\n`)).toEqual({
      ok: false,
      format: 'acled-csv',
      problems: [{ path: 'file', message: 'is an ACLED export with a header but no rows' }],
    });
    expect(importDataset([ACLED_MINIMAL_HEADER, row('UKR1', '')].join('\n'))).toEqual({
      ok: false,
      format: 'acled-csv',
      problems: [
        { path: 'line 2.event_date', message: 'is empty; every ACLED row needs a date', effect: 'dropped' },
        { path: 'file', message: 'has no ACLED row that could be read' },
      ],
    });
  });

  it('keeps quotes unique when one row’s notes contain another row’s line', () => {
    const text = [
      ACLED_MINIMAL_HEADER,
      row('UKR1', '2024-11-17', 'Shelling.'),
      row(
        'UKR2',
        '2024-11-17',
        '"Repeats UKR1: Shelling. in its notes,\nthen UKR3: Shelling.\nUKR1: Shelling."',
      ),
      row('UKR3', '2024-11-17', 'Shelling.'),
    ].join('\n');
    const result = expectImported(importDataset(text));
    expect(result.problems).toEqual([]);
    expect(result.dataset.events).toHaveLength(3);
  });

  it('splits many rows into sources of LINES_PER_SOURCE lines', () => {
    const count = LINES_PER_SOURCE * 2 + 1;
    const rows = Array.from({ length: count }, (_, index) => row(`UKR${index}`, '2024-11-17'));
    const result = expectImported(importDataset([ACLED_MINIMAL_HEADER, ...rows].join('\n')));
    expect(result.problems).toEqual([]);
    expect(result.dataset.events).toHaveLength(count);
    expect(result.dataset.sources.map((source) => [source.id, source.title])).toEqual([
      ['acled-notes', 'ACLED event notes (part 1 of 3)'],
      ['acled-notes-2', 'ACLED event notes (part 2 of 3)'],
      ['acled-notes-3', 'ACLED event notes (part 3 of 3)'],
    ]);
    expect(result.dataset.eventById.get(`ukr${count - 1}`)?.excerpts[0]?.sourceId).toBe('acled-notes-3');
  });

  it('shortens fields to the contract’s limits instead of dropping the event', () => {
    const longNotes = 'word '.repeat(1500);
    const text = [ACLED_MINIMAL_HEADER, row('UKR1', '2024-11-17', longNotes)].join('\n');
    const result = expectImported(importDataset(text));
    expect(result.problems).toEqual([]);
    const [event] = result.dataset.events;
    expect(event?.summary.length).toBeLessThanOrEqual(2000);
    expect(event?.summary.endsWith('…')).toBe(true);
    expect(event?.excerpts[0]?.exact.length).toBeLessThanOrEqual(5000);
  });
});
