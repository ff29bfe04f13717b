import { useId, useState } from 'react';
import { parseThemeChoice, THEME_CHOICES, type ThemeChoice } from './theme-choice';
import { applyTheme, readStoredTheme, storeTheme } from './theme';
import './theme.css';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** "Theme: System | Light | Dark", remembered on this device. */
export function ThemeSelect() {
  const [choice, setChoice] = useState(readStoredTheme);
  const id = useId();
  return (
    <div className="theme-select">
      <label htmlFor={id} className="visually-hidden-when-narrow">
        Theme
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = parseThemeChoice(event.target.value);
          setChoice(next);
          applyTheme(next);
          storeTheme(next);
        }}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
