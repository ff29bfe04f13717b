import * as v from 'valibot';
import {
  actorSchema,
  datasetHeaderSchema,
  eventSchema,
  KNOWN_TOP_LEVEL_KEYS,
  sourceSchema,
  type RawActor,
  type RawEvent,
  type RawSource,
} from './dataset-schema';
import { dateBounds, isOpenEnd, parseEdtf } from './edtf';
import { isPlainObject } from './plain-object';
import { anchorQuote, describeAnchorFailure } from './quote-anchor';
import type {
  Actor,
  AnchoredExcerpt,
  Dataset,
  EdtfDate,
  EventRelation,
  Problem,
  Source,
  TimelineEvent,
} from './types';

/*
 * The one door raw JSON comes through. Each source, actor and event is checked on its own, so a bad record is
 * dropped and reported while the rest loads; curated data is held to "no problems at all" by its callers.
 */

export interface ValidationOptions {
  /** Reads a source's `textFile` (a path relative to the dataset); undefined when it cannot be read. */
  readonly readTextFile?: (path: string) => string | undefined;
  /** Told how many events have been checked, now and then, for a progress bar on large imports. */
  readonly onProgress?: (checked: number, total: number) => void;
  /** Handed the raw events before they are checked, so a large import can be previewed meanwhile. */
  readonly beforeChecking?: (rawEvents: readonly unknown[]) => void;
}

const PROGRESS_EVERY = 2000;

export interface DroppedCounts {
  readonly sources: number;
  readonly actors: number;
  readonly events: number;
}

export type ValidationResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly problems: Problem[];
      readonly dropped: DroppedCounts;
    }
  | { readonly ok: false; readonly problems: Problem[] };

type Issue = v.BaseIssue<unknown>;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `${typeof value} ${String(value)}`;
}

function issuePath(base: string, issue: Issue): string {
  const keys = issue.path?.map((item) => item.key) ?? [];
  return keys.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${String(key)}`),
    base,
  );
}

function issueMessage(issue: Issue): string {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') return 'is not a field of dataset contract v1';
    if (issue.received === 'undefined') return 'is required';
  }
  if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'literal') {
    const last = issue.path?.at(-1);
    return `must be ${issue.expected === 'Object' ? 'an object' : issue.expected === 'Array' ? 'an array' : `a ${issue.expected}`}, not ${describeValue(last ? last.value : issue.input)}`;
  }
  return issue.message;
}

function shapeProblems(base: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => ({ path: issuePath(base, issue), message: issueMessage(issue) }));
}

type Checked<T> = { value: T; problems: Problem[] } | { value?: undefined; problems: Problem[] };

function checkShape<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  path: string,
): Checked<v.InferOutput<S>> {
  if (!isPlainObject(raw))
    return { problems: [{ path, message: `must be an object, not ${describeValue(raw)}` }] };
  const result = v.safeParse(schema, raw, { abortEarly: false });
  return result.success
    ? { value: result.output, problems: [] }
    : { problems: shapeProblems(path, result.issues) };
}

function checkDate(text: string, path: string, problems: Problem[]): EdtfDate | undefined {
  const result = parseEdtf(text);
  if (!result.ok) problems.push({ path, message: result.error });
  return result.ok ? result.value : undefined;
}

/** Keeps the first record of each id; later ones are reported and dropped. */
function claimId(
  ids: Map<string, number>,
  id: string,
  index: number,
  list: string,
  problems: Problem[],
): boolean {
  const first = ids.get(id);
  if (first !== undefined) {
    problems.push({
      path: `${list}[${index}].id`,
      message: `duplicates the id "${id}" of ${list}[${first}]`,
    });
    return false;
  }
  ids.set(id, index);
  return true;
}

function toSource(
  raw: RawSource,
  path: string,
  options: ValidationOptions,
  problems: Problem[],
): Source | undefined {
  const published = checkDate(raw.published, `${path}.published`, problems);
  let text = raw.text;
  if (raw.text !== undefined && raw.textFile !== undefined) {
    problems.push({ path, message: 'has both text and textFile; give one' });
  } else if (raw.textFile !== undefined) {
    text = options.readTextFile?.(raw.textFile);
    if (text === undefined)
      problems.push({ path: `${path}.textFile`, message: `file "${raw.textFile}" could not be read` });
  } else if (raw.text === undefined) {
    problems.push({ path, message: 'needs text or textFile' });
  }
  if (!published || text === undefined || problems.length > 0) return undefined;
  const { textFile: _textFile, ...rest } = raw;
  return { ...rest, published, text };
}

interface Lists {
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly rawSourceIds: ReadonlySet<string>;
  readonly rawActorIds: ReadonlySet<string>;
}

function unknownReference(kind: string, id: string, rawIds: ReadonlySet<string>): string {
  return rawIds.has(id) ? `refers to ${kind} "${id}", which was dropped` : `unknown ${kind} "${id}"`;
}

function anchorExcerpts(raw: RawEvent, path: string, lists: Lists, problems: Problem[]): AnchoredExcerpt[] {
  return raw.excerpts.flatMap((excerpt, index) => {
    const source = lists.sourceById.get(excerpt.source);
    if (!source) {
      const message = unknownReference('source', excerpt.source, lists.rawSourceIds);
      problems.push({ path: `${path}.excerpts[${index}].source`, message });
      return [];
    }
    const anchor = anchorQuote(source.text, excerpt);
    if (!anchor.ok) {
      problems.push({
        path: `${path}.excerpts[${index}].exact`,
        message: describeAnchorFailure(anchor, source.id),
      });
      return [];
    }
    const { source: sourceId, ...quote } = excerpt;
    return [{ sourceId, ...quote, start: anchor.start, end: anchor.end }];
  });
}

function toEvent(raw: RawEvent, path: string, lists: Lists, problems: Problem[]): TimelineEvent | undefined {
  const date = checkDate(raw.date, `${path}.date`, problems);
  raw.actors.forEach(({ actor }, index) => {
    if (!lists.actorById.has(actor)) {
      problems.push({
        path: `${path}.actors[${index}].actor`,
        message: unknownReference('actor', actor, lists.rawActorIds),
      });
    }
  });
  raw.related?.forEach(({ event }, index) => {
    if (event === raw.id)
      problems.push({ path: `${path}.related[${index}].event`, message: 'refers to the event itself' });
  });
  const excerpts = anchorExcerpts(raw, path, lists, problems);
  if (!date || problems.length > 0) return undefined;
  return {
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    date,
    dateBasis: raw.dateBasis,
    category: raw.category,
    actors: raw.actors.map(({ actor, role }) => ({ actorId: actor, ...(role !== undefined && { role }) })),
    ...(raw.place !== undefined && { place: raw.place }),
    ...(raw.attribution !== undefined && { attribution: raw.attribution }),
    excerpts,
    related: (raw.related ?? []).map(({ event, relation }) => ({ eventId: event, relation })),
  };
}

/** Validates each record of a list with `convert`, dropping bad ones and duplicates of an earlier id. */
function validateList<Raw extends { id: string }, Out>(
  list: 'sources' | 'actors' | 'events',
  raws: readonly unknown[],
  schema: v.GenericSchema<unknown, Raw>,
  convert: (raw: Raw, path: string, problems: Problem[]) => Out | undefined,
  problems: Problem[],
): { records: Out[]; rawIds: Set<string> } {
  const ids = new Map<string, number>();
  const rawIds = new Set<string>();
  const records: Out[] = [];
  raws.forEach((raw, index) => {
    const path = `${list}[${index}]`;
    // Recorded before the shape check, so references to a record dropped for its shape say "which was dropped".
    if (isPlainObject(raw) && typeof raw.id === 'string') rawIds.add(raw.id);
    const shape = checkShape(schema, raw, path);
    if (shape.problems.length) problems.push(...shape.problems);
    if (!shape.value || !claimId(ids, shape.value.id, index, list, problems)) return;
    const recordProblems: Problem[] = [];
    const record = convert(shape.value, path, recordProblems);
    if (recordProblems.length) problems.push(...recordProblems);
    if (record !== undefined) records.push(record);
  });
  return { records, rawIds };
}

/** Relations may only point at events that survived; the rest are reported and removed. */
function pruneRelations(
  events: TimelineEvent[],
  paths: ReadonlyMap<string, string>,
  rawIds: ReadonlySet<string>,
  problems: Problem[],
) {
  const kept = new Set(events.map((event) => event.id));
  return events.map((event) => {
    const related: EventRelation[] = [];
    event.related.forEach((relation, index) => {
      if (kept.has(relation.eventId)) return related.push(relation);
      const message = unknownReference('event', relation.eventId, rawIds);
      problems.push({ path: `${paths.get(event.id)}.related[${index}].event`, message });
    });
    return related.length === event.related.length ? event : { ...event, related };
  });
}

/** Where an event sorts: its earliest instant, or for an open start its end. */
export function eventSortKey(date: EdtfDate): number {
  const { earliest, latest } = dateBounds(date);
  if (Number.isFinite(earliest)) return earliest;
  if (date.kind === 'interval' && !isOpenEnd(date.end)) return date.end.earliest;
  return latest;
}

/** Events in time order: by where they sort, then by their latest instant, then by id. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((event) => ({
    event,
    key: eventSortKey(event.date),
    latest: dateBounds(event.date).latest,
  }));
  keyed.sort(
    (a, b) =>
      a.key - b.key ||
      a.latest - b.latest ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
  return keyed.map(({ event }) => event);
}

export function validateDataset(raw: unknown, options: ValidationOptions = {}): ValidationResult {
  if (!isPlainObject(raw)) {
    return {
      ok: false,
      problems: [{ path: 'dataset', message: `must be a JSON object, not ${describeValue(raw)}` }],
    };
  }
  const header = v.safeParse(datasetHeaderSchema, raw, { abortEarly: false });
  if (!header.success) return { ok: false, problems: shapeProblems('dataset', header.issues) };
  options.beforeChecking?.(header.output.events);
  const problems: Problem[] = Object.keys(raw)
    .filter((key) => !KNOWN_TOP_LEVEL_KEYS.has(key))
    .map((key) => ({ path: `dataset.${key}`, message: 'is not a field of dataset contract v1' }));

  const sources = validateList(
    'sources',
    header.output.sources,
    sourceSchema,
    (source, path, found) => toSource(source, path, options, found),
    problems,
  );
  const actors = validateList(
    'actors',
    header.output.actors,
    actorSchema,
    (actor: RawActor): Actor => actor,
    problems,
  );
  const lists: Lists = {
    sourceById: new Map(sources.records.map((source) => [source.id, source])),
    actorById: new Map(actors.records.map((actor) => [actor.id, actor])),
    rawSourceIds: sources.rawIds,
    rawActorIds: actors.rawIds,
  };
  const rawEventPaths = new Map<string, string>();
  const checked = validateList(
    'events',
    header.output.events,
    eventSchema,
    (event, path, found) => {
      rawEventPaths.set(event.id, path);
      const index = rawEventPaths.size;
      if (options.onProgress && index % PROGRESS_EVERY === 0)
        options.onProgress(index, header.output.events.length);
      return toEvent(event, path, lists, found);
    },
    problems,
  );
  const events = sortEvents(pruneRelations(checked.records, rawEventPaths, checked.rawIds, problems));

  const dataset: Dataset = {
    version: 1,
    title: header.output.title,
    description: header.output.description,
    sources: sources.records,
    actors: actors.records,
    events,
    sourceById: lists.sourceById,
    actorById: lists.actorById,
    eventById: new Map(events.map((event) => [event.id, event])),
  };
  const dropped = {
    sources: header.output.sources.length - sources.records.length,
    actors: header.output.actors.length - actors.records.length,
    events: header.output.events.length - events.length,
  };
  return { ok: true, dataset, problems, dropped };
}
