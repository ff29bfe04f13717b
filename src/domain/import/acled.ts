import { CURRENT_VERSION, type RawEvent } from '../contract';
import { edtfText } from '../edtf';
import { collapseWhitespace, truncate } from '../plain-text';
import { slugify } from '../slug';
import type { Problem } from '../types';
import {
  columnReader,
  detectSeparator,
  missingAcledColumns,
  parseRows,
  type AcledColumn,
} from './acled-columns';
import {
  acledEdtf,
  isNumericDate,
  numericOrder,
  parseAcledDate,
  type DateNote,
  type DateOrder,
  type TimePrecision,
} from './acled-date';
import {
  ActorRegistry,
  attribution,
  eventActors,
  fatalities,
  location,
  place,
  summary,
  title,
  type Field,
} from './acled-row';
import type { Conversion, ConversionFailure } from './conversion';
import { buildQuoteSources } from './quote-sources';

/*
 * ACLED CSV export -> raw dataset. One row is one event; see data/README.md, "Importing other formats", for the
 * mapping. A row is dropped only when it has no readable date or cannot be split into its columns; a row
 * without an id gets one from its line, a repeated id is renamed (an identical repeated row is dropped: nothing
 * is lost). Problems name the row by its line in the file.
 */

export { missingAcledColumns, normaliseHeader } from './acled-columns';

export const ACLED_SOURCE_ID = 'acled-notes';
export const ACLED_DATE_BASIS = 'ACLED event_date (day precision as coded by ACLED)';
const PRECISION_BASIS: Readonly<Record<TimePrecision, string>> = {
  1: ACLED_DATE_BASIS,
  2: 'ACLED event_date with time_precision 2: the source gives only the week, so the event is drawn as approximate over the week around the coded date.',
  3: 'ACLED event_date with time_precision 3: the source gives only the month, so the event is drawn as approximate over the month around the coded date.',
};
const MONTH_FIRST_BASIS = ' Numeric dates of this file are read month first, as its own dates show.';

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

function firstLine(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** A row that can be split into the header's columns, with the line it starts on. */
interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

interface KeptRow {
  readonly line: number;
  /** The row's id in the file (`UKR12345`), or the id made for it: the key of its line in the notes. */
  readonly key: string;
  readonly id: string;
  readonly day: string;
  readonly date: string;
  readonly precision: TimePrecision;
  /** Read month first: the date is numeric and the file's numeric dates are month first. */
  readonly monthFirst: boolean;
  readonly field: Field;
  readonly repaired: boolean;
}

/** Rows that split into the header's columns; the others are reported and counted. Blank lines are skipped. */
function splitRows(
  rows: readonly string[][],
  headerLength: number,
  firstLineNumber: number,
  problems: Problem[],
) {
  const kept: Row[] = [];
  let dropped = 0;
  let nextLine = firstLineNumber;
  for (let index = 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    const line = nextLine;
    nextLine += 1 + lineBreaks(cells);
    if (cells.every((value) => value.trim() === '')) continue;
    // A spreadsheet may leave empty cells past the last column; they hold nothing to lose.
    const fits =
      cells.length === headerLength ||
      (cells.length > headerLength && cells.slice(headerLength).every((cell) => cell.trim() === ''));
    if (fits) {
      kept.push({ line, cells });
      continue;
    }
    problems.push({
      path: `line ${line}`,
      message: `has ${cells.length} fields, but the header has ${headerLength}; check the quotes in this row and the one before it`,
      effect: 'dropped',
    });
    dropped += 1;
  }
  return { rows: kept, dropped };
}

function timePrecision(
  field: Field,
  at: string,
  problems: Problem[],
): { precision: TimePrecision; repaired: boolean } {
  const text = field('time_precision');
  if (text === '' || text === '1') return { precision: 1, repaired: false };
  if (text === '2' || text === '3') return { precision: Number(text) as TimePrecision, repaired: false };
  problems.push({
    path: `${at}.time_precision`,
    message: `"${truncate(text, 20)}" is not 1, 2 or 3; the date is read as the day ACLED coded`,
    effect: 'repaired',
  });
  return { precision: 1, repaired: true };
}

/** Each row as an event's parts, or dropped; notes on how dates were read are collected in `notes`. */
function readRows(
  rows: readonly Row[],
  read: (row: readonly string[], column: AcledColumn) => string,
  order: DateOrder,
  problems: Problem[],
  notes: Map<DateNote, string>,
): { kept: KeptRow[]; dropped: number } {
  const kept: KeptRow[] = [];
  const firstOfId = new Map<string, Row>();
  const used = new Set<string>();
  let dropped = 0;
  for (const row of rows) {
    const at = `line ${row.line}`;
    const field: Field = (column) => read(row.cells, column);
    const dateText = field('event_date');
    const date = dateText === '' ? undefined : parseAcledDate(dateText, order.order, field('year'));
    if (!date?.ok) {
      problems.push({
        path: `${at}.event_date`,
        message: date ? date.error : 'is empty; every ACLED row needs a date',
        effect: 'dropped',
      });
      dropped += 1;
      continue;
    }
    if (date.note && !notes.has(date.note)) notes.set(date.note, `${at}: "${dateText}"`);
    const eventId = field('event_id_cnty');
    let id = slugify(eventId);
    let repaired = false;
    if (id === '') {
      id = `acled-line-${row.line}`;
      const why = eventId === '' ? 'is empty' : `"${truncate(eventId, 40)}" has no letters or digits`;
      problems.push({
        path: `${at}.event_id_cnty`,
        message: `${why}; the event is given the id "${id}"`,
        effect: 'repaired',
      });
      repaired = true;
    }
    const first = firstOfId.get(id);
    if (first && first.cells.join('\u0000') === row.cells.join('\u0000')) {
      problems.push({
        path: `${at}`,
        message: `repeats line ${first.line} exactly; the copy is dropped, nothing is lost`,
        effect: 'dropped',
      });
      dropped += 1;
      continue;
    }
    if (first) {
      let counter = 2;
      while (used.has(`${id}-${counter}`)) counter += 1;
      const renamed = `${id}-${counter}`;
      problems.push({
        path: `${at}.event_id_cnty`,
        message: `repeats the event id "${truncate(eventId, 40)}" of line ${first.line} in a different row; this one is given the id "${renamed}"`,
        effect: 'repaired',
      });
      id = renamed;
      repaired = true;
    } else firstOfId.set(id, row);
    used.add(id);
    const precision = timePrecision(field, at, problems);
    const day = edtfText(date.day.year, date.day.month, date.day.day);
    kept.push({
      line: row.line,
      key: eventId !== '' && !repaired ? eventId : id,
      id,
      day,
      date: acledEdtf(date.day, precision.precision),
      precision: precision.precision,
      monthFirst: order.order === 'month-first' && isNumericDate(dateText),
      field,
      repaired: repaired || precision.repaired,
    });
  }
  return { kept, dropped };
}

/** What the report says about how this file's dates were read. */
function dateNotes(order: DateOrder, hasNumeric: boolean, notes: ReadonlyMap<DateNote, string>): Problem[] {
  const said: Problem[] = [];
  const note = (message: string) => said.push({ path: 'event_date', message, effect: 'noted' });
  if (order.proof) {
    const [, , second] = /^(\d+)\D(\d+)/.exec(order.proof.text) ?? [];
    note(
      `numeric dates are read month first (month/day/year), not in ACLED's day-first order, because line ${order.proof.line} has "${order.proof.text}": there is no month ${second}`,
    );
  } else if (hasNumeric) {
    note(
      'numeric dates such as "02/01/1997" are read day first (2 January 1997), ACLED\'s order; nothing in the file says otherwise',
    );
  }
  const guessed = notes.get('century-guessed');
  if (guessed)
    note(`two-digit years without a matching "year" are read as 1990 to 2089 (first at ${guessed})`);
  const serial = notes.get('serial');
  if (serial)
    note(
      `numbers are read as a spreadsheet's date serial numbers, days since 30 December 1899 (first at ${serial})`,
    );
  return said;
}

/** Where an event can be drawn before it is built: its EDTF date and its category. */
export interface DrawableRecord {
  readonly date: string;
  readonly category: string;
}

/** An event_type as a category slug; each distinct type is made a slug once. */
function categoryNamer(): (eventType: string) => string {
  const categories = new Map<string, string>();
  return (eventType) => {
    let category = categories.get(eventType);
    if (category === undefined) {
      category = slugify(eventType) || 'uncategorized';
      categories.set(eventType, category);
    }
    return category;
  };
}

/**
 * Converts the text of an ACLED CSV export (BOM already removed) into a raw dataset. `onDatesRead` is handed
 * every kept row's date and category as soon as they are read, before the events are built, so that a large
 * file can be drawn meanwhile.
 */
export function convertAcledCsv(
  text: string,
  fileName?: string,
  onDatesRead?: (records: readonly DrawableRecord[]) => void,
): Conversion | ConversionFailure {
  const headerLine = firstLine(text);
  const separator = detectSeparator(headerLine) ?? ',';
  const rows = parseRows(text, separator);
  const header = rows[0] ?? [];
  const missing = missingAcledColumns(header);
  if (missing.length > 0) {
    return {
      problems: [
        { path: 'file', message: `is a CSV file without the ACLED column(s) ${missing.join(', ')}` },
      ],
    };
  }
  const problems: Problem[] = [];
  const split = splitRows(rows, header.length, 2 + lineBreaks(header), problems);
  const read = columnReader(header);
  const dates = split.rows.map((row) => ({ line: row.line, text: read(row.cells, 'event_date') }));
  const order = numericOrder(dates);
  const notes = new Map<DateNote, string>();
  const { kept, dropped } = readRows(split.rows, read, order, problems, notes);
  const categoryOf = categoryNamer();
  onDatesRead?.(kept.map((row) => ({ date: row.date, category: categoryOf(row.field('event_type')) })));
  const hasNumeric = dates.some(({ text: date }) => isNumericDate(date));
  problems.push(...dateNotes(order, hasNumeric, notes));
  if (kept.length === 0) {
    const message =
      dropped + split.dropped === 0
        ? 'is an ACLED export with a header but no rows'
        : 'has no ACLED row that could be read';
    return { problems: [...problems, { path: 'file', message }] };
  }
  return {
    ...assemble(kept, categoryOf, fileName),
    problems,
    dropped: { events: dropped + split.dropped },
  };
}

/** The raw dataset of the kept rows. */
function assemble(
  kept: readonly KeptRow[],
  categoryOf: (eventType: string) => string,
  fileName: string | undefined,
): Pick<Conversion, 'raw' | 'repaired' | 'eventOrigins'> {
  const registry = new ActorRegistry();
  const days = kept.map((row) => row.day).sort();
  const first = days[0] ?? '';
  const latest = days.at(-1) ?? '';
  const { sources, quotes } = buildQuoteSources(
    kept.map((row) => ({ key: row.key, text: row.field('notes') || '(no notes)' })),
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
    const where = place(row.field);
    const at = location(row.field);
    const killed = fatalities(row.field);
    const source = attribution(row.field);
    const quote = quotes[index];
    return {
      id: row.id,
      title: title(row.field),
      summary: summary(row.field, where),
      date: row.date,
      dateBasis: `${PRECISION_BASIS[row.precision]}${row.monthFirst ? MONTH_FIRST_BASIS : ''}`,
      category: categoryOf(row.field('event_type')),
      actors: eventActors(row.field, registry),
      ...(where !== undefined && { place: where }),
      ...(at !== undefined && { location: at }),
      ...(killed !== undefined && { fatalities: killed }),
      ...(source !== undefined && { attribution: source }),
      excerpts: quote ? [quote] : [],
    };
  });
  const name = baseName(fileName);
  return {
    raw: {
      version: CURRENT_VERSION,
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
    repaired: new Set(kept.flatMap((row, index) => (row.repaired ? [index] : []))),
    eventOrigins: kept.map((row) => `line ${row.line}`),
  };
}
