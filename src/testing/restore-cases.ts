/*
 * The table runner of the restore tests: each case edits the fixture dataset in one place, and says what the
 * report must list (path, message, effect), which events load, and how many records of each list were
 * repaired or dropped.
 */
import { expect, it } from 'vitest';
import type { Dataset, ProblemEffect } from '../domain/types';
import type { RecordCounts, RecordList } from '../domain/validate-dataset';
import { editedDataset, expectLoaded, validateFixture, type RawDataset } from './dataset-fixtures';

/** Ids of the fixture's events, in the order validation sorts them (by date). */
export const ALL_EVENTS = ['first-event', 'third-event', 'second-event'];

export type ExpectedProblem = readonly [path: string, message: string | RegExp, effect: ProblemEffect];

export interface RestoreCase {
  readonly name: string;
  readonly edit: (dataset: RawDataset) => void;
  readonly problems: readonly ExpectedProblem[];
  /** Ids of the events that load, in date order; all three where left out. */
  readonly events?: readonly string[];
  /** Repaired and dropped records per list; none where left out. */
  readonly changed?: Partial<Record<RecordList, { repaired?: number; dropped?: number }>>;
  /** More that must hold of the dataset. */
  readonly check?: (dataset: Dataset) => void;
}

export function expectedProblems(problems: readonly ExpectedProblem[]) {
  return problems.map(([path, message, effect]) => ({
    path,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
    effect,
  }));
}

function expectedCounts(raw: RawDataset, changed: RestoreCase['changed'] = {}): RecordCounts {
  const count = (list: RecordList) => {
    const given = Array.isArray(raw[list]) ? (raw[list] as unknown[]).length : 0;
    const { repaired = 0, dropped = 0 } = changed[list] ?? {};
    return { loaded: given - dropped, repaired, dropped };
  };
  return { sources: count('sources'), actors: count('actors'), events: count('events'), eras: count('eras') };
}

/** One test per case. */
export function itRestores(cases: readonly RestoreCase[]): void {
  it('names every case differently', () => {
    const names = cases.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(cases)('$name', ({ edit, problems, events, changed, check }) => {
    const raw = editedDataset(edit);
    const result = expectLoaded(validateFixture(raw));
    expect(result.problems).toEqual(expectedProblems(problems));
    expect(result.dataset.events.map((event) => event.id)).toEqual(events ?? ALL_EVENTS);
    expect(result.counts).toEqual(expectedCounts(raw, changed));
    check?.(result.dataset);
  });
}
