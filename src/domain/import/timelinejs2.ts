import type { Conversion, ConversionFailure } from './conversion';
import { convertTimelineDocument } from './timelinejs';
import { own, ownObject, type Json, type SlideNaming } from './timelinejs-slide';

/*
 * TimelineJS 2 (`{ "timeline": { "headline", "text", "date": [...], "era": [...] } }`), the format Knight Lab
 * used before 2015, given the shape of TimelineJS 3 and read by the same converter. Its dates are text:
 * `"2011,12,10"` (year, month, day, and optionally hour, minute, second), `"2011-12-10"` or a year; a slide's
 * `tag` is its group, its `asset` its media.
 */

/** `"2011,12,10,07,02"` -> `{ year: "2011", month: "12", day: "10", hour: "07", minute: "02" }`. */
function dateParts(value: unknown): Json | undefined {
  if (typeof value === 'number') return { year: value };
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const parts = /^\d+-\d{1,2}(-\d{1,2})?$/.test(text)
    ? text.split('-')
    : text.split(',').map((part) => part.trim());
  const [year, month, day, hour, minute, second] = parts;
  return { year, month, day, hour, minute, second };
}

function slide(raw: unknown): unknown {
  const record = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Json) : undefined;
  if (!record) return raw;
  const asset = ownObject(record, 'asset') ?? {};
  const start = dateParts(own(record, 'startDate'));
  const end = dateParts(own(record, 'endDate'));
  return {
    ...(start && { start_date: start }),
    ...(end && { end_date: end }),
    text: { headline: own(record, 'headline'), text: own(record, 'text') },
    group: own(record, 'tag'),
    media: { url: own(asset, 'media'), caption: own(asset, 'caption'), credit: own(asset, 'credit') },
  };
}

function naming(list: 'date' | 'era'): SlideNaming {
  return {
    slide: (index) => `timeline.${list}[${index}]`,
    date: (index, end) => () => `timeline.${list}[${index}].${end}Date`,
    fields: { start: 'startDate', end: 'endDate' },
    noun: list === 'date' ? 'event' : 'era',
  };
}

/** Converts a parsed TimelineJS 2 document (an object whose `timeline` has a `date` list). */
export function convertTimelineJs2(json: Json, fileName?: string): Conversion | ConversionFailure {
  const timeline = ownObject(json, 'timeline') ?? {};
  const list = (key: string) => {
    const value = own(timeline, key);
    return Array.isArray(value) ? value.map(slide) : [];
  };
  return convertTimelineDocument(
    {
      title: { text: { headline: own(timeline, 'headline'), text: own(timeline, 'text') } },
      events: list('date'),
      eras: list('era'),
      naming: { events: naming('date'), eras: naming('era') },
    },
    fileName,
  );
}
