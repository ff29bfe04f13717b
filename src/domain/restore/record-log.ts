import type { Problem, ProblemEffect } from '../types';

/*
 * What restoring one record found. Problems are kept per record: a record that is dropped after all reports
 * only why it was dropped, not the fields that were mended on the way.
 */

export class RecordLog {
  private readonly found: Problem[] = [];
  private readonly dropReasons: Problem[] = [];
  private changed = false;

  /** The record is kept with the field at `path` mended or left out; `message` says what and how. */
  repaired(path: string, message: string): void {
    this.add(path, message, 'repaired');
    this.changed = true;
  }

  /** A field the contract does not know: ignored, the record is kept as it is. */
  ignored(path: string, message: string): void {
    this.add(path, message, 'ignored');
  }

  /** The record cannot be used: it is dropped for this reason. Returns nothing, for `return log.dropped(...)`. */
  dropped(path: string, message: string): undefined {
    this.dropReasons.push({ path, message, effect: 'dropped' });
    return undefined;
  }

  get isDropped(): boolean {
    return this.dropReasons.length > 0;
  }

  get isRepaired(): boolean {
    return this.changed;
  }

  /** What the report lists for this record. */
  problems(): Problem[] {
    return this.isDropped ? this.dropReasons : this.found;
  }

  private add(path: string, message: string, effect: ProblemEffect) {
    this.found.push({ path, message, effect });
  }
}
