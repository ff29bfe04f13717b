import { isHttpUrl, MAX_URL_LENGTH } from '../http-url';
import { parseEdtf } from '../edtf';
import { isPlainObject } from '../plain-object';
import type { EventLink, EventMedia, Problem } from '../types';
import { readTimelineDate, type PartPath, type ReadDate } from './timelinejs-date';
import { htmlToText, htmlToTextWithLinks } from './text';

/*
 * One TimelineJS slide (an event or an era) read into plain values: its dates as EDTF, its headline and text as
 * plain text with the addresses of their links, its group, its media. HTML becomes text; nothing of it is kept
 * as markup. TimelineJS 2 files are first given this shape (timelinejs2.ts), so one reader serves both.
 */

export type Json = Record<string, unknown>;

/** An own property only: `event.constructor` must not find Object's. */
export function own(record: Json, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function ownObject(record: Json, key: string): Json | undefined {
  const value = own(record, key);
  return isPlainObject(value) ? value : undefined;
}

export function plain(value: unknown): string {
  return typeof value === 'string' ? htmlToText(value) : '';
}

/** An HTML field's plain text and links; nothing where it is not text. */
function html(value: unknown): { text: string; links: EventLink[] } {
  return typeof value === 'string' ? htmlToTextWithLinks(value) : { text: '', links: [] };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 20 ? `${value.slice(0, 19)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

/** How a format names a slide and the parts of its dates in the report. */
export interface SlideNaming {
  /** `events[3]`, `timeline.date[3]`. */
  readonly slide: (index: number) => string;
  /** Where the parts of a slide's start or end date are named: `events[3].start_date.month`. */
  readonly date: (index: number, end: 'start' | 'end') => PartPath;
  /** The field names of the start and end, for messages: `start_date`, `startDate`. */
  readonly fields: { readonly start: string; readonly end: string };
  /** What a slide of this list is, for messages: an event or an era. */
  readonly noun: 'event' | 'era';
}

export interface ReadSlide {
  readonly index: number;
  readonly uniqueId: string;
  readonly headline: string;
  readonly text: string;
  readonly links: readonly EventLink[];
  readonly group: string;
  /** EDTF: a point, or `start/end`. */
  readonly date: string;
  /** The year of the start, for ids and the date basis. */
  readonly year: number;
  readonly hasTime: boolean;
  /** Where the latest end lies, for the publication date of the file. */
  readonly latest: { readonly text: string; readonly at: number };
  readonly display?: string;
  readonly media?: EventMedia;
  readonly repaired: boolean;
}

function latestOf(read: ReadDate): { text: string; at: number } {
  const parsed = parseEdtf(read.text);
  return {
    text: read.text,
    at: parsed.ok ? (parsed.value.kind === 'point' ? parsed.value.point.latest : 0) : 0,
  };
}

/** The start and, where the slide has one with a year, the end; an unusable end is left out. */
function readDates(raw: Json, index: number, naming: SlideNaming, problems: Problem[]) {
  const path = naming.slide(index);
  const start = ownObject(raw, 'start_date');
  if (!start) {
    const value = own(raw, 'start_date');
    problems.push({
      path: `${path}.${naming.fields.start}`,
      message:
        value === undefined
          ? `is missing; every TimelineJS ${naming.noun} needs a start date`
          : `must be an object like { "year": 2024, "month": 11, "day": 17 }, not ${describe(value)}`,
      effect: 'dropped',
    });
    return undefined;
  }
  const first = readTimelineDate(start, naming.date(index, 'start'), problems);
  if (!first) return undefined;
  const endDate = ownObject(raw, 'end_date');
  // TimelineJS writes an empty end_date for events without one; only an end_date with a year counts.
  const hasEnd = endDate && own(endDate, 'year') !== undefined && own(endDate, 'year') !== '';
  const last = hasEnd ? readTimelineDate(endDate, naming.date(index, 'end'), problems) : undefined;
  if (!last || last.text === first.text) return { first, last: undefined, date: first.text };
  const interval = `${first.text}/${last.text}`;
  const parsed = parseEdtf(interval);
  if (!parsed.ok) {
    problems.push({
      path: `${path}.${naming.fields.end}`,
      message: `${parsed.error}; the end is left out`,
      effect: 'repaired',
    });
    return { first, last: undefined, date: first.text };
  }
  return { first, last, date: interval };
}

/** An http(s) address; Knight Lab's examples write their media protocol-relative (`//www.flickr.com/...`). */
function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const trimmed = value.trim();
  const address = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  return isHttpUrl(address) ? address : undefined;
}

/** The media of a slide, kept with its event: an http(s) address, a caption and a credit, as plain text. */
function readMedia(raw: Json, path: string, problems: Problem[]): EventMedia | undefined {
  const media = ownObject(raw, 'media');
  if (!media) return undefined;
  const rawUrl = own(media, 'url');
  const url = httpUrl(rawUrl);
  const { text: caption } = html(own(media, 'caption'));
  const { text: credit } = html(own(media, 'credit'));
  if (url === undefined && typeof rawUrl === 'string' && rawUrl.trim() !== '') {
    const kept = caption !== '' || credit !== '';
    problems.push({
      path: `${path}.media.url`,
      message: `${describe(rawUrl)} is not an http: or https: address; ${kept ? 'the media is kept without it' : 'the media is left out'}`,
      effect: 'repaired',
    });
  }
  if (url === undefined && caption === '' && credit === '') return undefined;
  return {
    ...(url !== undefined && { url }),
    ...(caption !== '' && { caption }),
    ...(credit !== '' && { credit }),
  };
}

/** The links of the headline and the text, each address once. */
function linksOf(...fragments: { links: EventLink[] }[]): EventLink[] {
  const seen = new Set<string>();
  return fragments
    .flatMap((fragment) => fragment.links)
    .filter((link) => !seen.has(link.url) && seen.add(link.url));
}

/** One slide, or undefined (and why) where it has no usable start date. */
export function readSlide(
  raw: unknown,
  index: number,
  naming: SlideNaming,
  problems: Problem[],
): ReadSlide | undefined {
  const path = naming.slide(index);
  if (!isPlainObject(raw)) {
    problems.push({ path, message: `must be an object, not ${describe(raw)}`, effect: 'dropped' });
    return undefined;
  }
  const before = problems.length;
  const dates = readDates(raw, index, naming, problems);
  if (!dates) return undefined;
  const text = ownObject(raw, 'text') ?? {};
  const headline = html(own(text, 'headline'));
  const body = html(own(text, 'text'));
  const media = readMedia(raw, path, problems);
  const mediaText = ownObject(raw, 'media') ?? {};
  const uniqueId = own(raw, 'unique_id');
  const slideDisplay = own(raw, 'display_date');
  const display =
    (typeof slideDisplay === 'string' ? plain(slideDisplay) : '') ||
    [dates.first.display, dates.last?.display].filter(Boolean).join(' – ');
  const ends = [dates.first, ...(dates.last ? [dates.last] : [])].map(latestOf);
  return {
    index,
    uniqueId: typeof uniqueId === 'string' || typeof uniqueId === 'number' ? String(uniqueId) : '',
    headline: headline.text,
    text: body.text,
    // The links of a media credit ("photo: <a href=...>Tom Marcello</a>") are kept with the others.
    links: linksOf(headline, body, html(own(mediaText, 'caption')), html(own(mediaText, 'credit'))),
    group: plain(own(raw, 'group')),
    date: dates.date,
    year: dates.first.year,
    hasTime: dates.date.includes('T'),
    latest: ends.reduce((latest, end) => (end.at > latest.at ? end : latest)),
    ...(display !== '' && { display }),
    ...(media !== undefined && { media }),
    repaired: problems.length > before,
  };
}
