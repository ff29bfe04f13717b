import { useId, useState, type KeyboardEvent } from 'react';
import type { PickedActor } from '../../domain/editor/draft';
import { ACTOR_KINDS, type ActorKind } from '../../domain/types';
import { eventFieldId } from './field-ids';

const KIND_LABELS: Record<ActorKind, string> = {
  state: 'State',
  person: 'Person',
  'armed-force': 'Armed force',
  organization: 'Organization',
};

type Option =
  { readonly kind: 'known'; readonly actor: PickedActor } | { readonly kind: 'new'; readonly name: string };

interface ActorPickerProps {
  /** The draft's actors, each with its id. */
  readonly known: readonly PickedActor[];
  readonly picked: readonly PickedActor[];
  readonly onChange: (picked: PickedActor[]) => void;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The options for what is typed: the draft's actors whose names contain it, then a new actor of that name. */
function optionsFor(query: string, known: readonly PickedActor[], picked: readonly PickedActor[]): Option[] {
  const wanted = query.trim().toLocaleLowerCase();
  if (wanted === '') return [];
  const matches = known.filter(
    (actor) =>
      actor.name.toLocaleLowerCase().includes(wanted) && !picked.some((other) => other.id === actor.id),
  );
  const exists = [...known, ...picked].some((actor) => sameName(actor.name, query));
  return [
    ...matches.map((actor): Option => ({ kind: 'known', actor })),
    ...(exists ? [] : [{ kind: 'new', name: query.trim() } as const]),
  ];
}

/**
 * Combobox "Actors": type a name, Enter picks the highlighted actor, the actor of exactly that name, or adds a
 * new one. Each picked actor gets a kind and an optional role; a new one joins the draft when the event is saved.
 */
export function ActorPicker({ known, picked, onChange }: ActorPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const listId = useId();
  const hintId = useId();
  const options = optionsFor(query, known, picked);
  const expanded = options.length > 0;

  const pick = (option: Option) => {
    const actor =
      option.kind === 'known' ? option.actor : { name: option.name, kind: 'organization' as const, role: '' };
    if (!picked.some((other) => sameName(other.name, actor.name))) onChange([...picked, actor]);
    setQuery('');
    setActive(-1);
  };
  const update = (index: number, patch: Partial<PickedActor>) =>
    onChange(picked.map((actor, at) => (at === index ? { ...actor, ...patch } : actor)));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length ? (current + step + options.length) % options.length : -1));
    } else if (event.key === 'Enter') {
      // Enter picks; it never submits the form from here.
      event.preventDefault();
      const exact = options.find((option) => option.kind === 'known' && sameName(option.actor.name, query));
      const chosen = options[active] ?? exact ?? options.find((option) => option.kind === 'new');
      if (chosen) pick(chosen);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="editor-field actor-picker">
      <label htmlFor={eventFieldId('actors')}>Actors</label>
      <input
        id={eventFieldId('actors')}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={hintId}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="field-hint">
        Type a name and press Enter: an actor of this timeline, or a new one.
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching actors"
        className="actor-options"
        hidden={!expanded}
      >
        {options.map((option, index) => (
          <li
            key={option.kind === 'known' ? option.actor.id : `new-${option.name}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // The input keeps focus while an option is clicked.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            {option.kind === 'known' ? option.actor.name : `Add “${option.name}” as a new actor`}
          </li>
        ))}
      </ul>
      {picked.length > 0 && (
        <ul className="picked-actors" aria-label="Actors of this event">
          {picked.map((actor, index) => (
            <li key={actor.id ?? `new-${actor.name}`}>
              <span className="picked-actor-name">
                {actor.name}
                {actor.id === undefined && <span className="field-hint"> (new)</span>}
              </span>
              <label>
                Kind<span className="visually-hidden"> of {actor.name}</span>
                <select
                  value={actor.kind}
                  onChange={(event) => update(index, { kind: event.target.value as ActorKind })}
                >
                  {ACTOR_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Role<span className="visually-hidden"> of {actor.name}</span>
                <input
                  type="text"
                  value={actor.role}
                  placeholder="optional, e.g. target"
                  onChange={(event) => update(index, { role: event.target.value })}
                />
              </label>
              <button
                type="button"
                className="editor-button"
                onClick={() => onChange(picked.filter((_, at) => at !== index))}
              >
                Remove<span className="visually-hidden"> {actor.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
