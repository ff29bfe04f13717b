import type { RawActor, RawEvent, RawSource } from '../dataset-schema';
import type { Problem } from '../types';

/** The actor of events whose file names none (TimelineJS events without a group, ACLED rows without actors). */
export const UNATTRIBUTED_ACTOR: RawActor = {
  id: 'unattributed',
  name: 'Unattributed',
  kind: 'organization',
};

/** A dataset of contract v1 as an importer builds it, before `validateDataset` checks it. */
export interface RawDatasetV1 {
  readonly version: 1;
  readonly title: string;
  readonly description: string;
  readonly sources: RawSource[];
  readonly actors: RawActor[];
  readonly events: RawEvent[];
}

/**
 * What a format converter hands to the importer: the raw dataset, the records it could not convert (each
 * reported in `problems` and dropped), and for every raw event where it came from in the file (`line 13`,
 * `events[3]`), so that validation problems can name the place the user can find.
 */
export interface Conversion {
  readonly raw: RawDatasetV1;
  readonly problems: Problem[];
  readonly droppedRecords: number;
  readonly eventOrigins: readonly string[];
}

/** A conversion that failed as a whole: nothing in the file could be read as events. */
export interface ConversionFailure {
  readonly raw?: undefined;
  readonly problems: Problem[];
}
