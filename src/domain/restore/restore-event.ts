import { FIELDS, LIMITS } from '../contract';
import { parseEdtf } from '../edtf';
import { slugify } from '../slug';
import type { Source, TimelineEvent } from '../types';
import {
  describeValue,
  ignoreUnknownFields,
  optionalList,
  optionalText,
  own,
  readText,
  textOrStandIn,
  type RawRecord,
} from './fields';
import type { IdList } from './ids';
import {
  restoreEventActors,
  restoreFatalities,
  restoreLinks,
  restoreLocation,
  restoreMedia,
  restoreRelations,
  type PendingRelation,
} from './event-parts';
import type { RecordLog } from './record-log';
import { restoreQuotes } from './restore-quotes';

/*
 * One event. Only an event without a usable title or date is dropped; everything else is mended or left out,
 * and the event kept: a summary falls back to the title, a category that is not a slug is made one, a quote
 * not found in its source is kept and the event marked as not verified.
 */

export const NO_DATE_BASIS = 'The dataset does not say how this date was derived.';
export const UNCATEGORIZED = 'uncategorized';

export interface EventLists {
  readonly sources: ReadonlyMap<string, Source>;
  readonly sourceIds: IdList;
  readonly actorIds: IdList;
  readonly eventIds: IdList;
}

function restoreCategory(raw: RawRecord, path: string, log: RecordLog): string {
  const value = own(raw, 'category');
  if (typeof value === 'string') {
    const slug = slugify(value);
    if (slug === value) return value;
    if (slug !== '') {
      log.repaired(`${path}.category`, `${describeValue(value)} is not a slug; read as "${slug}"`);
      return slug;
    }
  }
  const why = value === undefined ? 'is missing' : `${describeValue(value)} gives no category`;
  log.repaired(`${path}.category`, `${why}; read as "${UNCATEGORIZED}"`);
  return UNCATEGORIZED;
}

function restoreDate(raw: RawRecord, path: string, log: RecordLog) {
  const value = own(raw, 'date');
  if (typeof value !== 'string')
    return log.dropped(
      `${path}.date`,
      value === undefined ? 'is missing' : `must be text, not ${describeValue(value)}`,
    );
  const date = parseEdtf(value);
  return date.ok ? date.value : log.dropped(`${path}.date`, date.error);
}

/** Every field of an event but its id, title and date. */
function restoreFields(raw: RawRecord, path: string, lists: EventLists, log: RecordLog, title: string) {
  const rawExcerpts = optionalList(raw, 'excerpts', path, log, 'the event is kept without a quote') ?? [];
  if (rawExcerpts.length === 0)
    log.repaired(
      `${path}.excerpts`,
      'has no quote; the event is kept, marked as not verified against a source',
    );
  const quotes = restoreQuotes(rawExcerpts, `${path}.excerpts`, lists.sources, lists.sourceIds, log);
  const place = optionalText(raw, 'place', path, log, LIMITS.place);
  const location = restoreLocation(raw, path, log);
  const fatalities = restoreFatalities(raw, path, log);
  const displayDate = optionalText(raw, 'displayDate', path, log, LIMITS.displayDate);
  const attribution = optionalText(raw, 'attribution', path, log, LIMITS.attribution);
  const media = restoreMedia(raw, path, log);
  const links = restoreLinks(raw, path, log);
  return {
    summary: textOrStandIn(raw, 'summary', path, log, LIMITS.summary, title),
    dateBasis: textOrStandIn(raw, 'dateBasis', path, log, LIMITS.dateBasis, NO_DATE_BASIS),
    category: restoreCategory(raw, path, log),
    actors: restoreEventActors(raw, path, lists.actorIds, log),
    ...(place !== undefined && { place }),
    ...(location !== undefined && { location }),
    ...(fatalities !== undefined && { fatalities }),
    ...(displayDate !== undefined && { displayDate }),
    ...(attribution !== undefined && { attribution }),
    excerpts: quotes.excerpts,
    ...(quotes.notFound.length > 0 && { quotesNotFound: quotes.notFound }),
    related: [],
    ...(media !== undefined && { media }),
    ...(links !== undefined && { links }),
  };
}

/** The event at `path`, with its relations still to be checked against the events kept. */
export function restoreEvent(
  raw: RawRecord,
  path: string,
  lists: EventLists,
  log: RecordLog,
): { event: TimelineEvent; relations: PendingRelation[] } | undefined {
  ignoreUnknownFields(raw, FIELDS.event, path, log);
  const title = readText(raw, 'title', path, log, LIMITS.title);
  if (!title.ok) log.dropped(`${path}.title`, title.why);
  const date = restoreDate(raw, path, log);
  // Every field is read before the event is kept or dropped, so an author hears of all its problems at once.
  const fields = restoreFields(raw, path, lists, log, title.ok ? title.value : '');
  if (!title.ok || !date) return undefined;

  const id = lists.eventIds.claim(raw, title.value, path, log);
  const { summary, ...rest } = fields;
  const event: TimelineEvent = { id, title: title.value, summary, date, ...rest };
  return { event, relations: restoreRelations(raw, path, id, log) };
}
