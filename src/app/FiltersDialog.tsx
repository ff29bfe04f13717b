import { useRef } from 'react';
import { countActiveFilters } from '../domain/filter-summary';
import { FilterPanel } from '../features/filters/FilterPanel';
import { useAppState } from '../state/store-context';
import './filters-dialog.css';

/**
 * Narrow screens: the "Filters" button, which says how many filters are on, and the same filter controls as
 * the wide screens' column, in a modal dialog. The dialog element keeps focus inside and closes on Esc.
 */
export function FiltersDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const active = useAppState((state) =>
    countActiveFilters({ actors: state.actorFilter, categories: state.categoryFilter, query: state.query }),
  );
  return (
    <>
      <button
        type="button"
        className="tool-button filters-button"
        aria-haspopup="dialog"
        onClick={() => dialogRef.current?.showModal()}
      >
        Filters
        {active > 0 && (
          <span className="filters-count">
            {active}
            <span className="visually-hidden"> on</span>
          </span>
        )}
      </button>
      <dialog ref={dialogRef} className="filters-dialog" aria-labelledby="filters-dialog-title">
        <div className="filters-dialog-bar">
          <h2 id="filters-dialog-title">Filters</h2>
          {/* A form with method "dialog" closes its dialog without script. */}
          <form method="dialog">
            <button type="submit" className="tool-button">
              Done
            </button>
          </form>
        </div>
        <FilterPanel />
      </dialog>
    </>
  );
}
