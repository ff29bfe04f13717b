/*
 * The reader's colour theme: follow the system (the default), or always light, or always dark. Remembered on
 * this device only (localStorage); it is no part of a shared link.
 */

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = 'conflict-timeline:theme';

/** A stored or chosen value as a theme; anything unknown (or nothing) means "follow the system". */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}
