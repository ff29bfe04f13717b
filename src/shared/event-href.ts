import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addressOf, type Addressing } from '../url/page-address';
import { choicesOf } from '../url/view-choices';
import type { View } from '../url/view-params';
import { viewFromChoices, type AppState, type Choices } from '../state/app-store';
import { selectAddressing } from '../state/selectors';
import { useAppState } from '../state/store-context';

/*
 * Links to events are real links: their address is the current view with that event selected, so opening
 * one in a new tab, or copying it, gives what a click shows. A click handler still selects in place.
 */

/** The address of the current view with `eventId` selected (its page, or `?event=…`), and `view` if given. */
export function eventHref(choices: Choices, addressing: Addressing, eventId: string, view?: View): string {
  return addressOf(
    viewFromChoices({ ...choices, selectedEventId: eventId, view: view ?? choices.view }),
    addressing,
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
  const addressing = useAppState(useShallow(selectAddressing));
  return useCallback((eventId, view) => eventHref(choices, addressing, eventId, view), [choices, addressing]);
}
