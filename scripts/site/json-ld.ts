/*
 * schema.org JSON-LD for an event page and for the dataset's page, and its safe placement in a <script>.
 */
import { edtfText, isOpenEnd } from '../../src/domain/edtf';
import type {
  Dataset,
  EdtfDate,
  EdtfOpenEnd,
  EdtfPoint,
  Source,
  TimelineEvent,
} from '../../src/domain/types';
import { trustedMarkup, type Markup } from './html';

/*
 * Inside <script>, the HTML parser ends the element at "</script" and treats "<!--" specially, whatever the
 * JSON means. JSON only has "<", ">" and "&" inside strings, where their \u escapes mean the same, so these
 * replacements keep the data and leave the parser nothing to see. U+2028 and U+2029 are escaped too: valid in
 * JSON, but line terminators to older JavaScript parsers that read JSON-LD as script.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

export function escapeJsonForScript(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function jsonLdScript(data: object): Markup {
  return trustedMarkup(
    `<script type="application/ld+json">${escapeJsonForScript(JSON.stringify(data))}</script>`,
  );
}

/** A known, unqualified end of a date, in years ISO 8601 writes with four digits; else undefined. */
function isoPoint(end: EdtfPoint | EdtfOpenEnd): EdtfPoint | undefined {
  // ISO has no words for "about", "perhaps" or "open", nor (without agreement) for years of five digits.
  return isOpenEnd(end) || end.approximate || end.uncertain || Math.abs(end.year) > 9999 ? undefined : end;
}

/** An end as ISO 8601: without a qualifier, EDTF's text of a point is ISO's date or date-time. */
function isoEnd(end: EdtfPoint | EdtfOpenEnd): string | undefined {
  const point = isoPoint(end);
  return point && edtfText(point.year, point.month, point.day, point.time);
}

/** The longest common leading run of two dates' parts: 17 and 18 November 2024 give "2024-11". */
function commonIso(first: EdtfPoint, second: EdtfPoint): string | undefined {
  if (first.year !== second.year) return undefined;
  if (first.month === undefined || first.month !== second.month) return edtfText(first.year);
  if (first.day === undefined || first.day !== second.day) return edtfText(first.year, first.month);
  return edtfText(first.year, first.month, first.day);
}

/**
 * The most precise ISO 8601 date that holds all of an EDTF date, where there is one: "2024-11-17/2024-11-18"
 * (published on the 17th or 18th) is "2024-11"; an open, approximate or uncertain end gives none.
 */
export function isoDateCovering(date: EdtfDate): string | undefined {
  if (date.kind === 'point') return isoEnd(date.point);
  const start = isoPoint(date.start);
  const end = isoPoint(date.end);
  return start && end ? commonIso(start, end) : undefined;
}

/** schema.org start and end dates: each end of the EDTF date that ISO 8601 can state. */
export function eventDates(date: EdtfDate): { startDate?: string; endDate?: string } {
  const [start, end] = date.kind === 'point' ? [date.point, date.point] : [date.start, date.end];
  const startDate = isoEnd(start);
  const endDate = isoEnd(end);
  return { ...(startDate && { startDate }), ...(endDate && { endDate }) };
}

function newsArticle(source: Source) {
  const datePublished = isoDateCovering(source.published);
  return {
    '@type': 'NewsArticle',
    headline: source.title,
    url: source.url,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(datePublished && { datePublished }),
  };
}

function quotedSources(event: TimelineEvent, dataset: Dataset): Source[] {
  const ids = [...new Set(event.excerpts.map((excerpt) => excerpt.sourceId))];
  return ids.flatMap((id) => dataset.sourceById.get(id) ?? []);
}

interface PageAddresses {
  readonly url: string;
  readonly image: string;
}

export function eventJsonLd(event: TimelineEvent, dataset: Dataset, page: PageAddresses): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    ...eventDates(event.date),
    ...(event.place && { location: { '@type': 'Place', name: event.place } }),
    url: page.url,
    image: page.image,
    citation: quotedSources(event, dataset).map(newsArticle),
  };
}

export function datasetJsonLd(dataset: Dataset, page: PageAddresses): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title,
    description: dataset.description,
    url: page.url,
    image: page.image,
    citation: dataset.sources.map(newsArticle),
  };
}
