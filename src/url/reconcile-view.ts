import { categoryIdsOf } from '../domain/categories';
import type { Dataset } from '../domain/types';
import type { ParseResult } from './view-codec';
import { PARAMS, type KnownIds, type ViewState } from './view-params';

/** Drops ids the open dataset does not have, naming each in a notice. */
export function reconcileWithDataset(state: ViewState, known: KnownIds): ParseResult {
  const notices: string[] = [];
  const result: Record<string, unknown> = { ...state };
  for (const [name, param] of PARAMS) {
    const value = state[name];
    if (value === undefined || !param.reconcile) continue;
    const reading = param.reconcile(value, known, name);
    notices.push(...reading.notices);
    if (reading.value === undefined) delete result[name];
    else result[name] = reading.value;
  }
  // Each value was checked by its own parameter, so it keeps that parameter's type.
  return { state: result as ViewState, notices };
}

/** A parsed view checked against a dataset: ids it lacks are dropped, each with a notice. */
export function reconcileView(parsed: ParseResult, dataset: Dataset): { view: ViewState; notices: string[] } {
  const reconciled = reconcileWithDataset(parsed.state, {
    events: dataset.eventById,
    actors: dataset.actorById,
    categories: new Set(categoryIdsOf(dataset)),
  });
  return { view: reconciled.state, notices: [...parsed.notices, ...reconciled.notices] };
}
