/*
 * For benchmarks (bench/measure.ts): a performance mark at the moment the dataset the page was asked for is
 * first drawn, its preview or itself. The bench waits for the frame painted after it.
 */

export const FIRST_ITEMS_MARK = 'ct:first-items';

export function markFirstItems(): void {
  performance.mark(FIRST_ITEMS_MARK);
}
