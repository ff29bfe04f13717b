/**
 * Typed, validated records of a dataset (contract version 1). Raw JSON never reaches the app: it goes
 * through `validateDataset` once, at the edge, and comes out as these.
 */

export type Precision = 'year' | 'month' | 'day';

/** One end of an EDTF date: a calendar date at some precision, possibly qualified. */
export interface EdtfPoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** First instant covered, in ms since the epoch (UTC). */
  readonly earliest: number;
  /** First instant no longer covered (exclusive end), in ms since the epoch (UTC). */
  readonly latest: number;
}

/** An open (`..`) or unknown (empty) end of an interval. */
export interface EdtfOpenEnd {
  readonly kind: 'open' | 'unknown';
}

export type EdtfDate =
  | { readonly kind: 'point'; readonly text: string; readonly point: EdtfPoint }
  | {
      readonly kind: 'interval';
      readonly text: string;
      readonly start: EdtfPoint | EdtfOpenEnd;
      readonly end: EdtfPoint | EdtfOpenEnd;
    };

export const ACTOR_KINDS = ['state', 'person', 'armed-force', 'organization'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** Always http: or https:, checked at validation. */
  readonly url: string;
  readonly published: EdtfDate;
  readonly publishedBasis?: string;
  readonly text: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** `#rrggbb` only, checked at validation. */
  readonly color?: string;
}

export interface EventActor {
  readonly actorId: string;
  readonly role?: string;
}

/** A W3C TextQuoteSelector resolved to one character range `[start, end)` of its source's text. */
export interface AnchoredExcerpt {
  readonly sourceId: string;
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly start: number;
  readonly end: number;
}

export const RELATION_KINDS = [
  'responds-to',
  'goes-further-than',
  'follows',
  'background',
  'context',
  'contrasts-with',
  'caused-by',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface EventRelation {
  readonly eventId: string;
  readonly relation: RelationKind;
}

export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly date: EdtfDate;
  readonly dateBasis: string;
  readonly category: string;
  readonly actors: readonly EventActor[];
  readonly place?: string;
  readonly attribution?: string;
  readonly excerpts: readonly AnchoredExcerpt[];
  readonly related: readonly EventRelation[];
}

export interface Dataset {
  readonly version: 1;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  /** Sorted by date (earliest instant, then latest, then id). */
  readonly events: readonly TimelineEvent[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
}

/** One thing wrong with a dataset: where (`events[3].excerpts[0].exact`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}
