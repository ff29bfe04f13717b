import { CURRENT_VERSION, FIELDS, LIMITS } from './contract';
import { dateBounds, isOpenEnd } from './edtf';
import { migrate } from './migrations';
import { isPlainObject } from './plain-object';
import { describeValue, ignoreUnknownFields, own, textOrStandIn, type RawRecord } from './restore/fields';
import { IdList } from './restore/ids';
import { RecordLog } from './restore/record-log';
import { restoreActor } from './restore/restore-actor';
import { restoreEra } from './restore/restore-era';
import { restoreEvent, type EventLists } from './restore/restore-event';
import { restoreSource, type TextFileReader } from './restore/restore-source';
import type { PendingRelation } from './restore/event-parts';
import type { Dataset, EdtfDate, EventRelation, Problem, TimelineEvent } from './types';

/*
 * The one door raw JSON comes through, modelled on excalidraw's `restore`: each source, actor, event and era is
 * restored on its own, so one that is bad (or that throws) costs only itself. A record is mended where it can
 * be (a bad optional field left out, a reference to nothing removed, a category made a slug) and dropped only
 * when it has no usable title or date (a source also without a text); a file is refused only when it is not a
 * dataset at all. Everything done is reported by its path. Curated data is held to "no problems at all" by its
 * callers (`npm run validate`, the build).
 */

export interface ValidationOptions {
  readonly readTextFile?: TextFileReader;
  /** Told how many events have been checked, now and then, for a progress bar on large imports. */
  readonly onProgress?: (checked: number, total: number) => void;
  /** Handed the raw events before they are checked, so a large import can be previewed meanwhile. */
  readonly beforeChecking?: (rawEvents: readonly unknown[]) => void;
  /** Positions of raw events an importer already mended: counted as repaired where they are kept. */
  readonly repairedEvents?: ReadonlySet<number>;
  /**
   * For authors (the editor): every problem of every field, also in a record that is dropped, instead of only
   * why it was dropped.
   */
  readonly everyProblem?: boolean;
}

const PROGRESS_EVERY = 2000;

export const RECORD_LISTS = ['sources', 'actors', 'events', 'eras'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

/** Of one list: records kept (`loaded`, the `repaired` among them) and records `dropped`. */
export interface ListCounts {
  readonly loaded: number;
  readonly repaired: number;
  readonly dropped: number;
}

export type RecordCounts = Readonly<Record<RecordList, ListCounts>>;

export type ValidationResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly problems: Problem[];
      readonly counts: RecordCounts;
    }
  | { readonly ok: false; readonly problems: Problem[] };

interface ListOptions {
  readonly repairedBefore?: ReadonlySet<number>;
  readonly everyProblem?: boolean;
}

/** Restores every record of a list on its own; a record that throws is dropped and reported. */
function restoreList<Out>(
  list: RecordList,
  raws: readonly unknown[],
  restore: (raw: RawRecord, path: string, log: RecordLog) => Out | undefined,
  problems: Problem[],
  { repairedBefore = new Set(), everyProblem = false }: ListOptions = {},
): { records: Out[]; repairedFlags: boolean[]; counts: ListCounts } {
  const records: Out[] = [];
  const repairedFlags: boolean[] = [];
  let repaired = 0;
  raws.forEach((raw, index) => {
    const path = `${list}[${index}]`;
    const log = new RecordLog();
    let record: Out | undefined;
    try {
      if (isPlainObject(raw)) record = restore(raw, path, log);
      else log.dropped(path, `must be an object, not ${describeValue(raw)}`);
    } catch (error) {
      log.dropped(
        path,
        `could not be read (internal error: ${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (record === undefined && !log.isDropped) log.dropped(path, 'could not be read');
    problems.push(...log.problems(everyProblem));
    if (record === undefined || log.isDropped) return;
    records.push(record);
    const wasRepaired = log.isRepaired || repairedBefore.has(index);
    repairedFlags.push(wasRepaired);
    if (wasRepaired) repaired += 1;
  });
  return {
    records,
    repairedFlags,
    counts: { loaded: records.length, repaired, dropped: raws.length - records.length },
  };
}

/** Relations may only point at events that were kept; the rest are removed and reported. */
function resolveRelations(
  restored: readonly { event: TimelineEvent; relations: PendingRelation[] }[],
  eventIds: IdList,
): { events: TimelineEvent[]; problems: Problem[]; newlyRepaired: Set<number> } {
  const problems: Problem[] = [];
  const newlyRepaired = new Set<number>();
  const events = restored.map(({ event, relations }, index) => {
    const related: EventRelation[] = [];
    for (const { path, eventId, relation } of relations) {
      if (eventIds.has(eventId)) {
        related.push({ eventId, relation });
        continue;
      }
      const why = eventIds.given.has(eventId)
        ? `refers to event "${eventId}", which was dropped`
        : `unknown event "${eventId}"`;
      problems.push({ path, message: `${why}; the relation is left out`, effect: 'repaired' });
      newlyRepaired.add(index);
    }
    return related.length > 0 ? { ...event, related } : event;
  });
  return { events, problems, newlyRepaired };
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

/** A list at the top of the dataset; anything else is reported, and read as an empty list. */
function topList(raw: RawRecord, key: RecordList, problems: Problem[]): readonly unknown[] {
  const value = own(raw, key);
  if (Array.isArray(value)) return value;
  if (value === undefined && key === 'eras') return [];
  const why = value === undefined ? 'is missing' : `must be a list, not ${describeValue(value)}`;
  problems.push({ path: `dataset.${key}`, message: `${why}; read as an empty list`, effect: 'repaired' });
  return [];
}

/** The dataset's title and description, mended where needed. */
function header(raw: RawRecord, problems: Problem[]) {
  const log = new RecordLog();
  ignoreUnknownFields(raw, FIELDS.dataset, 'dataset', log);
  const title = textOrStandIn(raw, 'title', 'dataset', log, LIMITS.title, 'Untitled dataset');
  // An empty description is allowed: the title may say it all.
  const description =
    own(raw, 'description') === ''
      ? ''
      : textOrStandIn(raw, 'description', 'dataset', log, LIMITS.description, '');
  problems.push(...log.problems());
  return { title, description };
}

export function validateDataset(input: unknown, options: ValidationOptions = {}): ValidationResult {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      problems: [{ path: 'dataset', message: `must be a JSON object, not ${describeValue(input)}` }],
    };
  }
  const migration = migrate(input);
  const raw = migration.raw;
  const problems: Problem[] = [...migration.problems];
  const rawEvents = own(raw, 'events');
  if (!Array.isArray(rawEvents)) {
    const why = rawEvents === undefined ? 'is missing' : `must be a list, not ${describeValue(rawEvents)}`;
    return {
      ok: false,
      problems: [...problems, { path: 'dataset.events', message: `${why}: there is nothing to read` }],
    };
  }
  options.beforeChecking?.(rawEvents);
  const { title, description } = header(raw, problems);

  const rawSources = topList(raw, 'sources', problems);
  const sourceIds = new IdList(rawSources);
  const sources = restoreList(
    'sources',
    rawSources,
    (record, path, log) => {
      const source = restoreSource(record, path, sourceIds, log, options.readTextFile);
      if (source) sourceIds.keep(source.id);
      return source;
    },
    problems,
    { everyProblem: options.everyProblem },
  );

  const rawActors = topList(raw, 'actors', problems);
  const actorIds = new IdList(rawActors);
  const actors = restoreList(
    'actors',
    rawActors,
    (record, path, log) => {
      const actor = restoreActor(record, path, actorIds, log);
      if (actor) actorIds.keep(actor.id);
      return actor;
    },
    problems,
    { everyProblem: options.everyProblem },
  );

  const lists: EventLists = {
    sources: new Map(sources.records.map((source) => [source.id, source])),
    sourceIds,
    actorIds,
    eventIds: new IdList(rawEvents),
  };
  let checked = 0;
  const restored = restoreList(
    'events',
    rawEvents,
    (record, path, log) => {
      checked += 1;
      if (options.onProgress && checked % PROGRESS_EVERY === 0) options.onProgress(checked, rawEvents.length);
      const result = restoreEvent(record, path, lists, log);
      if (result) lists.eventIds.keep(result.event.id);
      return result;
    },
    problems,
    { repairedBefore: options.repairedEvents, everyProblem: options.everyProblem },
  );
  const resolved = resolveRelations(restored.records, lists.eventIds);
  problems.push(...resolved.problems);
  const newlyRepaired = [...resolved.newlyRepaired].filter((index) => !restored.repairedFlags[index]).length;
  const events = sortEvents(resolved.events);

  const eras = restoreList('eras', topList(raw, 'eras', problems), restoreEra, problems, {
    everyProblem: options.everyProblem,
  });

  const dataset: Dataset = {
    version: CURRENT_VERSION,
    title,
    description,
    sources: sources.records,
    actors: actors.records,
    events,
    sourceById: lists.sources,
    actorById: new Map(actors.records.map((actor) => [actor.id, actor])),
    eventById: new Map(events.map((event) => [event.id, event])),
    eras: eras.records,
  };
  const counts: RecordCounts = {
    sources: sources.counts,
    actors: actors.counts,
    events: { ...restored.counts, repaired: restored.counts.repaired + newlyRepaired },
    eras: eras.counts,
  };
  return { ok: true, dataset, problems, counts };
}
