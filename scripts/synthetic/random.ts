/* Deterministic randomness for the synthetic dataset: the same seed gives the same draws. */

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    // Mix the seed so that seeds 1, 2, 3 do not start from neighbouring states.
    this.next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35);
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    const total = list.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [item, weight] of list) {
      target -= weight;
      if (target < 0) return item;
    }
    const last = list.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

/** Zipf-like weights: the first items are much more common than the last. */
export function zipf<T>(list: readonly T[], exponent = 1): [T, number][] {
  return list.map((item, index) => [item, 1 / (index + 1) ** exponent]);
}
