/*
 * The fictional world of the synthetic dataset: its actors and the sides they are on, places, categories of
 * event and who takes part in each, publishers, attributions and how events relate.
 */
import type { RawActor } from '../../src/domain/contract';
import type { RelationKind } from '../../src/domain/types';

type Side = 'north' | 'south' | 'valdoria' | 'neutral';

export interface ActorSpec extends RawActor {
  readonly kind: RawActor['kind'];
  /** Which side of the conflict; fighting happens between sides, never within one. */
  readonly side: Side;
}

export const ACTORS: readonly ActorSpec[] = [
  { id: 'northland', name: 'Northland', kind: 'state', color: '#1d4ed8', side: 'north' },
  { id: 'southmark', name: 'Southmark', kind: 'state', color: '#b91c1c', side: 'south' },
  {
    id: 'northland-armed-forces',
    name: 'Northland Armed Forces',
    kind: 'armed-force',
    color: '#0e7490',
    side: 'north',
  },
  { id: 'southmark-army', name: 'Southmark Army', kind: 'armed-force', color: '#c2410c', side: 'south' },
  { id: 'valdoria', name: 'Valdoria', kind: 'state', color: '#a16207', side: 'valdoria' },
  {
    id: 'free-valdorian-brigade',
    name: 'Free Valdorian Brigade',
    kind: 'armed-force',
    color: '#7e22ce',
    side: 'valdoria',
  },
  { id: 'mara-kessel', name: 'Mara Kessel', kind: 'person', color: '#15803d', side: 'north' },
  { id: 'ivo-draganov', name: 'Ivo Draganov', kind: 'person', color: '#9f1239', side: 'south' },
  {
    id: 'continental-relief-council',
    name: 'Continental Relief Council',
    kind: 'organization',
    side: 'neutral',
  },
  { id: 'estmere', name: 'Estmere', kind: 'state', color: '#4338ca', side: 'neutral' },
  { id: 'lena-ostrova', name: 'Lena Ostrova', kind: 'person', side: 'valdoria' },
  { id: 'monitoring-mission', name: 'Monitoring Mission to Valdoria', kind: 'organization', side: 'neutral' },
  { id: 'united-assembly', name: 'United Assembly', kind: 'organization', side: 'neutral' },
  { id: 'tomas-brevik', name: 'Tomas Brevik', kind: 'person', side: 'neutral' },
];
export const FIGHTING: readonly Category[] = ['attack', 'military'];

export const PLACES = [
  'Port Harlow',
  'Kessin',
  'Veldra',
  'Marov Heights',
  'Brannock',
  'Ostrel',
  'Dunmere',
  'Sarnow',
  'Gildas Crossing',
  'Tarrow Valley',
  'New Aldin',
  'Irvest',
  'Coldwater Bridge',
  'Ravensk',
  'Pellin',
  'Zarech',
  'Wyeford',
  'Murin Pass',
  'Calder Bay',
  'Fennick',
];
export const REGIONS = ['Eastern Valdoria', 'the Northland border zone', 'Southmark', 'the coastal province'];

export type Category =
  'attack' | 'military' | 'politics' | 'diplomacy' | 'aid' | 'policy' | 'protest' | 'displacement';

export const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['attack', 30],
  ['military', 20],
  ['politics', 10],
  ['diplomacy', 10],
  ['aid', 8],
  ['policy', 8],
  ['protest', 8],
  ['displacement', 6],
];

/** In a burst, fighting dominates. */
export const BURST_CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ['attack', 55],
  ['military', 25],
  ['displacement', 8],
  ['aid', 5],
  ['diplomacy', 4],
  ['politics', 3],
];

/** Who takes part in each kind of event, and in what role: [actor kinds of the first, role of the first, role of the second]. */
export const ROLES: Record<Category, readonly [readonly RawActor['kind'][], string, string]> = {
  attack: [['armed-force', 'state'], 'attacker', 'target'],
  military: [['armed-force', 'state'], 'deploys', 'opposing force'],
  politics: [['person', 'state'], 'speaker', 'addressed'],
  diplomacy: [['state', 'person', 'organization'], 'negotiator', 'counterpart'],
  aid: [['organization', 'state'], 'donor', 'recipient'],
  policy: [['state', 'person'], 'decides', 'affected'],
  protest: [['state', 'person'], 'target of protest', 'mentioned'],
  displacement: [['organization', 'state'], 'receives displaced people', 'responsible'],
};

export const PUBLISHERS = [
  'Valdoria Conflict Monitor',
  'Northland Broadcasting',
  'Regional Observer',
  'Continental Press Agency',
  'Frontline Relief Bulletin',
];

export const ATTRIBUTIONS = [
  'according to local officials',
  'according to the monitoring mission',
  'confirmed by two independent sources',
  'according to residents',
  'according to a military spokesperson',
];

export const RELATIONS: readonly (readonly [RelationKind, number])[] = [
  ['follows', 4],
  ['responds-to', 3],
  ['caused-by', 2],
  ['context', 2],
  ['background', 1],
  ['goes-further-than', 1],
  ['contrasts-with', 1],
];
