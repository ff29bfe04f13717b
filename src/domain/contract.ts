import type { ActorKind, LocationPrecision, RelationKind } from './types';

/*
 * The dataset contract as files write it (data/README.md, data/dataset.schema.json): the raw records an
 * importer builds and an export writes, the fields each record may have and the limits on them. What a file
 * does wrong against these is mended or reported record by record in restore/.
 */

/** The contract version this app writes; migrations.ts brings older files up to it. */
export const CURRENT_VERSION = 2;

export const LIMITS = {
  title: 200,
  summary: 2000,
  dateBasis: 1000,
  publisher: 200,
  publishedBasis: 1000,
  place: 200,
  attribution: 500,
  role: 100,
  displayDate: 200,
  caption: 1000,
  credit: 500,
  linkText: 200,
  description: 5000,
  sourceText: 5_000_000,
  textFile: 500,
  exact: 5000,
  context: 500,
  actorsPerEvent: 50,
  excerptsPerEvent: 50,
  relationsPerEvent: 100,
  linksPerEvent: 50,
} as const;

export interface RawSource {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  published: string;
  publishedBasis?: string;
  text?: string;
  textFile?: string;
}

export interface RawActor {
  id: string;
  name: string;
  kind: ActorKind;
  color?: string;
}

export interface RawExcerpt {
  source: string;
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface RawEvent {
  id: string;
  title: string;
  summary: string;
  date: string;
  dateBasis: string;
  category: string;
  actors: { actor: string; role?: string }[];
  place?: string;
  location?: { lat: number; lon: number; precision?: LocationPrecision };
  fatalities?: number;
  displayDate?: string;
  attribution?: string;
  excerpts: RawExcerpt[];
  related?: { event: string; relation: RelationKind }[];
  media?: { url?: string; caption?: string; credit?: string };
  links?: { url: string; text?: string }[];
}

export interface RawEra {
  title: string;
  date: string;
}

/** A dataset file of the current contract version, as an importer or an export writes it. */
export interface RawDataset {
  version: typeof CURRENT_VERSION;
  title: string;
  description: string;
  sources: RawSource[];
  actors: RawActor[];
  events: RawEvent[];
  eras?: RawEra[];
}

type FieldsOf<T> = readonly (keyof T & string)[];

/** The fields each record may have; any other is ignored with a warning. */
export const FIELDS = {
  dataset: ['$schema', 'version', 'title', 'description', 'sources', 'actors', 'events', 'eras'],
  source: [
    'id',
    'title',
    'publisher',
    'url',
    'published',
    'publishedBasis',
    'text',
    'textFile',
  ] satisfies FieldsOf<RawSource>,
  actor: ['id', 'name', 'kind', 'color'] satisfies FieldsOf<RawActor>,
  excerpt: ['source', 'exact', 'prefix', 'suffix'] satisfies FieldsOf<RawExcerpt>,
  eventActor: ['actor', 'role'],
  relation: ['event', 'relation'],
  event: [
    'id',
    'title',
    'summary',
    'date',
    'dateBasis',
    'category',
    'actors',
    'place',
    'location',
    'fatalities',
    'displayDate',
    'attribution',
    'excerpts',
    'related',
    'media',
    'links',
  ] satisfies FieldsOf<RawEvent>,
  location: ['lat', 'lon', 'precision'],
  media: ['url', 'caption', 'credit'],
  link: ['url', 'text'],
  era: ['title', 'date'] satisfies FieldsOf<RawEra>,
} as const;
