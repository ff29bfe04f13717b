import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from '../domain/contrast';
import { parsePalette } from '../domain/css-palette';

/*
 * The palette's single source is app.css (`--token: light-dark(<light>, <dark>)`); this reads it and checks
 * every pair of tokens that meet on screen, in both themes, against WCAG AA.
 */

const palette = parsePalette(readFileSync(new URL('./app.css', import.meta.url), 'utf8'));
const SLOTS = [0, 1, 2, 3, 4, 5, 6, 7];

/** Text and what it sits on. */
const TEXT_PAIRS: [string, string][] = [
  ['ink', 'paper'],
  ['ink', 'surface'],
  ['ink-muted', 'paper'],
  ['ink-muted', 'surface'],
  ['link', 'paper'],
  ['link', 'surface'],
  ['accent', 'paper'],
  ['ink', 'notice-fill'],
  // Timeline items and category chips: text on the category's tint; a selected item: on its full colour.
  ...SLOTS.map((slot): [string, string] => ['ink', `cat-${slot}-fill`]),
  ...SLOTS.map((slot): [string, string] => ['on-slot', `cat-${slot}`]),
];

/** Focus rings, field borders and the edges of timeline items, against what surrounds them. */
const NON_TEXT_PAIRS: [string, string][] = [
  ['focus', 'paper'],
  ['focus', 'surface'],
  ['ink-muted', 'surface'],
  ...SLOTS.map((slot): [string, string] => [`cat-${slot}`, 'paper']),
  ...SLOTS.map((slot): [string, string] => [`cat-${slot}`, 'surface']),
];

function colour(name: string, theme: 'light' | 'dark'): string {
  const token = palette.get(name);
  if (!token) throw new Error(`app.css defines no --${name} with light-dark(#..., #...)`);
  return token[theme];
}

describe('the palette in app.css', () => {
  it('defines every token the checks name', () => {
    for (const name of new Set([...TEXT_PAIRS, ...NON_TEXT_PAIRS].flat()))
      expect(palette.has(name), name).toBe(true);
  });

  describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
    it.each(TEXT_PAIRS)('text --%s on --%s reaches 4.5:1', (text, background) => {
      expect(contrastRatio(colour(text, theme), colour(background, theme))).toBeGreaterThanOrEqual(AA_TEXT);
    });

    it.each(NON_TEXT_PAIRS)('--%s against --%s reaches 3:1', (part, background) => {
      expect(contrastRatio(colour(part, theme), colour(background, theme))).toBeGreaterThanOrEqual(
        AA_NON_TEXT,
      );
    });
  });
});
