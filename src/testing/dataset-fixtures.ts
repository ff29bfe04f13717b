/*
 * Shared by the tests: a small, valid raw dataset (contract v1) that each test copies and breaks in one
 * place, the same validated, bare events for code that reads few fields, and helpers that unwrap results
 * without `!` under noUncheckedIndexedAccess.
 */
import { parseEdtf } from '../domain/edtf';
import type { Dataset, EdtfDate, TimelineEvent } from '../domain/types';
import { validateDataset, type ValidationOptions, type ValidationResult } from '../domain/validate-dataset';

export type RawRecord = Record<string, unknown>;

export interface RawDataset {
  [key: string]: unknown;
  sources: RawRecord[];
  actors: RawRecord[];
  events: RawRecord[];
}

/**
 * Text of source `s1`. "the strike was confirmed" occurs twice (after "Officials said " and after
 * "spokesman said "), and the text has a curly apostrophe in "Kyiv’s".
 */
export const S1_TEXT =
  'On Sunday officials said the strike was confirmed. Later a spokesman said the strike was confirmed again. ' +
  'Kyiv’s air force reported drones over the city.';

/** Text of source `s2`, read through `textFile`. */
export const S2_TEXT = 'The aid package was announced in May. It was the largest so far.';

export const TEXT_FILES: Readonly<Record<string, string>> = { 'sources/s2.txt': S2_TEXT };

export const readFixtureFile = (path: string): string | undefined => TEXT_FILES[path];

/**
 * A fresh valid dataset: sources s1 (inline text) and s2 (textFile); actors a1, a2; events in raw order
 * first-event (2024-05), second-event (2024-11-17, related to first-event) and third-event
 * (2024-11-06/2024-11-17), which sort as first, third, second.
 */
export function rawDataset(): RawDataset {
  return {
    version: 1,
    title: 'Test dataset',
    description: 'A small dataset for unit tests.',
    sources: [
      {
        id: 's1',
        title: 'First article',
        publisher: 'Example News',
        url: 'https://example.org/one',
        published: '2024-11-17',
        text: S1_TEXT,
      },
      {
        id: 's2',
        title: 'Second article',
        publisher: 'Example News',
        url: 'http://example.org/two',
        published: '2024-05',
        publishedBasis: 'The article is dated May 2024.',
        textFile: 'sources/s2.txt',
      },
    ],
    actors: [
      { id: 'a1', name: 'Actor One', kind: 'state', color: '#1d4ed8' },
      { id: 'a2', name: 'Actor Two', kind: 'person' },
    ],
    events: [
      {
        id: 'first-event',
        title: 'Aid announced',
        summary: 'An aid package was announced.',
        date: '2024-05',
        dateBasis: 'The article says "in May".',
        category: 'aid',
        actors: [{ actor: 'a1', role: 'donor' }],
        excerpts: [{ source: 's2', exact: 'The aid package was announced in May.' }],
      },
      {
        id: 'second-event',
        title: 'Strike confirmed',
        summary: 'A spokesman confirmed the strike.',
        date: '2024-11-17',
        dateBasis: 'The article says "on Sunday".',
        category: 'attack',
        actors: [{ actor: 'a1' }, { actor: 'a2', role: 'spokesman' }],
        place: 'Kyiv',
        attribution: 'a spokesman',
        excerpts: [{ source: 's1', exact: 'the strike was confirmed', prefix: 'spokesman said ' }],
        related: [{ event: 'first-event', relation: 'follows' }],
      },
      {
        id: 'third-event',
        title: 'Drones reported',
        summary: 'The air force reported drones.',
        date: '2024-11-06/2024-11-17',
        dateBasis: 'Between the election and the article.',
        category: 'military',
        actors: [{ actor: 'a2' }],
        excerpts: [{ source: 's1', exact: 'Kyiv’s air force reported drones' }],
      },
    ],
  };
}

/** A copy of the fixture dataset changed by `edit`. */
export function editedDataset(edit: (dataset: RawDataset) => void): RawDataset {
  const dataset = rawDataset();
  edit(dataset);
  return dataset;
}

/** The element at `index`, failing the test where there is none. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no element at index ${index} (length ${list.length})`);
  return item;
}

/** A nested record of a raw record, e.g. `child(event, 'excerpts', 0)`. */
export function child(record: RawRecord, key: string, index: number): RawRecord {
  const list = record[key];
  if (!Array.isArray(list)) throw new Error(`"${key}" is not an array`);
  return at(list as RawRecord[], index);
}

/** Validates with the fixture's text files available. */
export function validateFixture(
  raw: unknown,
  options: ValidationOptions = { readTextFile: readFixtureFile },
) {
  return validateDataset(raw, options);
}

/** Narrows a result to the successful case, failing the test otherwise. */
export function expectLoaded(result: ValidationResult): Extract<ValidationResult, { ok: true }> {
  if (!result.ok) throw new Error(`dataset rejected: ${JSON.stringify(result.problems)}`);
  return result;
}

/**
 * The fixture dataset (or an edited copy of it), validated. It sorts as first-event (2024-05, aid, a1),
 * third-event (2024-11-06/2024-11-17, military, a2) and second-event (2024-11-17, attack, a1 and a2).
 */
export function fixtureDataset(raw: unknown = rawDataset()): Dataset {
  return expectLoaded(validateFixture(raw)).dataset;
}

/** The event of a dataset with this id, failing the test where there is none. */
export function eventOf(dataset: Dataset, id: string): TimelineEvent {
  const event = dataset.eventById.get(id);
  if (!event) throw new Error(`no event "${id}"`);
  return event;
}

/**
 * A bare event on an EDTF date, titled by its id, for code that reads few fields: no actors, quotes or
 * relations unless `fields` gives them.
 */
export function eventOn(id: string, date: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: id,
    summary: '',
    date: edtf(date),
    dateBasis: '',
    category: 'policy',
    actors: [],
    excerpts: [],
    related: [],
    ...fields,
  };
}

/** Parses an EDTF string the test knows to be valid. */
export function edtf(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`"${text}" did not parse: ${result.error}`);
  return result.value;
}
