import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  blankFields,
  eventFieldsOf,
  type Draft,
  type DraftExcerpt,
  type EventFields,
} from '../../domain/editor/draft';
import type { TextRange } from '../../domain/editor/quote-selector';
import type { Problem } from '../../domain/types';

/*
 * What the author is doing with the draft, which is not part of it: the source shown, the passage selected,
 * and the event open in the form. Lost on reload, by design.
 */

export interface PassageSelection extends TextRange {
  readonly sourceId: string;
}

export interface EventFormState {
  /** Tells one opening of the form from the next, so nothing typed in one is left in the other. */
  readonly serial: number;
  /** The saved event being edited, or null for a new one. */
  readonly eventId: string | null;
  readonly fields: EventFields;
  /** A new event's quotes; a saved event's quotes are changed in the draft at once. */
  readonly excerpts: readonly DraftExcerpt[];
  /** Why "Save event" last refused, until the next try. */
  readonly refusal: readonly Problem[] | null;
}

export interface WorkspaceState {
  readonly shownSourceId: string | null;
  readonly selection: PassageSelection | null;
  readonly form: EventFormState | null;
  showSource(sourceId: string | null): void;
  select(selection: PassageSelection | null): void;
  /** Opens the form for a new event whose first quote is `excerpt`. */
  startEvent(draft: Draft, excerpt: DraftExcerpt): void;
  /** Opens a saved event in the form and shows the source of its first quote. */
  openEvent(draft: Draft, eventId: string): void;
  editFields(patch: Partial<EventFields>): void;
  setExcerpts(excerpts: readonly DraftExcerpt[]): void;
  refuse(problems: readonly Problem[] | null): void;
  closeForm(): void;
  /** Forgets what belonged to the draft that was open (another one opens). */
  reset(): void;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

export function createWorkspaceStore(): WorkspaceStore {
  let openings = 0;
  return createStore<WorkspaceState>()((set, get) => ({
    shownSourceId: null,
    selection: null,
    form: null,
    showSource: (shownSourceId) => set({ shownSourceId, selection: null }),
    select: (selection) => set({ selection }),
    startEvent: (draft, excerpt) =>
      set({
        form: {
          serial: (openings += 1),
          eventId: null,
          fields: blankFields(draft),
          excerpts: [excerpt],
          refusal: null,
        },
        selection: null,
      }),
    openEvent(draft, eventId) {
      const fields = eventFieldsOf(draft, eventId);
      if (!fields) return;
      const sourceId = draft.events.find((event) => event.id === eventId)?.excerpts[0]?.source;
      set({
        form: { serial: (openings += 1), eventId, fields, excerpts: [], refusal: null },
        ...(sourceId !== undefined &&
          sourceId !== get().shownSourceId && { shownSourceId: sourceId, selection: null }),
      });
    },
    editFields(patch) {
      const { form } = get();
      if (form) set({ form: { ...form, fields: { ...form.fields, ...patch } } });
    },
    setExcerpts(excerpts) {
      const { form } = get();
      if (form) set({ form: { ...form, excerpts } });
    },
    refuse(refusal) {
      const { form } = get();
      if (form) set({ form: { ...form, refusal } });
    },
    closeForm: () => set({ form: null }),
    reset: () => set({ shownSourceId: null, selection: null, form: null }),
  }));
}
