import { describe, expect, it } from 'vitest';
import { isTextField, SHORTCUTS, shortcutFor, type KeyPress } from './shortcuts';

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  inDialog: false,
  ...overrides,
});

describe('shortcutFor', () => {
  it.each([
    ['+', 'zoom-in'],
    ['=', 'zoom-in'],
    ['-', 'zoom-out'],
    ['−', 'zoom-out'],
    ['0', 'fit'],
    ['/', 'focus-search'],
    ['?', 'help'],
  ])('"%s" runs %s', (key, command) => {
    expect(shortcutFor(press(key))).toBe(command);
  });

  it.each(['a', '1', 'ArrowLeft', 'Enter', 'Escape', ' '])('"%s" is no page-wide shortcut', (key) => {
    expect(shortcutFor(press(key))).toBeUndefined();
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])(
    'leaves the browser its own zoom keys (%o)',
    (modifier) => {
      expect(shortcutFor(press('+', modifier))).toBeUndefined();
      expect(shortcutFor(press('0', modifier))).toBeUndefined();
    },
  );

  it('is off while typing and inside a dialog', () => {
    expect(shortcutFor(press('/', { inTextField: true }))).toBeUndefined();
    expect(shortcutFor(press('?', { inDialog: true }))).toBeUndefined();
  });
});

describe('SHORTCUTS', () => {
  it('lists every page-wide command once, with the keys that run it', () => {
    const commands = SHORTCUTS.flatMap((shortcut) => (shortcut.command ? [shortcut.command] : []));
    expect(commands).toEqual([...new Set(commands)]);
    expect(commands.sort()).toEqual(['fit', 'focus-search', 'help', 'zoom-in', 'zoom-out']);
    for (const shortcut of SHORTCUTS.filter((candidate) => candidate.command)) {
      expect(shortcut.values?.length).toBeGreaterThan(0);
    }
  });

  it('gives no key to two commands', () => {
    const values = SHORTCUTS.flatMap((shortcut) => shortcut.values ?? []);
    expect(values).toEqual([...new Set(values)]);
  });
});

describe('isTextField', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'search' }, true],
    [{ tagName: 'input' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'INPUT', type: 'Radio' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'SPAN', isContentEditable: false }, false],
  ])('%o: %s', (element, expected) => {
    expect(isTextField(element)).toBe(expected);
  });
});
