/*
 * The keyboard shortcuts: one table that both the key handling and the "Keyboard shortcuts" dialog read, so
 * the dialog cannot promise a key that does nothing. Keys with a `command` are page-wide and handled through
 * `shortcutFor`; the others (arrows, Enter) belong to the widget that has focus and are listed for the reader.
 */

export type ShortcutCommand = 'zoom-in' | 'zoom-out' | 'fit' | 'focus-search' | 'help';

export interface Shortcut {
  /** The keys as the dialog shows them. */
  readonly keys: readonly string[];
  /** What pressing them does, in words. */
  readonly action: string;
  /** Page-wide shortcuts: the command and the `KeyboardEvent.key` values that run it. */
  readonly command?: ShortcutCommand;
  readonly values?: readonly string[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['←', '→'], action: 'Select the previous or next event (on the timeline or in the list)' },
  { keys: ['↑', '↓', 'Home', 'End'], action: 'Move between events in the list' },
  { keys: ['Enter'], action: 'Select the event that has focus' },
  // "=" shares its key with "+" on most keyboards, so zooming in needs no Shift.
  { keys: ['+'], action: 'Zoom in on the timeline', command: 'zoom-in', values: ['+', '='] },
  { keys: ['−'], action: 'Zoom out on the timeline', command: 'zoom-out', values: ['-', '−'] },
  { keys: ['0'], action: 'Fit every event on the timeline', command: 'fit', values: ['0'] },
  { keys: ['/'], action: 'Go to the search box', command: 'focus-search', values: ['/'] },
  { keys: ['?'], action: 'Show these keyboard shortcuts', command: 'help', values: ['?'] },
  { keys: ['Esc'], action: 'Close this dialog, or the details sheet at the foot of a small screen' },
];

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Focus is in a field that takes typing: the key is text, not a command. */
  readonly inTextField: boolean;
  /** Focus is in an open dialog, which has its own keys. */
  readonly inDialog: boolean;
}

/** The page-wide command a key press asks for, if any. */
export function shortcutFor(press: KeyPress): ShortcutCommand | undefined {
  // Ctrl/Cmd/Alt with + − 0 are the browser's own zoom; never take them.
  if (press.ctrlKey || press.metaKey || press.altKey || press.inTextField || press.inDialog) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.values?.includes(press.key))?.command;
}

/** Input types that take no typing: keys pressed on them are free for shortcuts. */
const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether an element takes typed text (so a key pressed in it is text, not a shortcut). */
export function isTextField(element: {
  readonly tagName: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
}): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
}
