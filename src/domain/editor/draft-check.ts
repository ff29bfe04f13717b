import { parseEdtf } from '../edtf';
import type { Problem } from '../types';
import { validateDataset } from '../validate-dataset';
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

/** The records' problems, checked even while the timeline's own title or description is wrong. */
function recordProblems(draft: Draft): Problem[] {
  return validateDataset({ ...draft, title: 'Untitled timeline', description: '' }, { everyProblem: true })
    .problems;
}

/** Every problem of a draft, as `validateDataset` reports it, the timeline's title and description first. */
export function draftProblems(draft: Draft): Problem[] {
  return validateDataset(draft, { everyProblem: true }).problems;
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
