import type { EventRelation, RelationKind, TimelineEvent } from './types';

/*
 * Relations are stated on one event ("A responds to B"). The other direction ("B is responded to by A") is
 * derived here, never stored, so a dataset states each relation once and both events show it.
 */

/** How a relation reads from the event that states it: "Responds to: North Korean troops deployed to Kursk". */
export const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  'responds-to': 'Responds to',
  'goes-further-than': 'Goes further than',
  follows: 'Follows',
  background: 'Background',
  context: 'Context',
  'contrasts-with': 'Contrasts with',
  'caused-by': 'Caused by',
};

/** How a relation reads from the event it points at: "Responded to by: Biden approves …". */
export const INVERSE_RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  'responds-to': 'Responded to by',
  'goes-further-than': 'Taken further by',
  follows: 'Followed by',
  background: 'Background to',
  context: 'Context for',
  'contrasts-with': 'Contrasts with',
  'caused-by': 'Led to',
};

/** For each event id, the relations other events state towards it (`eventId`: the stating event). */
export type IncomingRelations = ReadonlyMap<string, readonly EventRelation[]>;

export function incomingRelations(events: readonly TimelineEvent[]): IncomingRelations {
  const incoming = new Map<string, EventRelation[]>();
  for (const event of events) {
    for (const { eventId, relation } of event.related) {
      if (eventId === event.id) continue;
      const list = incoming.get(eventId) ?? [];
      list.push({ eventId: event.id, relation });
      incoming.set(eventId, list);
    }
  }
  return incoming;
}

export interface RelationGroup {
  /** "Responds to", "Responded to by". */
  readonly label: string;
  readonly eventIds: readonly string[];
}

/**
 * An event's relations grouped under one label each: those it states first, then those stated towards it.
 * A symmetric relation stated on both events ("contrasts with") is listed once.
 */
export function relationGroups(event: TimelineEvent, incoming: IncomingRelations): RelationGroup[] {
  const groups = new Map<string, string[]>();
  const add = (label: string, eventId: string) => {
    const ids = groups.get(label) ?? [];
    if (!ids.includes(eventId)) ids.push(eventId);
    groups.set(label, ids);
  };
  for (const { eventId, relation } of event.related) {
    if (eventId !== event.id) add(RELATION_LABELS[relation], eventId);
  }
  for (const { eventId, relation } of incoming.get(event.id) ?? [])
    add(INVERSE_RELATION_LABELS[relation], eventId);
  return [...groups].map(([label, eventIds]) => ({ label, eventIds }));
}

/** Every event related to `event`, in either direction. */
export function relatedEventIds(event: TimelineEvent, incoming: IncomingRelations): Set<string> {
  return new Set(relationGroups(event, incoming).flatMap((group) => group.eventIds));
}
