import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { menuTarget } from './menu-navigation';
import './menu-button.css';

export type MenuItem =
  | { readonly label: string; readonly onSelect: () => void; readonly disabled?: boolean }
  | { readonly label: string; readonly href: string };

interface MenuButtonProps {
  /** The button's text and the menu's name. */
  readonly label: string;
  readonly items: readonly MenuItem[];
}

/**
 * A button that opens a menu of commands (WAI-ARIA APG menu button): Enter, Space or ↓ open it on the first
 * item and ↑ on the last; in the menu the arrows, Home, End and a first letter move, Enter or Space chooses,
 * Esc closes it back to the button, and Tab or a click elsewhere closes it. A disabled item stays in the
 * arrow order (so it can be read) but does nothing.
 */
export function MenuButton({ label, items }: MenuButtonProps) {
  const id = useId();
  const [focused, setFocused] = useState<number | null>(null);
  const open = focused !== null;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);

  useEffect(() => {
    if (focused !== null) itemRefs.current[focused]?.focus();
  }, [focused]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setFocused(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setFocused(null);
    buttonRef.current?.focus();
  };

  const choose = (item: MenuItem) => {
    if ('href' in item) return;
    if (item.disabled) return;
    close();
    item.onSelect();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const first = { Enter: 0, ' ': 0, ArrowDown: 0, ArrowUp: items.length - 1 }[event.key];
    if (first === undefined) return;
    event.preventDefault();
    setFocused(first);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (focused === null) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key === 'Tab') {
      setFocused(null);
      return;
    }
    const item = items[focused];
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      if ('href' in item && event.key === 'Enter') return;
      event.preventDefault();
      if ('href' in item) itemRefs.current[focused]?.click();
      else choose(item);
      return;
    }
    const next = menuTarget(
      event.key,
      focused,
      items.map((entry) => entry.label),
    );
    if (next === undefined) return;
    event.preventDefault();
    setFocused(next);
  };

  return (
    <div className="menu-button" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        className="tool-button menu-button-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setFocused(open ? null : 0)}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      <ul
        id={`${id}-menu`}
        className="menu-button-menu"
        role="menu"
        aria-labelledby={`${id}-button`}
        hidden={!open}
        onKeyDown={onMenuKeyDown}
      >
        {items.map((item, index) => (
          <li key={item.label} role="none">
            {'href' in item ? (
              <a
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                role="menuitem"
                tabIndex={-1}
                href={item.href}
                onClick={() => setFocused(null)}
              >
                {item.label}
              </a>
            ) : (
              <button
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.disabled || undefined}
                onClick={() => choose(item)}
              >
                {item.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
