import type { CategoryInfo } from '../../domain/categories';

/** What the colours and shapes on the timeline mean. */
export function CategoryLegend({ categories }: { categories: readonly CategoryInfo[] }) {
  return (
    <div className="timeline-legend" aria-label="Legend" role="group">
      <ul className="legend-categories" aria-label="Categories">
        {categories.map((category) => (
          <li key={category.id}>
            <span className={`legend-swatch category-${category.slot}`} aria-hidden="true" />
            {category.label}
          </li>
        ))}
      </ul>
      <ul className="legend-shapes" aria-label="Date shapes">
        <li>
          <span className="legend-shape legend-day" aria-hidden="true" />
          Known day: a dot on its date
        </li>
        <li>
          <span className="legend-shape legend-span" aria-hidden="true" />
          Month, year or span: drawn over all of it
        </li>
        <li>
          <span className="legend-shape legend-open" aria-hidden="true" />
          Start not stated
        </li>
        <li>
          <span className="legend-mark" aria-hidden="true">
            ≈ ?
          </span>
          Approximate, uncertain
        </li>
        <li>
          <span className="legend-shape legend-related" aria-hidden="true" />
          Related to the selected event
        </li>
      </ul>
    </div>
  );
}
