import type { Problem, ProblemEffect } from '../types';

/*
 * What restoring one record found, in the order its fields were read. An import report lists, for a record that
 * is dropped after all, only why it was dropped, not the fields that were mended on the way; an author (the
 * editor) is told every field's problem at once.
 */

export class RecordLog {
  private readonly found: Problem[] = [];
  private dropCount = 0;
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
    this.add(path, message, 'dropped');
    this.dropCount += 1;
    return undefined;
  }

  get isDropped(): boolean {
    return this.dropCount > 0;
  }

  get isRepaired(): boolean {
    return this.changed;
  }

  /** What the report lists for this record: with `everyField`, also what was mended in a record dropped. */
  problems(everyField = false): Problem[] {
    return this.isDropped && !everyField
      ? this.found.filter((problem) => problem.effect === 'dropped')
      : this.found;
  }

  private add(path: string, message: string, effect: ProblemEffect) {
    this.found.push({ path, message, effect });
  }
}
