import { FIELDS, LIMITS } from '../contract';
import { ACTOR_KINDS, type Actor, type ActorKind } from '../types';
import { describeValue, ignoreUnknownFields, own, readText, type RawRecord } from './fields';
import type { IdList } from './ids';
import type { RecordLog } from './record-log';

/* One actor. Without a name it is dropped; an unknown kind becomes "organization", a bad colour is left out. */

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const KIND_LIST = ACTOR_KINDS.map((kind) => `"${kind}"`).join(', ');

function isActorKind(value: unknown): value is ActorKind {
  return (ACTOR_KINDS as readonly unknown[]).includes(value);
}

export function restoreActor(raw: RawRecord, path: string, ids: IdList, log: RecordLog): Actor | undefined {
  ignoreUnknownFields(raw, FIELDS.actor, path, log);
  const name = readText(raw, 'name', path, log, LIMITS.title);
  if (!name.ok) return log.dropped(`${path}.name`, name.why);
  const id = ids.claim(raw, name.value, path, log);
  const rawKind = own(raw, 'kind');
  let kind: ActorKind = 'organization';
  if (isActorKind(rawKind)) kind = rawKind;
  else {
    const why = rawKind === undefined ? 'is missing' : `${describeValue(rawKind)} is not one of ${KIND_LIST}`;
    log.repaired(`${path}.kind`, `${why}; read as "organization"`);
  }
  const color = own(raw, 'color');
  const colorOk = typeof color === 'string' && COLOUR.test(color);
  if (color !== undefined && !colorOk)
    log.repaired(`${path}.color`, `${describeValue(color)} is not a colour like "#1f77b4"; left out`);
  return { id, name: name.value, kind, ...(colorOk && { color }) };
}
