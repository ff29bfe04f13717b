import { CHOICE_ROWS, paramsOf, type ViewState } from './view-params';

/*
 * Which changes deserve their own Back step, as each row of VIEW_PARAMS says: choosing an event, a filter, a
 * view or a dataset does; moving the visible window does not (it replaces the current entry).
 */

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

export function historyEntryFor(previous: ViewState, next: ViewState): 'push' | 'replace' | 'none' {
  const changed = CHOICE_ROWS.filter(([, row]) =>
    paramsOf(row).some(([name]) => !sameValue(previous[name], next[name])),
  );
  if (changed.some(([, row]) => row.history === 'push')) return 'push';
  return changed.length > 0 ? 'replace' : 'none';
}
