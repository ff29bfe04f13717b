import { CURRENT_VERSION } from './contract';
import { describeValue } from './restore/fields';
import type { Problem } from './types';

/*
 * Dataset contract versions. Each entry turns a file of one version into the next, so a file of any older
 * version is read as the current one; a file of a newer version is read as the current one too, and told so.
 *
 * Version 2 added optional fields (an event's location, fatalities, displayDate, media and links; the dataset's
 * eras), made a source's url optional, and widened the dates (negative years, `Y` years, date-times). It needed
 * a new version because a reader of version 1 refuses such a file's dates and fields; every version-1 file is a
 * version-2 file as it is.
 */

type RawDataset = Record<string, unknown>;

const MIGRATIONS: ReadonlyMap<number, (raw: RawDataset) => RawDataset> = new Map([
  [1, (raw: RawDataset) => ({ ...raw, version: 2 })],
]);

export const OLDEST_VERSION = 1;

function readVersion(value: unknown, problems: Problem[]): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= OLDEST_VERSION) return value;
  const number = typeof value === 'string' ? Number(value.trim()) : NaN;
  if (Number.isSafeInteger(number) && number >= OLDEST_VERSION) {
    problems.push({
      path: 'dataset.version',
      message: `must be a number, not ${describeValue(value)}; read as ${number}`,
      effect: 'repaired',
    });
    return number;
  }
  const why = value === undefined ? 'is missing' : `${describeValue(value)} is not a version of the contract`;
  problems.push({
    path: 'dataset.version',
    message: `${why}; read as version ${CURRENT_VERSION}`,
    effect: 'repaired',
  });
  return CURRENT_VERSION;
}

/** The dataset brought to the current version, and what was said about its version on the way. */
export function migrate(raw: RawDataset): { raw: RawDataset; problems: Problem[] } {
  const problems: Problem[] = [];
  let version = readVersion(raw.version, problems);
  if (version > CURRENT_VERSION) {
    problems.push({
      path: 'dataset.version',
      message: `is ${version}, newer than the versions this app reads (${OLDEST_VERSION} to ${CURRENT_VERSION}); read as version ${CURRENT_VERSION}, so what later versions added is ignored. A newer release of the app reads all of it.`,
      effect: 'noted',
    });
    return { raw: { ...raw, version: CURRENT_VERSION }, problems };
  }
  let migrated = raw;
  for (let step = MIGRATIONS.get(version); step; step = MIGRATIONS.get(version)) {
    migrated = step(migrated);
    version += 1;
  }
  return { raw: migrated, problems };
}
