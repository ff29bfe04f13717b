import { isPlainObject } from '../plain-object';
import { claimUniqueSlug } from '../slug';
import { describeValue, idFrom, own } from './fields';
import type { RecordLog } from './record-log';

/*
 * The ids of one list (sources, actors or events). An id that is not a slug is made one, and references to it
 * are mended alike; a missing id is made from the record's title; a repeated id is renamed `id-2`, so the second
 * record is kept and references keep meaning the first.
 */

export class IdList {
  private readonly claimed = new Set<string>();
  private readonly firstPath = new Map<string, string>();
  /** The (mended) ids the raw records give, whether or not their record is kept. */
  readonly given: ReadonlySet<string>;
  private readonly kept = new Set<string>();

  constructor(raws: readonly unknown[]) {
    const given = new Set<string>();
    for (const raw of raws) {
      const id = isPlainObject(raw) ? idFrom(own(raw, 'id')) : undefined;
      if (id) given.add(id.id);
    }
    this.given = given;
  }

  /** The id the record at `path` is kept under; `title` names it where it has no usable id. */
  claim(record: Record<string, unknown>, title: string, path: string, log: RecordLog): string {
    const value = own(record, 'id');
    const mended = idFrom(value);
    let base = mended?.id;
    if (!mended) {
      base = idFrom(title)?.id ?? 'record';
      const why = value === undefined ? 'is missing' : `${describeValue(value)} gives no id`;
      log.repaired(`${path}.id`, `${why}; the id "${base}" is made from its title`);
    } else if (mended.changed) {
      log.repaired(`${path}.id`, `${describeValue(value)} is not a slug; read as "${mended.id}"`);
    }
    const wanted = base ?? 'record';
    const id = claimUniqueSlug(wanted, this.claimed, this.given);
    if (id === wanted) {
      this.firstPath.set(id, path);
    } else {
      const first = this.firstPath.get(wanted) ?? 'an earlier record';
      log.repaired(`${path}.id`, `repeats the id "${wanted}" of ${first}; renamed "${id}"`);
    }
    return id;
  }

  /** Records that the record with `id` was kept. */
  keep(id: string): void {
    this.kept.add(id);
  }

  has(id: string): boolean {
    return this.kept.has(id);
  }
}

/**
 * A reference to a record of `list`: the mended id where that record is kept, else undefined and why, in the
 * words of the message that reports it ("unknown actor "x"", "refers to actor "x", which was dropped").
 */
export function resolveReference(
  value: unknown,
  kind: string,
  ids: IdList,
): { id: string; changed: boolean } | { why: string } {
  const mended = idFrom(value);
  if (!mended)
    return {
      why: `must be the id of ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}, not ${describeValue(value)}`,
    };
  if (ids.has(mended.id)) return mended;
  return {
    why: ids.given.has(mended.id)
      ? `refers to ${kind} "${mended.id}", which was dropped`
      : `unknown ${kind} "${mended.id}"`,
  };
}
