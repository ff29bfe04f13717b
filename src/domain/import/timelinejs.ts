import { CURRENT_VERSION, type RawActor, type RawEra, type RawEvent } from '../contract';
import { edtfText } from '../edtf';
import { collapseWhitespace, truncate } from '../plain-text';
import { claimUniqueSlug, MAX_ID_LENGTH, slugify } from '../slug';
import type { Problem } from '../types';
import { UNATTRIBUTED_ACTOR, type Conversion, type ConversionFailure } from './conversion';
import { buildQuoteSources } from './quote-sources';
import {
  own,
  ownObject,
  plain,
  readSlide,
  type Json,
  type ReadSlide,
  type SlideNaming,
} from './timelinejs-slide';
import { slugOrHash } from './text';

/*
 * TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html) -> raw dataset. Headlines and texts are
 * HTML in TimelineJS; they become plain text here, and the addresses of their links are kept as plain links.
 * Media stay with their event. Eras become the dataset's eras. An event without a usable start date is reported
 * as `events[3].start_date: ...` (its index in the file) and dropped. See data/README.md, "Importing other
 * formats", for the mapping.
 */

export const TIMELINEJS_SOURCE_ID = 'timelinejs';
export const TIMELINEJS_DATE_BASIS =
  'The start_date (and end_date) of the TimelineJS file, at the precision given there.';

/** TimelineJS 3 names the parts of its dates: `events[3].start_date.month`. */
function naming(list: 'events' | 'eras'): SlideNaming {
  return {
    slide: (index) => `${list}[${index}]`,
    date: (index, end) => (part) => `${list}[${index}].${end}_date.${part}`,
    fields: { start: 'start_date', end: 'end_date' },
    noun: list === 'events' ? 'event' : 'era',
  };
}

/** The date basis of a slide: where its date comes from, and what TimelineJS shows for a year before 1. */
function dateBasis(slide: ReadSlide): string {
  const notes = [TIMELINEJS_DATE_BASIS];
  if (slide.year < 0) {
    notes.push(
      `TimelineJS draws the year ${slide.year} where EDTF's ${edtfText(slide.year)} is and labels it "${-slide.year} BCE"; counting a year 0, as EDTF does, it is ${1 - slide.year} BC.`,
    );
  }
  if (slide.hasTime)
    notes.push('The time of day is as the file gives it, in the time zone it was written in.');
  return notes.join(' ');
}

/** Ids from unique_id first (they are the file's own), then from headline and year; clashes get -2, -3. */
function assignIds(slides: readonly ReadSlide[]): string[] {
  const used = new Set<string>();
  const ids = slides.map((slide) => {
    const slug = slugify(slide.uniqueId);
    return slug === '' ? undefined : claimUniqueSlug(slug, used);
  });
  return slides.map((slide, index) => {
    const fromUniqueId = ids[index];
    if (fromUniqueId !== undefined) return fromUniqueId;
    const year = `-${slide.year < 0 ? `${-slide.year}-bce` : slide.year}`;
    const headline = slugify(slide.headline, MAX_ID_LENGTH - year.length) || 'event';
    return claimUniqueSlug(`${headline}${year}`, used);
  });
}

/** Eras as the contract writes them; one without a start date is dropped, one without a headline numbered. */
function readEras(
  list: readonly unknown[],
  eraNaming: SlideNaming,
  problems: Problem[],
): { eras: RawEra[]; dropped: number } {
  const eras = list.flatMap((raw, index) => {
    const slide = readSlide(raw, index, eraNaming, problems);
    if (!slide) return [];
    const title = slide.headline || slide.text;
    if (title === '') {
      problems.push({
        path: `${eraNaming.slide(index)}.text.headline`,
        message: `is missing; the era is called "Era ${index + 1}"`,
        effect: 'repaired',
      });
    }
    return [{ title: truncate(title || `Era ${index + 1}`, 200), date: slide.date }];
  });
  return { eras, dropped: list.length - eras.length };
}

export interface TimelineDocument {
  /** The title slide. */
  readonly title: Json | undefined;
  readonly events: readonly unknown[];
  readonly eras: readonly unknown[];
  readonly naming: { readonly events: SlideNaming; readonly eras: SlideNaming };
}

/** Converts a TimelineJS document, of either version once in this shape, into a raw dataset. */
export function convertTimelineDocument(
  document: TimelineDocument,
  fileName?: string,
): Conversion | ConversionFailure {
  const problems: Problem[] = [];
  const slides = document.events.flatMap(
    (raw, index) => readSlide(raw, index, document.naming.events, problems) ?? [],
  );
  if (slides.length === 0) {
    return {
      problems: [...problems, { path: 'file', message: 'has no TimelineJS event that could be read' }],
    };
  }
  const titleText = ownObject(document.title ?? {}, 'text') ?? {};
  const name = collapseWhitespace(fileName?.split(/[\\/]/).pop() ?? '');
  const fileTitle = truncate(plain(own(titleText, 'headline')) || name || 'TimelineJS file', 200);
  const ids = assignIds(slides);
  const actors = new Map<string, RawActor>();
  const latest = slides.reduce((found, slide) => (slide.latest.at > found.latest.at ? slide : found));
  // No address: a TimelineJS file gives none for itself, and its media are pictures, not the text quoted.
  const { sources, quotes } = buildQuoteSources(
    slides.map((slide, index) => ({
      key: ids[index] ?? '',
      text: [slide.headline, slide.text].filter(Boolean).join(' — ') || '(no text)',
    })),
    {
      id: TIMELINEJS_SOURCE_ID,
      title: fileTitle,
      publisher: 'TimelineJS file',
      published: `${latest.latest.text}/..`,
      publishedBasis:
        'TimelineJS files carry no publication date; the file was written no earlier than the latest date in it.',
    },
  );
  const events = slides.map((slide, index): RawEvent => {
    let actor = UNATTRIBUTED_ACTOR;
    if (slide.group !== '') {
      const groupName = truncate(slide.group, 200);
      actor = { id: slugOrHash(groupName, 'group'), name: groupName, kind: 'organization' };
    }
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
    const title = truncate(slide.headline || slide.text || 'Untitled event', 200);
    const quote = quotes[index];
    return {
      id: ids[index] ?? '',
      title,
      summary: truncate(slide.text || title, 2000),
      date: slide.date,
      dateBasis: dateBasis(slide),
      category: slide.group === '' ? 'uncategorized' : slugOrHash(slide.group, 'group'),
      actors: [{ actor: actor.id }],
      ...(slide.display !== undefined && { displayDate: truncate(slide.display, 200) }),
      excerpts: quote ? [quote] : [],
      ...(slide.media !== undefined && { media: slide.media }),
      ...(slide.links.length > 0 && { links: slide.links.slice(0, 50) }),
    };
  });
  const eras = readEras(document.eras, document.naming.eras, problems);
  const description = plain(own(titleText, 'text'));
  return {
    raw: {
      version: CURRENT_VERSION,
      title: fileTitle,
      description: truncate(
        description ||
          `${slides.length} events imported from the TimelineJS file${name ? ` "${name}"` : ''}.`,
        5000,
      ),
      sources,
      actors: [...actors.values()],
      events,
      ...(eras.eras.length > 0 && { eras: eras.eras }),
    },
    problems,
    dropped: { events: document.events.length - slides.length, eras: eras.dropped },
    repaired: new Set(slides.flatMap((slide, index) => (slide.repaired ? [index] : []))),
    eventOrigins: slides.map((slide) => document.naming.events.slide(slide.index)),
  };
}

/** Converts a parsed TimelineJS 3 document (an object with an `events` list) into a raw dataset. */
export function convertTimelineJs(json: Json, fileName?: string): Conversion | ConversionFailure {
  const list = (key: string) => {
    const value = own(json, key);
    return Array.isArray(value) ? value : [];
  };
  return convertTimelineDocument(
    {
      title: ownObject(json, 'title'),
      events: list('events'),
      eras: list('eras'),
      naming: { events: naming('events'), eras: naming('eras') },
    },
    fileName,
  );
}
