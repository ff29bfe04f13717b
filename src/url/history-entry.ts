import type { ViewState } from './view-params';

/*
 * Which changes deserve their own Back step: choosing an event, a filter, a view or a dataset does; moving
 * the visible window does not (it replaces the current entry, or Back would replay every pan).
 */

const CHOICES = ['event', 'actors', 'categories', 'q', 'view', 'data'] as const;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

export function historyEntryFor(previous: ViewState, next: ViewState): 'push' | 'replace' | 'none' {
  if (CHOICES.some((name) => !sameValue(previous[name], next[name]))) return 'push';
  return previous.from !== next.from || previous.to !== next.to ? 'replace' : 'none';
}
