import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, type TextQuote } from '../quote-anchor';
import { quoteSelector, trimRange, type TextRange } from './quote-selector';

/** The range of the `nth` (0-based) occurrence of `passage` in `text`. */
function rangeOf(text: string, passage: string, nth = 0): TextRange {
  let start = -1;
  for (let count = 0; count <= nth; count += 1) start = text.indexOf(passage, start + 1);
  if (start === -1) throw new Error(`"${passage}" does not occur ${nth + 1} times`);
  return { start, end: start + passage.length };
}

function anchorsBack(text: string, selector: TextQuote, range: TextRange) {
  expect(anchorQuote(text, selector)).toEqual({ ok: true, ...range });
}

const BRIDGE =
  'Officials said the bridge was shelled on Monday.\n\nResidents said the bridge was shelled again on Friday.';

describe('quoteSelector', () => {
  it('gives a passage that occurs once no prefix or suffix', () => {
    const range = rangeOf(BRIDGE, 'Officials said');
    expect(quoteSelector(BRIDGE, range)).toEqual({ exact: 'Officials said' });
  });

  it('tells the occurrences of a repeated phrase apart with the shortest context', () => {
    const first = rangeOf(BRIDGE, 'the bridge was shelled', 0);
    const second = rangeOf(BRIDGE, 'the bridge was shelled', 1);
    // " on" follows the first and " again" the second: one character after is not enough (" " both), two are.
    expect(quoteSelector(BRIDGE, first)).toEqual({ exact: 'the bridge was shelled', suffix: ' o' });
    expect(quoteSelector(BRIDGE, second)).toEqual({ exact: 'the bridge was shelled', suffix: ' a' });
    anchorsBack(BRIDGE, quoteSelector(BRIDGE, first), first);
    anchorsBack(BRIDGE, quoteSelector(BRIDGE, second), second);
  });

  it('uses a prefix where the text after the occurrences is the same', () => {
    const text = 'Kyiv said: the talks failed. Moscow said: the talks failed.';
    const second = rangeOf(text, 'the talks failed.', 1);
    expect(quoteSelector(text, second)).toEqual({ exact: 'the talks failed.', prefix: 'w said: ' });
  });

  it('combines a prefix and a suffix where neither alone is shortest', () => {
    // The middle one shares four characters before it with the first and after it with the last.
    const text = 'kkkk-Q-b; jkkk-Q-cccc; zz-Q-cccd;';
    const middle = rangeOf(text, '-Q-', 1);
    const selector = quoteSelector(text, middle);
    expect(selector).toEqual({ exact: '-Q-', prefix: 'k', suffix: 'c' });
    anchorsBack(text, selector, middle);
  });

  it('keeps curly quotes, apostrophes and dashes as they are', () => {
    const text = '“We’ll respond,” he said — “we’ll respond,” she said.';
    const second = rangeOf(text, 'we’ll respond,”', 0);
    const selector = quoteSelector(text, second);
    expect(selector.exact).toBe('we’ll respond,”');
    anchorsBack(text, selector, second);
  });

  it('keeps line breaks inside a passage and in its context', () => {
    const text = 'The strike hit\r\nthe port.\nThe strike hit\nthe port.\n';
    const first = rangeOf(text, 'hit\r\nthe', 0);
    const second = rangeOf(text, 'the port.', 1);
    expect(quoteSelector(text, first)).toEqual({ exact: 'hit\r\nthe' });
    const selector = quoteSelector(text, second);
    // Before the second occurrence "t\n", before the first "t\r\n": the carriage return tells them apart.
    expect(selector).toEqual({ exact: 'the port.', prefix: 't\n' });
    anchorsBack(text, selector, second);
  });

  it('quotes a selection across paragraphs with the line breaks between them', () => {
    const range = { start: BRIDGE.indexOf('on Monday.'), end: BRIDGE.indexOf(' said', 50) };
    const selector = quoteSelector(BRIDGE, range);
    expect(selector).toEqual({ exact: 'on Monday.\n\nResidents' });
    anchorsBack(BRIDGE, selector, range);
  });

  it('tells overlapping occurrences apart', () => {
    const text = 'aaaa';
    for (const start of [0, 1, 2])
      anchorsBack(text, quoteSelector(text, { start, end: start + 2 }), { start, end: start + 2 });
  });

  it('never cuts a surrogate pair in its context', () => {
    const text = '😀 ok then 🚀 ok then';
    const second = rangeOf(text, ' ok then', 1);
    const selector = quoteSelector(text, second);
    expect(selector.prefix).toBe('🚀');
    anchorsBack(text, selector, second);
  });

  it('refuses an empty range', () => {
    expect(() => quoteSelector('text', { start: 2, end: 2 })).toThrow(RangeError);
  });
});

describe('trimRange', () => {
  it('drops white space at both ends of a selection', () => {
    const text = 'one  two\n\nthree';
    expect(trimRange(text, { start: 3, end: 9 })).toEqual({ start: 5, end: 8 });
    expect(trimRange(text, { start: 8, end: 10 })).toEqual({ start: 10, end: 10 });
  });
});

/** Texts built from a few phrases, so passages repeat often, with line breaks and curly quotes among them. */
const repetitiveText = fc
  .array(fc.constantFrom('the bridge', ' was shelled', '.\n', '\n\n', ' “again”', 'a', 'b', ' '), {
    minLength: 1,
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

const textAndRange = repetitiveText.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
    .map(([a, b]) => ({ text, range: { start: Math.min(a, b), end: Math.max(a, b) + 1 } })),
);

/** Every selector with a shorter context, for checking that the chosen one is shortest. */
function shorterWorks(text: string, range: TextRange, total: number): boolean {
  const exact = text.slice(range.start, range.end);
  for (let prefix = 0; prefix < total; prefix += 1) {
    for (let suffix = 0; prefix + suffix < total; suffix += 1) {
      if (prefix > range.start || range.end + suffix > text.length) continue;
      const quote = {
        exact,
        prefix: text.slice(range.start - prefix, range.start),
        suffix: text.slice(range.end, range.end + suffix),
      };
      if (anchorQuote(text, quote).ok) return true;
    }
  }
  return false;
}

describe('quoteSelector properties', () => {
  it('anchoring the selector gives the same range back', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, range }) => {
        anchorsBack(text, quoteSelector(text, range), range);
      }),
      { numRuns: 2000 },
    );
  });

  it('no shorter prefix and suffix pick the same occurrence', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, range }) => {
        const selector = quoteSelector(text, range);
        const total = (selector.prefix?.length ?? 0) + (selector.suffix?.length ?? 0);
        expect(shorterWorks(text, range, total)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
