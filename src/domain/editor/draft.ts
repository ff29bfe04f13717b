import { exportDatasetJson } from '../export/export-dataset';
import { claimUniqueSlug, slugify } from '../slug';
import type { ActorKind, Dataset, RelationKind } from '../types';

/*
 * A draft is a raw dataset of contract v1, source texts inline: exactly what `validateDataset` reads, what
 * "Download dataset (JSON)" saves and what the app can open. The operations below are pure: each returns a new
 * draft (and the id it gave), so the editor's store can keep, compare and persist drafts as plain values.
 */

export interface DraftSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string;
  readonly publishedBasis?: string;
  readonly text: string;
}

export interface DraftActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly color?: string;
}

export interface DraftExcerpt {
  readonly source: string;
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

export interface DraftRelation {
  readonly event: string;
  readonly relation: RelationKind;
}

export interface DraftEventActor {
  readonly actor: string;
  readonly role?: string;
}

export interface DraftEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly dateBasis: string;
  readonly category: string;
  readonly actors: readonly DraftEventActor[];
  readonly place?: string;
  readonly attribution?: string;
  readonly excerpts: readonly DraftExcerpt[];
  readonly related?: readonly DraftRelation[];
}

export interface Draft {
  readonly version: 1;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly DraftSource[];
  readonly actors: readonly DraftActor[];
  readonly events: readonly DraftEvent[];
}

export function emptyDraft(): Draft {
  return { version: 1, title: '', description: '', sources: [], actors: [], events: [] };
}

/** A validated dataset (an opened file, the built-in one) as a draft: its export, source texts inline. */
export function draftFromDataset(dataset: Dataset): Draft {
  return JSON.parse(exportDatasetJson(dataset, dataset.events)) as Draft;
}

/** A new id for a record: the slug of its name, made unique in its list ("bridge-shelled-2"). */
function newId(name: string, fallback: string, taken: readonly { readonly id: string }[]): string {
  return claimUniqueSlug(slugify(name) || fallback, new Set(taken.map((record) => record.id)));
}

export interface SourceInput {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string;
  readonly text: string;
}

/** Adds a source; the first source also names a draft that has no title yet. */
export function addSource(draft: Draft, input: SourceInput): { draft: Draft; id: string } {
  const title = input.title.trim();
  const id = newId(title, 'source', draft.sources);
  const source: DraftSource = {
    id,
    title,
    publisher: input.publisher.trim(),
    url: input.url.trim(),
    published: input.published.trim(),
    // The text is stored exactly as given: every quote is matched against it character for character.
    text: input.text,
  };
  const named = draft.title.trim() === '' ? { title } : {};
  return { draft: { ...draft, ...named, sources: [...draft.sources, source] }, id };
}

export function addActor(draft: Draft, name: string, kind: ActorKind): { draft: Draft; id: string } {
  const id = newId(name.trim(), 'actor', draft.actors);
  return { draft: { ...draft, actors: [...draft.actors, { id, name: name.trim(), kind }] }, id };
}

/** An actor chosen in the event form: one of the draft's (with its id) or a new one (without). */
export interface PickedActor {
  readonly id?: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly role: string;
}

/** What the event form edits; quotes and relations are added to a saved event one by one. */
export interface EventFields {
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly dateBasis: string;
  readonly category: string;
  readonly actors: readonly PickedActor[];
  readonly place: string;
  readonly attribution: string;
}

/** Empty fields for a new event, in the category last used. */
export function blankFields(draft: Draft): EventFields {
  const category = draft.events.at(-1)?.category ?? '';
  return {
    title: '',
    summary: '',
    date: '',
    dateBasis: '',
    category,
    actors: [],
    place: '',
    attribution: '',
  };
}

/** A saved event's fields as the form edits them. */
export function eventFieldsOf(draft: Draft, eventId: string): EventFields | undefined {
  const event = draft.events.find((candidate) => candidate.id === eventId);
  if (!event) return undefined;
  const actors = event.actors.map(({ actor, role }) => {
    const known = draft.actors.find((candidate) => candidate.id === actor);
    return { id: actor, name: known?.name ?? actor, kind: known?.kind ?? 'organization', role: role ?? '' };
  });
  return {
    title: event.title,
    summary: event.summary,
    date: event.date,
    dateBasis: event.dateBasis,
    category: event.category,
    actors,
    place: event.place ?? '',
    attribution: event.attribution ?? '',
  };
}

/** Adds the new actors among `picked` and sets the kind chosen for the others. */
function resolveActors(draft: Draft, picked: readonly PickedActor[]) {
  let next = draft;
  const actors = picked.map(({ id, name, kind, role }) => {
    let actorId = id;
    if (actorId === undefined) ({ draft: next, id: actorId } = addActor(next, name, kind));
    else
      next = { ...next, actors: next.actors.map((actor) => (actor.id === id ? { ...actor, kind } : actor)) };
    const trimmed = role.trim();
    return { actor: actorId, ...(trimmed !== '' && { role: trimmed }) };
  });
  return { draft: next, actors };
}

function optional<K extends string>(key: K, value: string): { [key in K]?: string } {
  const trimmed = value.trim();
  return (trimmed === '' ? {} : { [key]: trimmed }) as { [key in K]?: string };
}

function eventFrom(
  fields: EventFields,
  id: string,
  actors: DraftEventActor[],
  rest: Pick<DraftEvent, 'excerpts' | 'related'>,
): DraftEvent {
  return {
    id,
    title: fields.title.trim(),
    summary: fields.summary.trim(),
    date: fields.date.trim(),
    dateBasis: fields.dateBasis.trim(),
    // The form may hold a category as typed ("Ceasefire talks"); the dataset has its slug.
    category: slugify(fields.category) || fields.category.trim(),
    actors,
    ...optional('place', fields.place),
    ...optional('attribution', fields.attribution),
    excerpts: rest.excerpts,
    ...(rest.related && rest.related.length > 0 && { related: rest.related }),
  };
}

/** Adds an event with its first quotes; its id comes from its title and stays when the title is edited. */
export function addEvent(
  draft: Draft,
  fields: EventFields,
  excerpts: readonly DraftExcerpt[],
): { draft: Draft; id: string } {
  const id = newId(fields.title.trim(), 'event', draft.events);
  const resolved = resolveActors(draft, fields.actors);
  const event = eventFrom(fields, id, resolved.actors, { excerpts });
  return { draft: { ...resolved.draft, events: [...resolved.draft.events, event] }, id };
}

function updateEvent(draft: Draft, id: string, update: (event: DraftEvent) => DraftEvent): Draft {
  return { ...draft, events: draft.events.map((event) => (event.id === id ? update(event) : event)) };
}

/** Replaces a saved event's fields; its id, quotes and relations stay. */
export function editEvent(draft: Draft, id: string, fields: EventFields): Draft {
  const resolved = resolveActors(draft, fields.actors);
  return updateEvent(resolved.draft, id, (event) => eventFrom(fields, id, resolved.actors, event));
}

/** Deletes an event and every relation other events state towards it. */
export function deleteEvent(draft: Draft, id: string): Draft {
  const events = draft.events
    .filter((event) => event.id !== id)
    .map((event) => {
      if (!event.related?.some((relation) => relation.event === id)) return event;
      const { related, ...rest } = event;
      const kept = related.filter((relation) => relation.event !== id);
      return kept.length > 0 ? { ...rest, related: kept } : rest;
    });
  return { ...draft, events };
}

function sameQuote(a: DraftExcerpt, b: DraftExcerpt): boolean {
  return a.source === b.source && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}

/** Adds a quote to a saved event, unless the event quotes that very passage already. */
export function addQuote(draft: Draft, eventId: string, excerpt: DraftExcerpt): Draft {
  return updateEvent(draft, eventId, (event) =>
    event.excerpts.some((quoted) => sameQuote(quoted, excerpt))
      ? event
      : { ...event, excerpts: [...event.excerpts, excerpt] },
  );
}

export function removeQuote(draft: Draft, eventId: string, index: number): Draft {
  return updateEvent(draft, eventId, (event) => ({
    ...event,
    excerpts: event.excerpts.filter((_, at) => at !== index),
  }));
}

/** States a relation of a saved event to another; a repeated one or one to the event itself is ignored. */
export function addRelation(draft: Draft, eventId: string, relation: DraftRelation): Draft {
  if (relation.event === eventId) return draft;
  return updateEvent(draft, eventId, (event) => {
    const related = event.related ?? [];
    const stated = related.some(
      (other) => other.event === relation.event && other.relation === relation.relation,
    );
    return stated ? event : { ...event, related: [...related, relation] };
  });
}

export function removeRelation(draft: Draft, eventId: string, index: number): Draft {
  return updateEvent(draft, eventId, (event) => {
    const { related = [], ...rest } = event;
    const kept = related.filter((_, at) => at !== index);
    return kept.length > 0 ? { ...rest, related: kept } : rest;
  });
}
