import { describe, expect, it } from 'vitest';
import { collapseWhitespace, truncate } from './plain-text';

describe('truncate', () => {
  it('keeps short text and ends cut text with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a long sentence here', 10)).toBe('a long se…');
    expect(truncate('a long sentence here', 10)).toHaveLength(10);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate(`abc${'😀'.repeat(5)}`, 5);
    expect(cut).toBe('abc…');
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['clean text', 'clean text'],
    ['  two  spaces\n and\ta tab\u00a0', 'two spaces and a tab'],
  ])('%j -> %j', (text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
  });
});
