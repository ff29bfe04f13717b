import { describe, expect, it, vi } from 'vitest';
import { lastResultPerStore, memoizeLast, StoreCache, type CacheEntry } from './store-cache';

describe('StoreCache', () => {
  it('makes an entry’s value once per cache', () => {
    const entry: CacheEntry<{ made: number }> = { create: vi.fn(() => ({ made: Date.now() })) };
    const one = new StoreCache();
    const other = new StoreCache();
    expect(one.get(entry)).toBe(one.get(entry));
    expect(other.get(entry)).not.toBe(one.get(entry));
    expect(entry.create).toHaveBeenCalledTimes(2);
  });
});

describe('memoizeLast', () => {
  it('recomputes only when an argument differs from the last call', () => {
    const compute = vi.fn((a: object, b: number) => ({ a, b }));
    const remembered = memoizeLast(compute);
    const key = {};
    const first = remembered(key, 1);
    expect(remembered(key, 1)).toBe(first);
    expect(remembered(key, 2)).not.toBe(first);
    expect(remembered({}, 2)).toEqual({ a: {}, b: 2 });
    expect(compute).toHaveBeenCalledTimes(3);
  });
});

describe('lastResultPerStore', () => {
  it('remembers the last result in each cache, so two stores do not evict each other’s', () => {
    const compute = vi.fn((key: object) => ({ key }));
    const remembered = lastResultPerStore(compute);
    const [one, other] = [new StoreCache(), new StoreCache()];
    const [a, b] = [{}, {}];
    const fromOne = remembered(one, a);
    const fromOther = remembered(other, b);
    expect(remembered(one, a)).toBe(fromOne);
    expect(remembered(other, b)).toBe(fromOther);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
