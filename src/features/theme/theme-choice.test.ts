import { describe, expect, it } from 'vitest';
import { parseThemeChoice } from './theme-choice';

describe('parseThemeChoice', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    [null, 'system'],
    [undefined, 'system'],
    ['', 'system'],
    ['Dark', 'system'],
    ['purple', 'system'],
  ])('%j is %s', (value, choice) => {
    expect(parseThemeChoice(value)).toBe(choice);
  });
});
