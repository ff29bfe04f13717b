import { describe, expect, it } from 'vitest';
import { menuTarget } from './menu-navigation';

const LABELS = ['Open a dataset…', 'Export 8 events as CSV', 'Export as dataset (JSON)', 'Make a timeline'];

describe('menuTarget', () => {
  it('moves down and up, wrapping at the ends', () => {
    expect(menuTarget('ArrowDown', 0, LABELS)).toBe(1);
    expect(menuTarget('ArrowDown', 3, LABELS)).toBe(0);
    expect(menuTarget('ArrowUp', 0, LABELS)).toBe(3);
    expect(menuTarget('ArrowUp', 2, LABELS)).toBe(1);
  });

  it('goes to the first and last item with Home and End', () => {
    expect(menuTarget('Home', 2, LABELS)).toBe(0);
    expect(menuTarget('End', 0, LABELS)).toBe(3);
  });

  it('moves to the next item starting with a typed letter, in any case, cycling through matches', () => {
    expect(menuTarget('e', 0, LABELS)).toBe(1);
    expect(menuTarget('E', 1, LABELS)).toBe(2);
    expect(menuTarget('e', 2, LABELS)).toBe(1);
    expect(menuTarget('m', 0, LABELS)).toBe(3);
  });

  it('leaves focus where it is for other keys and for letters no item starts with', () => {
    expect(menuTarget('x', 1, LABELS)).toBeUndefined();
    expect(menuTarget('Tab', 1, LABELS)).toBeUndefined();
    expect(menuTarget(' ', 1, LABELS)).toBeUndefined();
    expect(menuTarget('ArrowDown', 0, [])).toBeUndefined();
  });
});
