import type { RawActor, RawEvent } from '../dataset-schema';
import { edtfText, parseEdtf } from '../edtf';
import { isHttpUrl, MAX_URL_LENGTH } from '../http-url';
import { isPlainObject } from '../plain-object';
import { MAX_ID_LENGTH, slugify } from '../slug';
import type { Problem } from '../types';
import { UNATTRIBUTED_ACTOR, type Conversion, type ConversionFailure } from './conversion';
import { buildQuoteSources } from './quote-sources';
import { claimUniqueSlug, collapseWhitespace, htmlToText, slugOrHash, truncate } from './text';

/*
 * TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html) -> raw dataset of contract v1. Headlines
 * and texts are HTML in TimelineJS; they become plain text here. Events that cannot be converted are reported as
 * `events[3].start_date: ...` (their index in the TimelineJS file) and dropped. See data/README.md, "Importing
 * other formats", for the mapping.
 */

export const TIMELINEJS_SOURCE_ID = 'timelinejs';
export const TIMELINEJS_DATE_BASIS =
  'The start_date (and end_date) of the TimelineJS file, at the precision given there.';
const FALLBACK_URL = 'https://timeline.knightlab.com/';

type JsonObject = Record<string, unknown>;

/** An own property only: `event.constructor` must not find Object's. */
function own(record: JsonObject, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function ownObject(record: JsonObject, key: string): JsonObject | undefined {
  const value = own(record, key);
  return isPlainObject(value) ? value : undefined;
}

function plain(value: unknown): string {
  return typeof value === 'string' ? htmlToText(value) : '';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${truncate(value, 20)}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

/** A TimelineJS date part: a whole number, or a string of digits; `undefined` where absent or empty. */
function datePart(
  date: JsonObject,
  key: 'year' | 'month' | 'day',
  path: string,
  problems: Problem[],
): number | undefined {
  const value = own(date, key);
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  if (!Number.isInteger(number)) {
    problems.push({ path: `${path}.${key}`, message: `${describe(value)} is not a whole number` });
    return NaN;
  }
  return number;
}

interface DateEnd {
  readonly text: string;
  readonly latest: number;
}

/** The EDTF text of a TimelineJS date at the precision it gives (year, month or day), or undefined. */
function timelineDate(date: JsonObject, path: string, problems: Problem[]): DateEnd | undefined {
  const before = problems.length;
  const year = datePart(date, 'year', path, problems);
  const month = datePart(date, 'month', path, problems);
  const day = datePart(date, 'day', path, problems);
  if (problems.length > before) return undefined;
  if (year === undefined) {
    problems.push({ path: `${path}.year`, message: 'is missing' });
    return undefined;
  }
  if (year < 0 || year > 9999) {
    problems.push({
      path: `${path}.year`,
      message: `${year} is outside the years 0 to 9999 that this app shows`,
    });
    return undefined;
  }
  if (day !== undefined && month === undefined) {
    problems.push({ path: `${path}.day`, message: 'is given without a month' });
    return undefined;
  }
  const text = edtfText(year, month, day);
  const parsed = parseEdtf(text);
  if (!parsed.ok || parsed.value.kind !== 'point') {
    problems.push({ path, message: parsed.ok ? `"${text}" is not a date` : parsed.error });
    return undefined;
  }
  return { text, latest: parsed.value.point.latest };
}

interface KeptEvent {
  readonly index: number;
  readonly uniqueId: string;
  readonly headline: string;
  readonly text: string;
  readonly group: string;
  readonly date: string;
  readonly ends: readonly DateEnd[];
  readonly mediaUrl: string | undefined;
}

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const address = value.trim();
  return isHttpUrl(address) ? address : undefined;
}

function readEvent(raw: unknown, index: number, problems: Problem[]): KeptEvent | undefined {
  const path = `events[${index}]`;
  if (!isPlainObject(raw)) {
    problems.push({ path, message: `must be an object, not ${describe(raw)}` });
    return undefined;
  }
  const start = ownObject(raw, 'start_date');
  if (!start) {
    const value = own(raw, 'start_date');
    problems.push({
      path: `${path}.start_date`,
      message:
        value === undefined
          ? 'is missing; every TimelineJS event needs a start date'
          : `must be an object like { "year": 2024, "month": 11, "day": 17 }, not ${describe(value)}`,
    });
    return undefined;
  }
  const startEnd = timelineDate(start, `${path}.start_date`, problems);
  if (!startEnd) return undefined;
  const ends = [startEnd];
  let date = startEnd.text;
  const end = ownObject(raw, 'end_date');
  // TimelineJS writes an empty end_date for events without one; only an end_date with a year counts.
  if (end && datePart(end, 'year', `${path}.end_date`, []) !== undefined) {
    const endEnd = timelineDate(end, `${path}.end_date`, problems);
    if (!endEnd) return undefined;
    if (endEnd.text !== startEnd.text) {
      const interval = `${startEnd.text}/${endEnd.text}`;
      const parsed = parseEdtf(interval);
      if (!parsed.ok) {
        problems.push({ path: `${path}.end_date`, message: parsed.error });
        return undefined;
      }
      date = interval;
      ends.push(endEnd);
    }
  }
  const text = ownObject(raw, 'text');
  const media = ownObject(raw, 'media');
  const uniqueId = own(raw, 'unique_id');
  return {
    index,
    uniqueId: typeof uniqueId === 'string' || typeof uniqueId === 'number' ? String(uniqueId) : '',
    headline: text ? plain(own(text, 'headline')) : '',
    text: text ? plain(own(text, 'text')) : '',
    group: plain(own(raw, 'group')),
    date,
    ends,
    mediaUrl: media ? httpUrl(own(media, 'url')) : undefined,
  };
}

/** Ids from unique_id first (they are the file's own), then from headline and year; clashes get -2, -3. */
function assignIds(events: readonly KeptEvent[]): string[] {
  const used = new Set<string>();
  const ids = events.map((event) => {
    const slug = slugify(event.uniqueId);
    return slug === '' ? undefined : claimUniqueSlug(slug, used);
  });
  return events.map((event, index) => {
    const fromUniqueId = ids[index];
    if (fromUniqueId !== undefined) return fromUniqueId;
    const year = `-${event.date.slice(0, 4)}`;
    const headline = slugify(event.headline, MAX_ID_LENGTH - year.length) || 'event';
    return claimUniqueSlug(`${headline}${year}`, used);
  });
}

function latestEnd(events: readonly KeptEvent[]): string {
  let latest: DateEnd | undefined;
  for (const event of events) {
    for (const end of event.ends) if (!latest || end.latest > latest.latest) latest = end;
  }
  return latest?.text ?? '';
}

/** Converts a parsed TimelineJS document (an object with an `events` list) into a raw dataset. */
export function convertTimelineJs(json: JsonObject, fileName?: string): Conversion | ConversionFailure {
  const rawEvents = own(json, 'events');
  const list: readonly unknown[] = Array.isArray(rawEvents) ? rawEvents : [];
  const problems: Problem[] = [];
  const kept = list.flatMap((raw, index) => readEvent(raw, index, problems) ?? []);
  if (kept.length === 0) {
    return {
      problems: [...problems, { path: 'file', message: 'has no TimelineJS event that could be read' }],
    };
  }

  const titleText = ownObject(ownObject(json, 'title') ?? {}, 'text') ?? {};
  const name = collapseWhitespace(fileName?.split(/[\\/]/).pop() ?? '');
  const fileTitle = truncate(plain(own(titleText, 'headline')) || name || 'TimelineJS file', 200);
  const ids = assignIds(kept);
  const actors = new Map<string, RawActor>();
  const { sources, quotes } = buildQuoteSources(
    kept.map((event, index) => ({
      key: ids[index] ?? '',
      text: [event.headline, event.text].filter(Boolean).join(' — ') || '(no text)',
    })),
    {
      id: TIMELINEJS_SOURCE_ID,
      title: fileTitle,
      publisher: 'TimelineJS file',
      url: kept.find((event) => event.mediaUrl !== undefined)?.mediaUrl ?? FALLBACK_URL,
      published: `${latestEnd(kept)}/..`,
      publishedBasis:
        'TimelineJS files carry no publication date; the file was written no earlier than the latest date in it.',
    },
  );
  const events = kept.map((event, index): RawEvent => {
    let actor = UNATTRIBUTED_ACTOR;
    if (event.group !== '') {
      const groupName = truncate(event.group, 200);
      actor = { id: slugOrHash(groupName, 'group'), name: groupName, kind: 'organization' };
    }
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
    const title = truncate(event.headline || event.text || 'Untitled event', 200);
    const quote = quotes[index];
    return {
      id: ids[index] ?? '',
      title,
      summary: truncate(event.text || title, 2000),
      date: event.date,
      dateBasis: TIMELINEJS_DATE_BASIS,
      category: event.group === '' ? 'uncategorized' : slugOrHash(event.group, 'group'),
      actors: [{ actor: actor.id }],
      excerpts: quote ? [quote] : [],
    };
  });
  const description = plain(own(titleText, 'text'));
  return {
    raw: {
      version: 1,
      title: fileTitle,
      description: truncate(
        description || `${kept.length} events imported from the TimelineJS file${name ? ` "${name}"` : ''}.`,
        5000,
      ),
      sources,
      actors: [...actors.values()],
      events,
    },
    problems,
    droppedRecords: list.length - kept.length,
    eventOrigins: kept.map((event) => `events[${event.index}]`),
  };
}
