import { parseEdtf } from '../edtf';
import type { Dataset, Problem } from '../types';
import { validateDataset, type ValidationResult } from '../validate-dataset';
import {
  addEvent,
  addSource,
  editEvent,
  type Draft,
  type DraftExcerpt,
  type EventFields,
  type SourceInput,
} from './draft';

/*
 * Checking a draft, and a record before it joins one, with the validator everything else uses: what the editor
 * accepts is exactly what `npm run validate` and the app accept.
 */

/** How many recent checks are remembered: the form's draft, the draft it is saved into, their predecessors. */
const REMEMBERED_CHECKS = 4;
const recentChecks = new Map<string, ValidationResult>();

/**
 * The draft's records, checked even while the timeline's own title or description is wrong. The same records
 * are checked several times over: as the author types (the draft with the form's event), when "Save event"
 * checks that draft again, and once it is saved (its problems, its timeline). A check is a pure function of the
 * draft's JSON, and writing the JSON takes a fraction of the check, so recent checks are remembered by it.
 */
function checkRecords(draft: Draft): ValidationResult {
  const raw = { ...draft, title: 'Untitled timeline', description: '' };
  const key = JSON.stringify(raw);
  const result = recentChecks.get(key) ?? validateDataset(raw, { everyProblem: true });
  recentChecks.delete(key);
  recentChecks.set(key, result);
  if (recentChecks.size > REMEMBERED_CHECKS) recentChecks.delete(recentChecks.keys().next().value!);
  return result;
}

function recordProblems(draft: Draft): Problem[] {
  return checkRecords(draft).problems;
}

/**
 * The draft as the app draws it: every record the validator accepts, as the download would open in the app,
 * even before the timeline has a title. Null for a draft whose shape the validator refuses outright.
 */
export function draftDataset(draft: Draft): Dataset | null {
  const result = checkRecords(draft);
  return result.ok ? result.dataset : null;
}

/** Every problem of a draft, as `validateDataset` reports it, the timeline's title and description first. */
export function draftProblems(draft: Draft): Problem[] {
  // The timeline's own fields are checked on their own, which is quick; the records' check is remembered.
  const header = validateDataset(
    { ...draft, sources: [], actors: [], events: [] },
    { everyProblem: true },
  ).problems;
  const records = recordProblems(draft).filter((problem) => !problem.path.startsWith('dataset.'));
  return [...header, ...records];
}

function isWithin(path: string, record: string): boolean {
  return path === record || path.startsWith(`${record}.`) || path.startsWith(`${record}[`);
}

/** What is wrong with adding this source, or nothing. */
export function newSourceProblems(draft: Draft, input: SourceInput): Problem[] {
  const record = `sources[${draft.sources.length}]`;
  const problems = recordProblems(addSource(draft, input).draft).filter((problem) =>
    isWithin(problem.path, record),
  );
  // The contract allows an empty text, but a source without one has nothing to quote.
  if (input.text.trim() === '') problems.push({ path: `${record}.text`, message: 'must not be empty' });
  return problems;
}

/** The problems of one event in a candidate draft, and of the actors it adds, as problems of its "Actors". */
function eventProblems(before: Draft, candidate: Draft, eventIndex: number): Problem[] {
  const record = `events[${eventIndex}]`;
  const problems = recordProblems(candidate).flatMap((problem) => {
    if (isWithin(problem.path, record)) return [problem];
    const actor = /^actors\[(\d+)\]/.exec(problem.path);
    const index = actor ? Number(actor[1]) : -1;
    if (index < before.actors.length) return [];
    const name = candidate.actors[index]?.name ?? '';
    return [{ path: `${record}.actors`, message: `“${name}”: ${problem.message}` }];
  });
  return [...problems, ...unreportedDateProblem(candidate.events[eventIndex]?.date ?? '', record, problems)];
}

/**
 * The validator checks an event's date only once the event has the right shape; the form says what is wrong
 * with all its fields at once, so a wrong date is told alongside an empty summary.
 */
function unreportedDateProblem(date: string, record: string, reported: readonly Problem[]): Problem[] {
  const path = `${record}.date`;
  const parsed = parseEdtf(date);
  return parsed.ok || reported.some((problem) => problem.path === path)
    ? []
    : [{ path, message: parsed.error }];
}

/** What is wrong with an event the form would add, or nothing. */
export function newEventProblems(
  draft: Draft,
  fields: EventFields,
  excerpts: readonly DraftExcerpt[],
): Problem[] {
  return eventProblems(draft, addEvent(draft, fields, excerpts).draft, draft.events.length);
}

/** What is wrong with a saved event once the form's fields replace its own, or nothing. */
export function editedEventProblems(draft: Draft, id: string, fields: EventFields): Problem[] {
  return eventProblems(
    draft,
    editEvent(draft, id, fields),
    draft.events.findIndex((event) => event.id === id),
  );
}
