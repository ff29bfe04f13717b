import { describe, expect, it } from 'vitest';
import { openingWords } from './opening-words';

describe('openingWords', () => {
  it('keeps a short text whole, on one line', () => {
    expect(openingWords('Two  words\nhere', 40)).toBe('Two words here');
  });

  it('cuts a long text after a whole word, without trailing punctuation, and adds an ellipsis', () => {
    expect(openingWords('In a significant policy shift, President Joe Biden approved', 34)).toBe(
      'In a significant policy shift…',
    );
  });

  it('never goes over the limit', () => {
    const text = 'word '.repeat(100);
    for (const limit of [5, 17, 60]) expect(openingWords(text, limit).length).toBeLessThanOrEqual(limit);
  });

  it('cuts a single overlong word inside the word', () => {
    expect(openingWords('Supercalifragilistic', 8)).toBe('Superca…');
  });
});
