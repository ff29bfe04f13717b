import { describe, expect, it } from 'vitest';
import {
  INVERSE_RELATION_LABELS,
  RELATION_LABELS,
  incomingRelations,
  relatedEventIds,
  relationGroups,
} from './relations';
import { RELATION_KINDS, type EventRelation, type RelationKind, type TimelineEvent } from './types';
import { eventOn } from '../testing/dataset-fixtures';

const event = (id: string, related: [string, RelationKind][] = []): TimelineEvent =>
  eventOn(id, '2024-11-17', {
    related: related.map(([eventId, relation]): EventRelation => ({ eventId, relation })),
  });

const troops = event('troops');
const requests = event('requests');
const may = event('may');
const decision = event('decision', [
  ['troops', 'responds-to'],
  ['may', 'goes-further-than'],
  ['requests', 'responds-to'],
]);
const hesitation = event('hesitation', [['requests', 'responds-to']]);
const plans = event('plans', [['decision', 'contrasts-with']]);
const events = [troops, requests, may, decision, hesitation, plans];
const incoming = incomingRelations(events);

describe('relation labels', () => {
  it('has a label in both directions for every relation kind', () => {
    for (const kind of RELATION_KINDS) {
      expect(RELATION_LABELS[kind]).toMatch(/^[A-Z]/);
      expect(INVERSE_RELATION_LABELS[kind]).toMatch(/^[A-Z]/);
    }
  });
});

describe('incomingRelations', () => {
  it('lists, for each event, the events that state a relation towards it', () => {
    expect(incoming.get('requests')).toEqual([
      { eventId: 'decision', relation: 'responds-to' },
      { eventId: 'hesitation', relation: 'responds-to' },
    ]);
    expect(incoming.get('decision')).toEqual([{ eventId: 'plans', relation: 'contrasts-with' }]);
    expect(incoming.has('plans')).toBe(false);
  });

  it('ignores an event related to itself', () => {
    expect(incomingRelations([event('loop', [['loop', 'follows']])]).size).toBe(0);
  });
});

describe('relationGroups', () => {
  it('groups the relations an event states under one label each, in first-stated order', () => {
    expect(relationGroups(decision, new Map())).toEqual([
      { label: 'Responds to', eventIds: ['troops', 'requests'] },
      { label: 'Goes further than', eventIds: ['may'] },
    ]);
  });

  it('adds the relations other events state towards it, read the other way', () => {
    expect(relationGroups(requests, incoming)).toEqual([
      { label: 'Responded to by', eventIds: ['decision', 'hesitation'] },
    ]);
    expect(relationGroups(decision, incoming).at(-1)).toEqual({
      label: 'Contrasts with',
      eventIds: ['plans'],
    });
  });

  it('lists a symmetric relation stated on both events once', () => {
    const a = event('a', [['b', 'contrasts-with']]);
    const b = event('b', [['a', 'contrasts-with']]);
    expect(relationGroups(a, incomingRelations([a, b]))).toEqual([
      { label: 'Contrasts with', eventIds: ['b'] },
    ]);
  });

  it('is empty for an event without relations', () => {
    expect(relationGroups(event('alone'), incoming)).toEqual([]);
  });
});

describe('relatedEventIds', () => {
  it('holds the events related in either direction, never the event itself', () => {
    expect(relatedEventIds(decision, incoming)).toEqual(new Set(['troops', 'may', 'requests', 'plans']));
    expect(relatedEventIds(troops, incoming)).toEqual(new Set(['decision']));
    expect(relatedEventIds(event('loop', [['loop', 'follows']]), incoming)).toEqual(new Set());
  });
});
