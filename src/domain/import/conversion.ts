import type { RawActor, RawDataset } from '../contract';
import type { Problem } from '../types';

/** The actor of events whose file names none (TimelineJS events without a group, ACLED rows without actors). */
export const UNATTRIBUTED_ACTOR: RawActor = {
  id: 'unattributed',
  name: 'Unattributed',
  kind: 'organization',
};

/**
 * What a format converter hands to the importer: the raw dataset; what it could not convert (each reported in
 * `problems`), mended (`repaired`: positions in `raw.events`) or noted; and for every raw event where it came
 * from in the file (`line 13`, `events[3]`), so that validation problems can name the place the user can find.
 */
export interface Conversion {
  readonly raw: RawDataset;
  readonly problems: Problem[];
  /** Records the converter could not read: events (rows of a CSV file), and eras. */
  readonly dropped: { readonly events: number; readonly eras?: number };
  readonly repaired: ReadonlySet<number>;
  readonly eventOrigins: readonly string[];
}

/** A conversion that failed as a whole: nothing in the file could be read as events. */
export interface ConversionFailure {
  readonly raw?: undefined;
  readonly problems: Problem[];
}
