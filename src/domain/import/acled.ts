import { csvParseRows } from 'd3-dsv';
import type { RawActor, RawEvent } from '../dataset-schema';
import { slugify } from '../slug';
import type { Problem } from '../types';
import { parseAcledDate } from './acled-date';
import { UNATTRIBUTED_ACTOR, type Conversion, type ConversionFailure } from './conversion';
import { buildQuoteSources } from './quote-sources';
import { collapseWhitespace, slugOrHash, truncate } from './text';

/*
 * ACLED CSV export -> raw dataset of contract v1. One row is one event; see data/README.md, "Importing other
 * formats", for the mapping. Rows that cannot be converted are reported by their line in the file and dropped.
 */

export const ACLED_REQUIRED_COLUMNS = ['event_id_cnty', 'event_date'] as const;
/** The columns the importer reads; any others are ignored. */
export const ACLED_COLUMNS = [
  ...ACLED_REQUIRED_COLUMNS,
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'event_type',
  'sub_event_type',
  'location',
  'admin1',
  'country',
  'notes',
  'source',
  'fatalities',
] as const;
type AcledColumn = (typeof ACLED_COLUMNS)[number];

export const ACLED_DATE_BASIS = 'ACLED event_date (day precision as coded by ACLED)';
export const ACLED_SOURCE_ID = 'acled-notes';

/** ACLED names state forces "Military Forces of Russia (2000-)", "Police Forces of Ukraine (2019-)". */
const STATE_FORCE = /^(?:military|police) forces of /i;

const ACTOR_FIELDS = [
  ['actor1', 'actor 1'],
  ['assoc_actor_1', 'associated with actor 1'],
  ['actor2', 'actor 2'],
  ['assoc_actor_2', 'associated with actor 2'],
] as const;

/** Header names as the importer compares them: trimmed, lower case. */
export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase();
}

/** The required ACLED columns a header row lacks. */
export function missingAcledColumns(header: readonly string[]): string[] {
  const names = new Set(header.map(normaliseHeader));
  return ACLED_REQUIRED_COLUMNS.filter((column) => !names.has(column));
}

function lineBreaks(row: readonly string[]): number {
  let count = 0;
  for (const field of row) {
    if (field.includes('\n') || field.includes('\r')) count += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}

function baseName(fileName: string | undefined): string {
  return collapseWhitespace(fileName?.split(/[\\/]/).pop() ?? '');
}

interface KeptRow {
  readonly line: number;
  readonly eventId: string;
  readonly id: string;
  readonly date: string;
  readonly field: (column: AcledColumn) => string;
}

class ActorRegistry {
  readonly actors = new Map<string, RawActor>();

  /** The id of the actor called `name`, added on first sight. */
  add(name: string): string {
    const display = truncate(collapseWhitespace(name), 200);
    const id = slugOrHash(display, 'actor');
    if (!this.actors.has(id)) {
      this.actors.set(id, {
        id,
        name: display,
        kind: STATE_FORCE.test(display) ? 'armed-force' : 'organization',
      });
    }
    return id;
  }
}

function eventActors(row: KeptRow, registry: ActorRegistry): RawEvent['actors'] {
  const seen = new Set<string>();
  const actors: { actor: string; role: string }[] = [];
  for (const [column, role] of ACTOR_FIELDS) {
    // Associated actors may list several names: "Civilians (Ukraine); Health Workers (Ukraine)".
    const names = column.startsWith('assoc') ? row.field(column).split(';') : [row.field(column)];
    for (const name of names) {
      if (collapseWhitespace(name) === '') continue;
      const actor = registry.add(name);
      if (!seen.has(actor)) actors.push({ actor, role });
      seen.add(actor);
    }
  }
  if (actors.length === 0) {
    registry.actors.set(UNATTRIBUTED_ACTOR.id, UNATTRIBUTED_ACTOR);
    return [{ actor: UNATTRIBUTED_ACTOR.id }];
  }
  return actors.slice(0, 50);
}

function place(row: KeptRow): string | undefined {
  const parts = (['location', 'admin1', 'country'] as const)
    .map((column) => collapseWhitespace(row.field(column)))
    .filter((part) => part !== '');
  return parts.length > 0 ? truncate(parts.join(', '), 200) : undefined;
}

function summary(row: KeptRow, where: string | undefined): string {
  const fatalities = row.field('fatalities');
  const tail = /^\d+$/.test(fatalities) ? ` Reported fatalities: ${Number(fatalities)}.` : '';
  const notes = collapseWhitespace(row.field('notes'));
  const kind = collapseWhitespace(row.field('sub_event_type') || row.field('event_type')) || 'Event';
  const actors = [row.field('actor1'), row.field('actor2')].map(collapseWhitespace).filter(Boolean);
  const generated =
    `${kind}${actors.length > 0 ? ` involving ${actors.join(' and ')}` : ''}` +
    `${where ? ` in ${where}` : ''}, as coded by ACLED; the export gives no notes.`;
  return `${truncate(notes || generated, 2000 - tail.length)}${tail}`;
}

function title(row: KeptRow): string {
  const kind = collapseWhitespace(row.field('sub_event_type') || row.field('event_type')) || 'Event';
  const location = collapseWhitespace(row.field('location'));
  return truncate(location ? `${kind} in ${location}` : kind, 200);
}

/** Reads the rows, reporting (and skipping) those that cannot become events. */
function readRows(
  rows: readonly string[][],
  columnIndex: ReadonlyMap<string, number>,
  headerLength: number,
  firstLine: number,
  problems: Problem[],
): { kept: KeptRow[]; dropped: number } {
  const kept: KeptRow[] = [];
  const firstLineOfId = new Map<string, number>();
  let dropped = 0;
  let nextLine = firstLine;
  for (let index = 1; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    const line = nextLine;
    nextLine += 1 + lineBreaks(row);
    if (row.every((value) => value.trim() === '')) continue;
    const at = `line ${line}`;
    if (row.length !== headerLength) {
      problems.push({
        path: at,
        message: `has ${row.length} fields, but the header has ${headerLength}; check the quotes in this row and the one before it`,
      });
      dropped += 1;
      continue;
    }
    const field = (column: AcledColumn): string => {
      const position = columnIndex.get(column);
      return position === undefined ? '' : (row[position] ?? '').trim();
    };
    const rowProblems: Problem[] = [];
    const eventId = field('event_id_cnty');
    const id = slugify(eventId);
    if (eventId === '') {
      rowProblems.push({
        path: `${at}.event_id_cnty`,
        message: 'is empty; every ACLED row needs its event id',
      });
    } else if (id === '') {
      rowProblems.push({
        path: `${at}.event_id_cnty`,
        message: `"${truncate(eventId, 40)}" has no letters or digits to make an event id from`,
      });
    } else if (firstLineOfId.has(id)) {
      rowProblems.push({
        path: `${at}.event_id_cnty`,
        message: `duplicates the event id "${truncate(eventId, 40)}" of line ${firstLineOfId.get(id)}; ACLED event ids are unique, so this row is dropped`,
      });
    }
    const dateText = field('event_date');
    const date = dateText === '' ? undefined : parseAcledDate(dateText);
    if (date === undefined) {
      rowProblems.push({ path: `${at}.event_date`, message: 'is empty; every ACLED row needs a date' });
    } else if (!date.ok) {
      rowProblems.push({ path: `${at}.event_date`, message: date.error });
    }
    if (rowProblems.length > 0 || date === undefined || !date.ok) {
      problems.push(...rowProblems);
      dropped += 1;
      continue;
    }
    firstLineOfId.set(id, line);
    kept.push({ line, eventId, id, date: date.edtf, field });
  }
  return { kept, dropped };
}

/** Converts the text of an ACLED CSV export (BOM already removed) into a raw dataset. */
export function convertAcledCsv(text: string, fileName?: string): Conversion | ConversionFailure {
  const rows = csvParseRows(text);
  const header = rows[0] ?? [];
  const missing = missingAcledColumns(header);
  if (missing.length > 0) {
    return {
      problems: [
        { path: 'file', message: `is a CSV file without the ACLED column(s) ${missing.join(', ')}` },
      ],
    };
  }
  const columnIndex = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normaliseHeader(name);
    if (!columnIndex.has(key)) columnIndex.set(key, index);
  });
  const problems: Problem[] = [];
  const { kept, dropped } = readRows(rows, columnIndex, header.length, 2 + lineBreaks(header), problems);
  if (kept.length === 0) {
    const message =
      dropped === 0 ? 'is an ACLED export with a header but no rows' : 'has no ACLED row that could be read';
    return { problems: [...problems, { path: 'file', message }] };
  }

  const registry = new ActorRegistry();
  const categories = new Map<string, string>();
  const categoryOf = (eventType: string): string => {
    let category = categories.get(eventType);
    if (category === undefined) {
      category = slugify(eventType) || 'uncategorized';
      categories.set(eventType, category);
    }
    return category;
  };
  const dates = kept.map((row) => row.date).sort();
  const first = dates[0] ?? '';
  const latest = dates.at(-1) ?? '';
  const { sources, quotes } = buildQuoteSources(
    kept.map((row) => ({ key: row.eventId, text: row.field('notes') || '(no notes)' })),
    {
      id: ACLED_SOURCE_ID,
      title: 'ACLED event notes',
      publisher: 'ACLED',
      url: 'https://acleddata.com/',
      published: latest,
      publishedBasis:
        'ACLED exports carry no publication date; this is the latest event date in the export, so the notes are no older than that.',
    },
  );
  const events = kept.map((row, index): RawEvent => {
    const where = place(row);
    const attribution = truncate(collapseWhitespace(row.field('source')), 500);
    const quote = quotes[index];
    return {
      id: row.id,
      title: title(row),
      summary: summary(row, where),
      date: row.date,
      dateBasis: ACLED_DATE_BASIS,
      category: categoryOf(row.field('event_type')),
      actors: eventActors(row, registry),
      ...(where !== undefined && { place: where }),
      ...(attribution !== '' && { attribution }),
      excerpts: quote ? [quote] : [],
    };
  });
  const name = baseName(fileName);
  return {
    raw: {
      version: 1,
      title: truncate(name ? `ACLED events: ${name}` : 'ACLED events', 200),
      description: truncate(
        `${kept.length} events from the ACLED CSV export${name ? ` "${name}"` : ''}, dated ${first} to ${latest}. ` +
          'Summaries are ACLED’s notes; each event quotes its line of the notes, kept as the source "ACLED event notes".',
        5000,
      ),
      sources,
      actors: [...registry.actors.values()],
      events,
    },
    problems,
    droppedRecords: dropped,
    eventOrigins: kept.map((row) => `line ${row.line}`),
  };
}
