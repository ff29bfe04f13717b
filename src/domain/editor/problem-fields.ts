import type { Problem } from '../types';
import type { Draft } from './draft';

/*
 * Where a problem `validateDataset` found in a draft is fixed in the editor: its paths (`events[2].date`,
 * `sources[0].url`) name records of the raw draft, so they lead straight to a record and the field that holds
 * the value. The labels are the editor's field names, defined once here for the form and for the problem list.
 */

export const DATASET_FIELD_LABELS = { title: 'Timeline title', description: 'Description' } as const;

export const SOURCE_FIELD_LABELS = {
  title: 'Source title',
  publisher: 'Publisher',
  url: 'Address',
  published: 'Published',
  text: 'Article text',
} as const;

export const ACTOR_FIELD_LABELS = { name: 'Name', kind: 'Kind' } as const;

export const EVENT_FIELD_LABELS = {
  title: 'Title',
  date: 'Date',
  dateBasis: 'How we know the date',
  summary: 'Summary',
  place: 'Place',
  attribution: 'Attribution',
  category: 'Category',
  actors: 'Actors',
  excerpts: 'Quotes',
  related: 'Relations',
} as const;

export type SourceField = keyof typeof SOURCE_FIELD_LABELS;
export type EventField = keyof typeof EVENT_FIELD_LABELS;

/** A record of the draft and, where the path names one, the field to fix. */
export type ProblemTarget =
  | { readonly record: 'dataset'; readonly field: keyof typeof DATASET_FIELD_LABELS | null }
  | { readonly record: 'source'; readonly index: number; readonly field: SourceField | null }
  | {
      readonly record: 'actor';
      readonly index: number;
      readonly field: keyof typeof ACTOR_FIELD_LABELS | null;
    }
  | { readonly record: 'event'; readonly index: number; readonly field: EventField | null };

/** Each field of `labels` by its own name, for looking a path's field up. */
function fieldsOf<F extends string>(labels: Readonly<Record<F, string>>): Record<string, F> {
  return Object.fromEntries(Object.keys(labels).map((field) => [field, field])) as Record<string, F>;
}

// Contract fields the editor sets through another field: ids come from titles and names.
const SOURCE_FIELDS = {
  ...fieldsOf(SOURCE_FIELD_LABELS),
  id: 'title',
  publishedBasis: 'published',
  textFile: 'text',
} as const;
const ACTOR_FIELDS = { ...fieldsOf(ACTOR_FIELD_LABELS), id: 'name' } as const;
const EVENT_FIELDS = { ...fieldsOf(EVENT_FIELD_LABELS), id: 'title' } as const;

const RECORD_PATH = /^(sources|actors|events)\[(\d+)\](?:\.(\w+))?/;
const DATASET_PATH = /^dataset(?:\.(\w+))?/;

function lookup<F extends string>(fields: Readonly<Record<string, F>>, key: string | undefined): F | null {
  return key !== undefined && Object.hasOwn(fields, key) ? fields[key]! : null;
}

export function problemTarget(path: string): ProblemTarget {
  const record = RECORD_PATH.exec(path);
  if (record) {
    const [, list, indexText, key] = record;
    const index = Number(indexText);
    if (list === 'sources') return { record: 'source', index, field: lookup(SOURCE_FIELDS, key) };
    if (list === 'actors') return { record: 'actor', index, field: lookup(ACTOR_FIELDS, key) };
    return { record: 'event', index, field: lookup(EVENT_FIELDS, key) };
  }
  const key = DATASET_PATH.exec(path)?.[1];
  return { record: 'dataset', field: key === 'title' || key === 'description' ? key : null };
}

/** "Event “Bridge shelled”", "Source 2": the record a target is in, named as the author knows it. */
function recordName(target: ProblemTarget, draft: Draft): string {
  const named = (kind: string, index: number, name: string | undefined) =>
    name?.trim() ? `${kind} “${name.trim()}”` : `${kind} ${index + 1}`;
  switch (target.record) {
    case 'dataset':
      return 'The timeline';
    case 'source':
      return named('Source', target.index, draft.sources[target.index]?.title);
    case 'actor':
      return named('Actor', target.index, draft.actors[target.index]?.name);
    case 'event':
      return named('Event', target.index, draft.events[target.index]?.title);
  }
}

function fieldLabel(target: ProblemTarget): string | null {
  if (target.field === null) return null;
  switch (target.record) {
    case 'dataset':
      return DATASET_FIELD_LABELS[target.field];
    case 'source':
      return SOURCE_FIELD_LABELS[target.field];
    case 'actor':
      return ACTOR_FIELD_LABELS[target.field];
    case 'event':
      return EVENT_FIELD_LABELS[target.field];
  }
}

/** A problem in the author's words: `Event “Bridge shelled”, Date: "2024-02-30" has day 30, …`. */
export function describeProblem(problem: Problem, draft: Draft): string {
  const target = problemTarget(problem.path);
  const field = fieldLabel(target);
  return `${recordName(target, draft)}${field ? `, ${field}` : ''}: ${problem.message}`;
}

/** A problem of a record already in view (the event in the form): `Date: "2024-02-30" has day 30, …`. */
export function fieldProblem(problem: Problem): string {
  const field = fieldLabel(problemTarget(problem.path));
  return field ? `${field}: ${problem.message}` : problem.message;
}
