import { isPlainObject } from '../plain-object';
import type { Problem } from '../types';
import { detectSeparator, missingAcledColumns, parseRows } from './acled-columns';

/*
 * Which format a file is in, from its content (the file name only sharpens error messages):
 * - a dataset of this app's contract: a JSON object with a `version` field, or without one but with `sources`
 *   and `actors` lists beside its `events`;
 * - TimelineJS: a JSON object with an `events` list whose entries have a `start_date`;
 * - TimelineJS 2: a JSON object whose `timeline` object has a `date` list;
 * - ACLED: a CSV file whose header row has the columns `event_id_cnty` and `event_date`.
 * JSON is parsed here, once, and handed on.
 */

export type { ImportFormat } from './formats';

export type Detection =
  | {
      readonly ok: true;
      readonly format: 'dataset' | 'timelinejs' | 'timelinejs2';
      readonly json: Record<string, unknown>;
    }
  | { readonly ok: true; readonly format: 'acled-csv'; readonly text: string }
  | { readonly ok: false; readonly problem: Problem };

const EXPECTED =
  'a dataset of this app (JSON), a TimelineJS file (JSON) or an ACLED export (CSV with the columns event_id_cnty and event_date)';

function problem(message: string): Detection {
  return { ok: false, problem: { path: 'file', message } };
}

/** The text without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}

function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 says "Unexpected end of JSON input" without a position; where the input ends is the position.
  const withPosition =
    /end of (?:json )?(?:input|data)/i.test(message) && !/position|line/i.test(message)
      ? `${message} at position ${text.length}`
      : message;
  return withPosition.length > 300 ? `${withPosition.slice(0, 299)}…` : withPosition;
}

function hasStartDate(value: unknown): boolean {
  return isPlainObject(value) && Object.hasOwn(value, 'start_date');
}

function detectJson(text: string): Detection {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return problem(`is not valid JSON: ${jsonErrorMessage(error, text)}`);
  }
  if (!isPlainObject(json)) return problem(`must be a JSON object (${EXPECTED}), not ${describeJson(json)}`);
  if (Object.hasOwn(json, 'version')) return { ok: true, format: 'dataset', json };
  const timeline = Object.hasOwn(json, 'timeline') ? json.timeline : undefined;
  if (isPlainObject(timeline) && Object.hasOwn(timeline, 'date') && Array.isArray(timeline.date))
    return { ok: true, format: 'timelinejs2', json };
  const events = Object.hasOwn(json, 'events') ? json.events : undefined;
  if (!Array.isArray(events)) {
    return problem(
      'is neither a dataset of this app (it has no "version") nor a TimelineJS file (it has no "events" list)',
    );
  }
  if (events.some(hasStartDate)) return { ok: true, format: 'timelinejs', json };
  if (Array.isArray(json.sources) && Array.isArray(json.actors)) return { ok: true, format: 'dataset', json };
  return problem(
    events.length === 0
      ? 'has no "version" and an empty "events" list: there is nothing to import'
      : 'has no "version", so it is not a dataset of this app, and none of its events has a "start_date", so it is not a TimelineJS file',
  );
}

function parseJsonScalar(text: string): { parsed: true; value: unknown } | { parsed: false } {
  try {
    return { parsed: true, value: JSON.parse(text) };
  } catch {
    return { parsed: false };
  }
}

function firstLine(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** Detects the format of `text` (a whole file, decoded as UTF-8). */
export function detectFormat(text: string, fileName?: string): Detection {
  const content = stripBom(text);
  const trimmed = content.trimStart();
  if (trimmed === '') return problem('is empty');
  const lowerName = fileName?.toLowerCase() ?? '';
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || lowerName.endsWith('.json')) {
    return detectJson(content);
  }
  // A bare JSON value ("text", 12, null) is JSON of the wrong type, not CSV; a CSV file fails to parse at once.
  const scalar = parseJsonScalar(content);
  if (scalar.parsed) return problem(`must be a JSON object (${EXPECTED}), not ${describeJson(scalar.value)}`);
  const headerLine = firstLine(content);
  if (detectSeparator(headerLine) !== undefined) return { ok: true, format: 'acled-csv', text: content };
  const header = parseRows(headerLine, ',')[0] ?? [];
  const missing = missingAcledColumns(header);
  if (lowerName.endsWith('.csv') || header.length > 1) {
    return problem(
      `is a CSV file without the ACLED column(s) ${missing.join(', ')} in its first line; this app reads ${EXPECTED}`,
    );
  }
  return problem(`is not in a format this app reads: ${EXPECTED}`);
}
