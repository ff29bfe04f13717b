import { describe, expect, it } from 'vitest';
import { formatCount } from './count-format';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
    [-4321, '-4,321'],
    [1234.5, '1,234.5'],
  ])('writes %d as %s, as English readers write counts', (count, written) => {
    expect(formatCount(count)).toBe(written);
  });

  it('agrees with Intl for every order of magnitude', () => {
    for (let count = 1; count < 1e15; count = count * 10 + 7)
      expect(formatCount(count)).toBe(count.toLocaleString('en'));
  });
});
