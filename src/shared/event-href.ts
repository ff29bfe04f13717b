import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { choicesOf } from '../url/view-choices';
import { serializeViewParams } from '../url/view-codec';
import type { View } from '../url/view-params';
import { viewFromChoices, type AppState, type Choices } from '../state/app-store';
import { useAppState } from '../state/store-context';

/*
 * Links to events are real links: their address is the current view with that event selected, so opening
 * one in a new tab, or copying it, gives what a click shows. A click handler still selects in place.
 */

/** The search string (`?event=…`) of the current view with `eventId` selected, and `view` if given. */
export function eventHref(choices: Choices, eventId: string, view?: View): string {
  return serializeViewParams(
    viewFromChoices({ ...choices, selectedEventId: eventId, view: view ?? choices.view }),
  );
}

/** The choices links are built from; the selection is left out, so choosing an event does not rebuild them. */
const linkChoices = (state: AppState): Choices => ({ ...choicesOf(state), selectedEventId: null });

/**
 * True for a plain left click, which selects in place; a click with a modifier or another button follows
 * the link instead (a new tab or window), as it would on any link.
 */
export function isPlainClick(click: {
  readonly button: number;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}): boolean {
  return click.button === 0 && !click.metaKey && !click.ctrlKey && !click.shiftKey && !click.altKey;
}

/** `eventHref` for the current view, updated when the view changes. */
export function useEventHref(): (eventId: string, view?: View) => string {
  const choices = useAppState(useShallow(linkChoices));
  return useCallback((eventId, view) => eventHref(choices, eventId, view), [choices]);
}
