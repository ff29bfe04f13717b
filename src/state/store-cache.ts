/*
 * What is remembered about a store's state between renders (filter masks, the visible events, the timeline's
 * items per event). It belongs to one store: two stores (two tests, or a page and a test) neither share nor
 * evict each other's results, and it goes when its store goes.
 */

/** One kind of remembered value, made the first time a store is asked for it. */
export interface CacheEntry<T> {
  create(): T;
}

export class StoreCache {
  readonly #values = new Map<CacheEntry<unknown>, unknown>();

  get<T>(entry: CacheEntry<T>): T {
    if (!this.#values.has(entry)) this.#values.set(entry, entry.create());
    return this.#values.get(entry) as T;
  }
}

/** A function that recomputes only when one of its arguments differs from its last call. */
export function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: Args | undefined;
  let result: Result;
  return (...args: Args): Result => {
    if (!last || args.some((arg, index) => arg !== last![index])) {
      result = compute(...args);
      last = args;
    }
    return result;
  };
}

/** `memoizeLast` with its memory in each store's cache: call it with the store's cache, then the arguments. */
export function lastResultPerStore<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (cache: StoreCache, ...args: Args) => Result {
  const entry: CacheEntry<(...args: Args) => Result> = { create: () => memoizeLast(compute) };
  return (cache, ...args) => cache.get(entry)(...args);
}
