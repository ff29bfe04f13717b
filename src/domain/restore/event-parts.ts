import { FIELDS, LIMITS } from '../contract';
import { isPlainObject } from '../plain-object';
import {
  LOCATION_PRECISIONS,
  RELATION_KINDS,
  type EventActor,
  type EventLink,
  type EventMedia,
  type EventRelation,
  type GeoLocation,
  type LocationPrecision,
  type RelationKind,
} from '../types';
import {
  capList,
  describeValue,
  idFrom,
  ignoreUnknownFields,
  optionalHttpUrl,
  optionalList,
  optionalObject,
  optionalText,
  own,
  type RawRecord,
} from './fields';
import { resolveReference, type IdList } from './ids';
import type { RecordLog } from './record-log';

/*
 * The parts of an event other than its title, date and quotes. Each is read on its own: a bad one is left out
 * (an actor among several, a relation, the coordinates) and the event kept.
 */

/** Each entry of a list field that is an object, with its path; the others are reported and left out. */
function eachObject(
  list: readonly unknown[],
  path: string,
  log: RecordLog,
  what: string,
  visit: (raw: RawRecord, at: string) => void,
) {
  list.forEach((raw, index) => {
    const at = `${path}[${index}]`;
    if (isPlainObject(raw)) visit(raw, at);
    else log.repaired(at, `must be an object, not ${describeValue(raw)}; the ${what} is left out`);
  });
}

export function restoreEventActors(
  event: RawRecord,
  path: string,
  actorIds: IdList,
  log: RecordLog,
): EventActor[] {
  const given = own(event, 'actors');
  if (given === undefined) log.repaired(`${path}.actors`, 'is missing; the event is kept without actors');
  else if (Array.isArray(given) && given.length === 0)
    log.repaired(`${path}.actors`, 'names no actor; the event is kept without one');
  const list = optionalList(event, 'actors', path, log, 'the event is kept without actors') ?? [];
  const actors: EventActor[] = [];
  eachObject(
    capList(list, LIMITS.actorsPerEvent, `${path}.actors`, log),
    `${path}.actors`,
    log,
    'actor',
    (raw, at) => {
      ignoreUnknownFields(raw, FIELDS.eventActor, at, log);
      const reference = resolveReference(own(raw, 'actor'), 'actor', actorIds);
      if ('why' in reference) return log.repaired(`${at}.actor`, `${reference.why}; left out of the event`);
      if (reference.changed)
        log.repaired(
          `${at}.actor`,
          `${describeValue(own(raw, 'actor'))} is not a slug; read as "${reference.id}"`,
        );
      const role = optionalText(raw, 'role', at, log, LIMITS.role);
      actors.push({ actorId: reference.id, ...(role !== undefined && { role }) });
    },
  );
  return actors;
}

function isRelationKind(value: unknown): value is RelationKind {
  return (RELATION_KINDS as readonly unknown[]).includes(value);
}

const RELATION_LIST = RELATION_KINDS.map((kind) => `"${kind}"`).join(', ');

/** A relation as read, before the events it points to are known: `path` names it in the report. */
export interface PendingRelation extends EventRelation {
  readonly path: string;
}

export function restoreRelations(
  event: RawRecord,
  path: string,
  ownId: string,
  log: RecordLog,
): PendingRelation[] {
  const list = optionalList(event, 'related', path, log, 'left out') ?? [];
  const relations: PendingRelation[] = [];
  eachObject(
    capList(list, LIMITS.relationsPerEvent, `${path}.related`, log),
    `${path}.related`,
    log,
    'relation',
    (raw, at) => {
      ignoreUnknownFields(raw, FIELDS.relation, at, log);
      const relation = own(raw, 'relation');
      if (!isRelationKind(relation)) {
        const why =
          relation === undefined ? 'is missing' : `${describeValue(relation)} is not one of ${RELATION_LIST}`;
        return log.repaired(`${at}.relation`, `${why}; the relation is left out`);
      }
      const target = own(raw, 'event');
      const mended = idFrom(target);
      if (mended === undefined) {
        const why = `must be the id of an event, not ${describeValue(target)}`;
        return log.repaired(`${at}.event`, `${why}; the relation is left out`);
      }
      if (mended.changed)
        log.repaired(`${at}.event`, `${describeValue(target)} is not a slug; read as "${mended.id}"`);
      if (mended.id === ownId)
        return log.repaired(`${at}.event`, 'refers to the event itself; the relation is left out');
      relations.push({ eventId: mended.id, relation, path: `${at}.event` });
    },
  );
  return relations;
}

function isLocationPrecision(value: unknown): value is LocationPrecision {
  return (LOCATION_PRECISIONS as readonly unknown[]).includes(value);
}

function inRange(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

export function restoreLocation(event: RawRecord, path: string, log: RecordLog): GeoLocation | undefined {
  const raw = optionalObject(event, 'location', path, log);
  if (!raw) return undefined;
  const at = `${path}.location`;
  ignoreUnknownFields(raw, FIELDS.location, at, log);
  const { lat, lon, precision } = {
    lat: own(raw, 'lat'),
    lon: own(raw, 'lon'),
    precision: own(raw, 'precision'),
  };
  if (!inRange(lat, 90) || !inRange(lon, 180)) {
    log.repaired(at, 'needs lat (-90 to 90) and lon (-180 to 180) in degrees; left out');
    return undefined;
  }
  if (precision !== undefined && !isLocationPrecision(precision)) {
    const list = LOCATION_PRECISIONS.map((value) => `"${value}"`).join(', ');
    log.repaired(`${at}.precision`, `${describeValue(precision)} is not one of ${list}; left out`);
  }
  return { lat, lon, ...(isLocationPrecision(precision) && { precision }) };
}

export function restoreFatalities(event: RawRecord, path: string, log: RecordLog): number | undefined {
  const value = own(event, 'fatalities');
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  log.repaired(
    `${path}.fatalities`,
    `must be a whole number of 0 or more, not ${describeValue(value)}; left out`,
  );
  return undefined;
}

export function restoreMedia(event: RawRecord, path: string, log: RecordLog): EventMedia | undefined {
  const raw = optionalObject(event, 'media', path, log);
  if (!raw) return undefined;
  const at = `${path}.media`;
  ignoreUnknownFields(raw, FIELDS.media, at, log);
  const url = optionalHttpUrl(raw, 'url', at, log, 'the media is kept without it');
  const caption = optionalText(raw, 'caption', at, log, LIMITS.caption);
  const credit = optionalText(raw, 'credit', at, log, LIMITS.credit);
  const media = {
    ...(url !== undefined && { url }),
    ...(caption !== undefined && { caption }),
    ...(credit !== undefined && { credit }),
  };
  return Object.keys(media).length > 0 ? media : undefined;
}

export function restoreLinks(event: RawRecord, path: string, log: RecordLog): EventLink[] | undefined {
  const list = optionalList(event, 'links', path, log, 'left out');
  if (!list) return undefined;
  const links: EventLink[] = [];
  eachObject(
    capList(list, LIMITS.linksPerEvent, `${path}.links`, log),
    `${path}.links`,
    log,
    'link',
    (raw, at) => {
      ignoreUnknownFields(raw, FIELDS.link, at, log);
      const url = optionalHttpUrl(raw, 'url', at, log, 'the link is left out');
      if (url === undefined) {
        if (own(raw, 'url') === undefined) log.repaired(`${at}.url`, 'is missing; the link is left out');
        return;
      }
      const text = optionalText(raw, 'text', at, log, LIMITS.linkText);
      links.push({ url, ...(text !== undefined && { text }) });
    },
  );
  return links.length > 0 ? links : undefined;
}
