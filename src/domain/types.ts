/**
 * Typed, validated records of a dataset (the current contract version, see migrations.ts). Raw JSON never
 * reaches the app: it goes through `validateDataset` once, at the edge, and comes out as these.
 */

/** How precisely a point is given: `time` is a date-time to the second. */
export type Precision = 'year' | 'month' | 'day' | 'time';

/** A time of day, as an EDTF date-time gives it; `utc` where it ends in `Z`, else the source's local time. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly utc?: boolean;
}

/**
 * One end of an EDTF date: a calendar date (or date-time) at some precision, possibly qualified. Years are
 * astronomical (0 is 1 BC) and may lie beyond the browser's dates (see calendar.ts, `isDateInstant`): then
 * `earliest` and `latest` only place them in order.
 */
export interface EdtfPoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly time?: TimeOfDay;
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
  /** The original's address, always http: or https:; absent where the dataset gives none that is. */
  readonly url?: string;
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

/** A quote whose words were not found in its source: kept and shown, never as verified. */
export interface QuoteNotFound {
  /** The source the dataset names, which may be unknown. */
  readonly sourceId: string;
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

export const LOCATION_PRECISIONS = ['place', 'near', 'region'] as const;
/** How close the coordinates are: the named place itself, near it, or only its region. */
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** Where an event happened on the globe, in degrees (WGS 84). */
export interface GeoLocation {
  readonly lat: number;
  readonly lon: number;
  readonly precision?: LocationPrecision;
}

/** A picture, video or page that goes with an event (TimelineJS media); never a source of its quotes. */
export interface EventMedia {
  /** http: or https: only. */
  readonly url?: string;
  readonly caption?: string;
  readonly credit?: string;
}

/** A link that the event's text carried (http: or https: only), with the words it was on. */
export interface EventLink {
  readonly url: string;
  readonly text?: string;
}

/** A labelled stretch of time drawn behind the events (TimelineJS eras). */
export interface Era {
  readonly title: string;
  readonly date: EdtfDate;
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
  readonly location?: GeoLocation;
  readonly fatalities?: number;
  /** The date as the source words it ("Spring 1943"), shown beside the date drawn. */
  readonly displayDate?: string;
  readonly attribution?: string;
  /** Quotes found in their source, each anchored to its passage. */
  readonly excerpts: readonly AnchoredExcerpt[];
  /** Quotes not found in their source: the event is shown as not verified while it has any, or no quote. */
  readonly quotesNotFound?: readonly QuoteNotFound[];
  readonly related: readonly EventRelation[];
  readonly media?: EventMedia;
  readonly links?: readonly EventLink[];
}

export interface Dataset {
  readonly version: 2;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  /** Sorted by date (earliest instant, then latest, then id). */
  readonly events: readonly TimelineEvent[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  /** Background bands, in the order given. */
  readonly eras: readonly Era[];
}

/**
 * What reading a dataset did about a problem: `dropped` the record at the path (or the file, for `file`),
 * `repaired` the record (left a field out or mended it; the message says how), `ignored` a field it does not
 * know, or only `noted` how it read something (numeric dates read day-first).
 */
export type ProblemEffect = 'dropped' | 'repaired' | 'ignored' | 'noted';

/** One thing wrong with a dataset: where (`events[3].excerpts[0].exact`), what, and what was done about it. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** Absent: the record at the path was dropped. */
  readonly effect?: ProblemEffect;
}
