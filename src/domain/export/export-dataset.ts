import { CURRENT_VERSION, type RawActor, type RawDataset, type RawEvent, type RawSource } from '../contract';
import { formatEdtf } from '../date-format';
import { QUOTE_STATUS_TEXT, quoteStatus } from '../provenance';
import { slugify } from '../slug';
import type { Actor, Dataset, Source, TimelineEvent } from '../types';

/*
 * Exports of a dataset, or of the events a reader has filtered down to:
 * - `exportDatasetJson`: a self-contained document of the current contract (source texts inline) that the
 *   importer reads back into an equal dataset;
 * - `exportEventsCsv`: one row per event for spreadsheets (RFC 4180, with formula injection defused).
 */

const MAX_FILE_STEM_LENGTH = 60;

/**
 * The name, without extension, that exports of a dataset are saved under: its title as a slug, cut to 60
 * characters (a hyphen may end it), or "timeline" when the title gives no slug. Accented letters break the
 * slug, as they always have for export names: "Région" gives "r-gion".
 */
export function fileStem(title: string): string {
  return (
    slugify(title, Number.POSITIVE_INFINITY, { foldAccents: false }).slice(0, MAX_FILE_STEM_LENGTH) ||
    'timeline'
  );
}

function sourceJson(source: Source): RawSource {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    ...(source.url !== undefined && { url: source.url }),
    published: source.published.text,
    ...(source.publishedBasis !== undefined && { publishedBasis: source.publishedBasis }),
    text: source.text,
  };
}

function actorJson(actor: Actor): RawActor {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    ...(actor.color !== undefined && { color: actor.color }),
  };
}

function eventJson(event: TimelineEvent, exported: ReadonlySet<string>): RawEvent {
  // A relation to an event left out of the export would be a dangling reference: it is left out too.
  const related = event.related
    .filter((relation) => exported.has(relation.eventId))
    .map((relation) => ({ event: relation.eventId, relation: relation.relation }));
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date.text,
    dateBasis: event.dateBasis,
    category: event.category,
    actors: event.actors.map((actor) => ({
      actor: actor.actorId,
      ...(actor.role !== undefined && { role: actor.role }),
    })),
    ...(event.place !== undefined && { place: event.place }),
    ...(event.location !== undefined && { location: event.location }),
    ...(event.fatalities !== undefined && { fatalities: event.fatalities }),
    ...(event.displayDate !== undefined && { displayDate: event.displayDate }),
    ...(event.attribution !== undefined && { attribution: event.attribution }),
    // Quotes not found in their source go out as they came in: read back, they are again not found.
    excerpts: [...event.excerpts, ...(event.quotesNotFound ?? [])].map((excerpt) => ({
      source: excerpt.sourceId,
      exact: excerpt.exact,
      ...(excerpt.prefix !== undefined && { prefix: excerpt.prefix }),
      ...(excerpt.suffix !== undefined && { suffix: excerpt.suffix }),
    })),
    ...(related.length > 0 && { related }),
    ...(event.media !== undefined && { media: event.media }),
    ...(event.links !== undefined && { links: [...event.links] }),
  };
}

/**
 * `events` (in the given order) as a dataset of the current contract, with only the sources and actors they
 * use (in the dataset's order), source texts inline, dates as their EDTF text, and the dataset's eras.
 * Relations to events not in `events` are left out. Importing the result gives back the same records.
 */
export function exportDatasetJson(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const sourceIds = new Set(events.flatMap((event) => event.excerpts.map((excerpt) => excerpt.sourceId)));
  const actorIds = new Set(events.flatMap((event) => event.actors.map((actor) => actor.actorId)));
  const eventIds = new Set(events.map((event) => event.id));
  const document: RawDataset = {
    version: CURRENT_VERSION,
    title: dataset.title,
    description: dataset.description,
    sources: dataset.sources.filter((source) => sourceIds.has(source.id)).map(sourceJson),
    actors: dataset.actors.filter((actor) => actorIds.has(actor.id)).map(actorJson),
    events: events.map((event) => eventJson(event, eventIds)),
    ...(dataset.eras.length > 0 && {
      eras: dataset.eras.map((era) => ({ title: era.title, date: era.date.text })),
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'date_text',
  'title',
  'summary',
  'category',
  'actors',
  'place',
  'attribution',
  'quotes',
  'source_urls',
  'display_date',
  'latitude',
  'longitude',
  'location_precision',
  'fatalities',
  'quote_status',
] as const;

/** Joins several values of one cell. */
const LIST_SEPARATOR = ' | ';

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return) gets a leading apostrophe (OWASP, "CSV Injection"); a cell with a comma, quote or line break is quoted,
 * its quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function eventRow(dataset: Dataset, event: TimelineEvent): string[] {
  const sources = event.excerpts.map((excerpt) => dataset.sourceById.get(excerpt.sourceId));
  const quotes = [...event.excerpts, ...(event.quotesNotFound ?? [])];
  return [
    event.id,
    event.date.text,
    formatEdtf(event.date),
    event.title,
    event.summary,
    event.category,
    event.actors
      .map((actor) => dataset.actorById.get(actor.actorId)?.name ?? actor.actorId)
      .join(LIST_SEPARATOR),
    event.place ?? '',
    event.attribution ?? '',
    quotes.map((excerpt) => excerpt.exact).join(LIST_SEPARATOR),
    unique(sources.flatMap((source) => (source?.url !== undefined ? [source.url] : []))).join(LIST_SEPARATOR),
    event.displayDate ?? '',
    event.location ? String(event.location.lat) : '',
    event.location ? String(event.location.lon) : '',
    event.location?.precision ?? '',
    event.fatalities !== undefined ? String(event.fatalities) : '',
    QUOTE_STATUS_TEXT[quoteStatus(event)],
  ];
}

/**
 * `events` as CSV (RFC 4180: CRLF line ends, a header row, quoted cells where needed), one row per event with
 * the columns of CSV_COLUMNS. `date` is the EDTF text, `date_text` the date in words; actors (by name), quotes
 * (found or not) and source addresses are joined with " | "; `quote_status` says whether the quotes were found
 * in their source. No byte order mark: a caller writing a file for Excel adds one.
 */
export function exportEventsCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const rows = [[...CSV_COLUMNS], ...events.map((event) => eventRow(dataset, event))];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
