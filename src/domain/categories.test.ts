import { describe, expect, it } from 'vitest';
import { CATEGORY_SLOTS, categoriesOf, categoryLabel, KNOWN_CATEGORIES } from './categories';

const events = (...categories: string[]) => categories.map((category) => ({ category }));
const slots = (...categories: string[]) =>
  Object.fromEntries(categoriesOf(events(...categories)).map((info) => [info.id, info.slot]));

describe('categoryLabel', () => {
  it.each([
    ['armed-clash', 'Armed clash'],
    ['policy', 'Policy'],
    ['cyber-attack-wave', 'Cyber attack wave'],
    ['g7-summit', 'G7 summit'],
    ['2024-election', '2024 election'],
  ])('labels %s as "%s"', (category, label) => {
    expect(categoryLabel(category)).toBe(label);
  });
});

describe('categoriesOf', () => {
  it('gives the known categories their fixed slots, in any order and whatever else is present', () => {
    const expected = { policy: 0, military: 1, attack: 2, politics: 3, aid: 4, diplomacy: 5 };
    expect(slots('policy', 'military', 'attack', 'politics', 'aid', 'diplomacy')).toEqual(expected);
    expect(
      slots('armed-clash', 'diplomacy', 'aid', 'sanctions', 'politics', 'attack', 'military', 'policy'),
    ).toEqual({
      ...expected,
      'armed-clash': 6,
      sanctions: 7,
    });
    expect(slots('attack')).toEqual({ attack: 2 });
  });

  it('lists each category once, in first-use order, with its label', () => {
    expect(categoriesOf(events('armed-clash', 'policy', 'armed-clash', 'aid', 'policy'))).toEqual([
      { id: 'armed-clash', label: 'Armed clash', slot: 6 },
      { id: 'policy', label: 'Policy', slot: 0 },
      { id: 'aid', label: 'Aid', slot: 4 },
    ]);
  });

  it('gives other categories the free slots in first-use order, wrapping around', () => {
    expect(slots('zeta', 'policy', 'alpha', 'beta', 'gamma')).toEqual({
      zeta: 6,
      policy: 0,
      alpha: 7,
      beta: 6,
      gamma: 7,
    });
  });

  it('keeps the slots of earlier categories when a new one is used later', () => {
    const before = categoriesOf(events('sanctions', 'attack', 'talks'));
    const after = categoriesOf(events('sanctions', 'attack', 'talks', 'blackout', 'policy'));
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it('gives the same result for the same events', () => {
    const list = events('talks', 'attack', 'sanctions', 'talks', 'military');
    expect(categoriesOf(list)).toEqual(categoriesOf([...list]));
  });

  it('keeps every slot within the CSS slots', () => {
    const many = Array.from({ length: 30 }, (_, index) => `category-${index}`);
    for (const { slot } of categoriesOf(events(...many, 'policy', 'diplomacy'))) {
      expect(slot).toBeGreaterThanOrEqual(0);
      expect(slot).toBeLessThan(CATEGORY_SLOTS);
    }
  });

  it('has no categories for no events', () => {
    expect(categoriesOf([])).toEqual([]);
  });
});

describe('KNOWN_CATEGORIES', () => {
  it('are the categories with colours of their own, one slot each', () => {
    expect(KNOWN_CATEGORIES).toEqual(['policy', 'military', 'attack', 'politics', 'aid', 'diplomacy']);
    expect(categoriesOf(KNOWN_CATEGORIES.map((category) => ({ category }))).map((info) => info.slot)).toEqual(
      [0, 1, 2, 3, 4, 5],
    );
  });
});
