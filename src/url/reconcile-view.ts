import { categoryIdsOf } from '../domain/categories';
import type { Dataset } from '../domain/types';
import { reconcileWithDataset, type ParseResult, type ViewState } from './view-params';

/** A parsed view checked against a dataset: ids it lacks are dropped, each with a notice. */
export function reconcileView(parsed: ParseResult, dataset: Dataset): { view: ViewState; notices: string[] } {
  const reconciled = reconcileWithDataset(parsed.state, {
    events: dataset.eventById,
    actors: dataset.actorById,
    categories: new Set(categoryIdsOf(dataset)),
  });
  return { view: reconciled.state, notices: [...parsed.notices, ...reconciled.notices] };
}
