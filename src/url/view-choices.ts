import { CHOICE_ROWS, type Choices, type ViewState } from './view-params';

/*
 * The store's choices <-> the view an address describes, row by row of VIEW_PARAMS: an absent parameter is the
 * choice's default, and a default is written as nothing.
 */

export function choicesFromView(view: ViewState): Choices {
  return Object.fromEntries(CHOICE_ROWS.map(([choice, row]) => [choice, row.toChoice(view)])) as Choices;
}

export function viewFromChoices(choices: Choices): ViewState {
  return Object.assign({}, ...CHOICE_ROWS.map(([choice, row]) => row.toView(choices[choice])));
}

/** Only the choices of a larger state (the store's), so they can be compared shallowly. */
export function choicesOf(state: Choices): Choices {
  return Object.fromEntries(CHOICE_ROWS.map(([choice]) => [choice, state[choice]])) as Choices;
}
