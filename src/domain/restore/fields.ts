import { CURRENT_VERSION } from '../contract';
import { isHttpUrl, MAX_URL_LENGTH } from '../http-url';
import { isPlainObject } from '../plain-object';
import { truncate } from '../plain-text';
import { isId, slugify } from '../slug';
import type { RecordLog } from './record-log';

/*
 * Reading one field of a raw record, and what to say when it is unusable. Each reader returns the value or
 * undefined; a reader of an optional field reports what it left out or mended itself, and the caller of a
 * required one decides between a stand-in and dropping the record.
 */

export type RawRecord = Record<string, unknown>;

/** An own property only: `record.constructor` must not find Object's. */
export function own(record: RawRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A raw value in a message: `null`, `a list`, `"red"`, `number 42`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${truncate(value, 40)}"`;
  return `${typeof value} ${String(value)}`;
}

/** Reports the fields of `record` that `known` does not list; they are not read. */
export function ignoreUnknownFields(
  record: RawRecord,
  known: readonly string[],
  path: string,
  log: RecordLog,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key))
      log.ignored(`${path}.${key}`, `is not a field of dataset contract v${CURRENT_VERSION}; ignored`);
  }
}

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly why: string };

/** A text field: trimmed of nothing, at most `max` characters (longer is shortened and reported). */
export function readText(
  record: RawRecord,
  key: string,
  path: string,
  log: RecordLog,
  max: number,
): Read<string> {
  const value = own(record, key);
  if (value === undefined) return { ok: false, why: 'is missing' };
  if (typeof value !== 'string') return { ok: false, why: `must be text, not ${describeValue(value)}` };
  if (value.trim() === '') return { ok: false, why: 'is empty' };
  if (value.length <= max) return { ok: true, value };
  log.repaired(`${path}.${key}`, `has ${value.length} characters, more than ${max}; shortened`);
  return { ok: true, value: truncate(value, max) };
}

/** A required text field that has a stand-in: where it is unusable, `standIn` is used and reported. */
export function textOrStandIn(
  record: RawRecord,
  key: string,
  path: string,
  log: RecordLog,
  max: number,
  standIn: string,
): string {
  const read = readText(record, key, path, log, max);
  if (read.ok) return read.value;
  log.repaired(
    `${path}.${key}`,
    `${read.why}; ${standIn === '' ? 'left empty' : `"${truncate(standIn, 60)}" is used`}`,
  );
  return standIn;
}

/** An optional text field; an unusable one is left out and reported. */
export function optionalText(
  record: RawRecord,
  key: string,
  path: string,
  log: RecordLog,
  max: number,
): string | undefined {
  if (own(record, key) === undefined) return undefined;
  const read = readText(record, key, path, log, max);
  if (read.ok) return read.value;
  log.repaired(`${path}.${key}`, `${read.why}; left out`);
  return undefined;
}

/** An optional http(s) address; any other is left out and reported, with what that means for the record. */
export function optionalHttpUrl(
  record: RawRecord,
  key: string,
  path: string,
  log: RecordLog,
  consequence: string,
): string | undefined {
  const value = own(record, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length <= MAX_URL_LENGTH && isHttpUrl(value)) return value;
  const what = typeof value === 'string' ? `${describeValue(value)} is not` : `must be`;
  log.repaired(`${path}.${key}`, `${what} an absolute http: or https: address; ${consequence}`);
  return undefined;
}

/** A list field: the list, or undefined where absent; anything else is reported with `consequence`. */
export function optionalList(
  record: RawRecord,
  key: string,
  path: string,
  log: RecordLog,
  consequence: string,
): readonly unknown[] | undefined {
  const value = own(record, key);
  if (value === undefined || Array.isArray(value)) return value;
  log.repaired(`${path}.${key}`, `must be a list, not ${describeValue(value)}; ${consequence}`);
  return undefined;
}

/** The first `max` entries of a list; the rest are left out and reported. */
export function capList<T>(list: readonly T[], max: number, path: string, log: RecordLog): readonly T[] {
  if (list.length <= max) return list;
  log.repaired(path, `has ${list.length} entries, more than ${max}; the first ${max} are kept`);
  return list.slice(0, max);
}

/** An object field: the object, or undefined where absent; anything else is reported and left out. */
export function optionalObject(
  record: RawRecord,
  key: string,
  path: string,
  log: RecordLog,
): RawRecord | undefined {
  const value = own(record, key);
  if (value === undefined || isPlainObject(value)) return value;
  log.repaired(`${path}.${key}`, `must be an object, not ${describeValue(value)}; left out`);
  return undefined;
}

/**
 * An id as the contract writes it: the value where it is one, else the value made a slug (`"North Korea"` ->
 * `north-korea`, `7` -> `7`), so that a record and the references to it are mended alike. Undefined where
 * nothing is left to make one of.
 */
export function idFrom(value: unknown): { id: string; changed: boolean } | undefined {
  if (typeof value === 'string' && isId(value)) return { id: value, changed: false };
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const id = slugify(String(value));
  return id === '' ? undefined : { id, changed: true };
}
