import { useEffect, useEffectEvent } from 'react';
import { isTextField, shortcutFor, type ShortcutCommand } from '../domain/shortcuts';

/*
 * Page-wide keyboard shortcuts. Each feature registers the command it carries out (the timeline zooms, the
 * filters focus the search box, the help opens its dialog); the keys live in one table (domain/shortcuts.ts).
 * Features meet here, as they do in the store, without importing each other.
 */

function commandOf(event: KeyboardEvent): ShortcutCommand | undefined {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return shortcutFor({
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    inTextField: target !== null && isTextField(target as HTMLElement & { type?: string }),
    inDialog: target?.closest('dialog[open]') != null,
  });
}

/** Runs `run` when the reader presses the keys of `command` anywhere on the page (not while typing). */
export function useShortcut(command: ShortcutCommand, run: () => void): void {
  const onCommand = useEffectEvent(run);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || commandOf(event) !== command) return;
      event.preventDefault();
      onCommand();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [command]);
}
