/*
 * Categories are free slugs in a dataset; the common ones keep the same colour in every dataset so a reader
 * learns them once. Colours themselves live in CSS (`.category-N`), never in data, so a dataset cannot
 * inject styles.
 */

export const CATEGORY_SLOTS = 8;
const FIXED_SLOTS: Readonly<Record<string, number>> = {
  policy: 0,
  military: 1,
  attack: 2,
  politics: 3,
  aid: 4,
  diplomacy: 5,
};

/** The categories with a colour of their own, the same in every dataset. */
export const KNOWN_CATEGORIES: readonly string[] = Object.keys(FIXED_SLOTS);

export interface CategoryInfo {
  readonly id: string;
  readonly label: string;
  /** Index of the CSS colour slot, 0 to CATEGORY_SLOTS - 1. */
  readonly slot: number;
}

export function categoryLabel(category: string): string {
  const spaced = category.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The categories in first-use order, each with a label and a colour slot. */
export function categoriesOf(events: readonly { readonly category: string }[]): CategoryInfo[] {
  const seen = [...new Set(events.map((event) => event.category))];
  const freeSlots = [...Array(CATEGORY_SLOTS).keys()].filter(
    (slot) => !Object.values(FIXED_SLOTS).includes(slot),
  );
  let nextFree = 0;
  return seen.map((id) => {
    const fixed = FIXED_SLOTS[id];
    const slot = fixed ?? freeSlots[nextFree++ % freeSlots.length] ?? 0;
    return { id, label: categoryLabel(id), slot };
  });
}

const categoryIdCache = new WeakMap<object, readonly string[]>();

/** The categories of a dataset's events in first-use order, computed once per dataset. */
export function categoryIdsOf(dataset: {
  readonly events: readonly { readonly category: string }[];
}): readonly string[] {
  let ids = categoryIdCache.get(dataset);
  if (!ids) {
    ids = [...new Set(dataset.events.map((event) => event.category))];
    categoryIdCache.set(dataset, ids);
  }
  return ids;
}
