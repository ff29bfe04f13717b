import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curatedRawInline } from '../../testing/curated-dataset';
import { rawDataset, readFixtureFile } from '../../testing/dataset-fixtures';
import { pathsOf, REMOVE, replaceAt, type JsonPath } from '../../testing/json-paths';
import { PROPERTY_RUNS, PROPERTY_TIMEOUT } from '../../testing/properties';
import { validateDataset } from '../validate-dataset';

/*
 * Corrupting one field of a valid dataset, anywhere and in any way, loses at most that field's record: an
 * event's field at most that event; a source's or an actor's field no event at all (its quotes are kept as not
 * found, its actor left out); a field of the dataset itself no event, unless it is the list of events.
 */

interface Base {
  readonly name: string;
  readonly raw: Record<string, unknown>;
  readonly readTextFile?: (path: string) => string | undefined;
}

const BASES: Base[] = [
  { name: 'the test fixture', raw: rawDataset(), readTextFile: readFixtureFile },
  { name: 'the curated dataset', raw: curatedRawInline() },
];

const corruption = fc.oneof(
  fc.constant(REMOVE),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', 'javascript:alert(1)', '2024-13', 'Not A Slug', -1, Number.MAX_VALUE, null),
);

const LISTS = ['sources', 'actors', 'events'] as const;
type List = (typeof LISTS)[number];

/** The record a path is inside of: its list and its position there, or the whole list for the list itself. */
function ownerOf(path: JsonPath): { list: List; index: number | 'all' } | undefined {
  const [list, index] = path;
  if (!LISTS.includes(list as List)) return undefined;
  return { list: list as List, index: typeof index === 'number' ? index : 'all' };
}

/** What names a record, unchanged by the mending of its id: a source's or an event's title, an actor's name. */
function namesOf(records: readonly unknown[]): string[] {
  return records.map((record) => {
    const fields = record as { title?: unknown; name?: unknown };
    return String(fields.title ?? fields.name);
  });
}

describe('one corrupted field costs at most its own record', () => {
  it.each(BASES)(
    'in $name',
    ({ raw, readTextFile }) => {
      const paths = pathsOf(raw).filter((path) => !(path.length === 1 && path[0] === 'events'));
      fc.assert(
        fc.property(fc.constantFrom(...paths), corruption, (path, value) => {
          const result = validateDataset(replaceAt(raw, path, value), { readTextFile });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const owner = ownerOf(path);
          for (const list of LISTS) {
            const given = raw[list] as unknown[];
            const spared = given.filter(
              (_, index) => owner?.list !== list || (owner.index !== 'all' && owner.index !== index),
            );
            // Every record but the corrupted one is there, under its own name.
            const loaded = namesOf(result.dataset[list]);
            for (const name of namesOf(spared)) expect(loaded).toContain(name);
            if (owner?.list !== list || owner.index !== 'all')
              expect(result.counts[list].dropped).toBeLessThanOrEqual(given.length - spared.length);
          }
          expect(result.problems.every((problem) => !problem.message.includes('internal error'))).toBe(true);
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
