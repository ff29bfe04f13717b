import { parseThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from './theme-choice';

/*
 * Applying the theme: `data-theme` on <html> picks the light or dark values of the palette (app.css); without
 * it the system's setting decides. Storage may be refused (private modes, blocked cookies): the theme then
 * lasts for the visit only.
 */

export function readStoredTheme(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function storeTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered, but still applied for this visit.
  }
}
