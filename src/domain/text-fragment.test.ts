import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextQuote } from './quote-anchor';
import { encodeFragmentPart, LONG_PASSAGE, textDirective, textFragmentUrl } from './text-fragment';

/** Splits a directive into its parts, decoded: the `-` markers of prefix and suffix are taken off. */
function decodeDirective(directive: string): { prefix?: string; parts: string[]; suffix?: string } {
  const raw = directive.split(',');
  const first = raw[0] ?? '';
  const last = raw.at(-1) ?? '';
  const prefix = raw.length > 1 && first.endsWith('-') ? decodeURIComponent(first.slice(0, -1)) : undefined;
  const suffix = raw.length > 1 && last.startsWith('-') ? decodeURIComponent(last.slice(1)) : undefined;
  const parts = raw
    .slice(prefix === undefined ? 0 : 1, suffix === undefined ? undefined : -1)
    .map(decodeURIComponent);
  return { ...(prefix !== undefined && { prefix }), parts, ...(suffix !== undefined && { suffix }) };
}

describe('encodeFragmentPart', () => {
  it.each([
    ['long-range', 'long%2Drange'],
    ['Kursk, Russia', 'Kursk%2C%20Russia'],
    ['U.S. & allies', 'U.S.%20%26%20allies'],
    ['two  spaces', 'two%20%20spaces'],
    ['Kyiv’s', 'Kyiv%E2%80%99s'],
    ["Ukraine's", "Ukraine's"],
    ['"words"', '%22words%22'],
    ['“words”', '%E2%80%9Cwords%E2%80%9D'],
    ['café — 100%', 'caf%C3%A9%20%E2%80%94%20100%25'],
    ['Курск', '%D0%9A%D1%83%D1%80%D1%81%D0%BA'],
    ['line\nbreak', 'line%0Abreak'],
    ['#1 :~: a=b', '%231%20%3A~%3A%20a%3Db'],
  ])('encodes %j as %s', (text, encoded) => {
    expect(encodeFragmentPart(text)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(text);
  });

  it('never leaves a directive delimiter, space or # in a part, and decodes back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = encodeFragmentPart(text);
        expect(encoded).not.toMatch(/[-,&#\s]/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
    );
  });
});

describe('textDirective', () => {
  it('encodes a short passage whole', () => {
    expect(textDirective({ exact: 'the strike was confirmed' })).toBe('the%20strike%20was%20confirmed');
  });

  it('trims spaces around the passage', () => {
    expect(textDirective({ exact: '  the strike  ' })).toBe('the%20strike');
  });

  it.each<[string, TextQuote, string]>([
    [
      'drops a possibly cut first word of the prefix and keeps its last three words',
      { exact: 'the strike', prefix: 'Later a spokesman said ' },
      'a%20spokesman%20said-,the%20strike',
    ],
    [
      'keeps the first word of a prefix that starts with a space',
      { exact: 'the strike', prefix: ' spokesman said ' },
      'spokesman%20said-,the%20strike',
    ],
    [
      'drops a cut word at the start of the prefix',
      { exact: 'the strike', prefix: 'man said ' },
      'said-,the%20strike',
    ],
    [
      'drops a possibly cut last word of the suffix and keeps its first three words',
      { exact: 'the strike', suffix: ' was confirmed again on Fri' },
      'the%20strike,-was%20confirmed%20again',
    ],
    [
      'drops a cut word at the end of the suffix',
      { exact: 'the strike', suffix: ' again on Fri' },
      'the%20strike,-again%20on',
    ],
    [
      'keeps the last word of a suffix that ends with a space',
      { exact: 'the strike', suffix: ' again on Friday ' },
      'the%20strike,-again%20on%20Friday',
    ],
    [
      'gives both prefix and suffix',
      { exact: 'the strike', prefix: 'a spokesman said ', suffix: ' was confirmed again.' },
      'spokesman%20said-,the%20strike,-was%20confirmed',
    ],
    [
      'leaves out a prefix or suffix that has no words',
      { exact: 'the strike', prefix: '   ', suffix: '' },
      'the%20strike',
    ],
    [
      'encodes delimiters inside prefix and suffix',
      { exact: 'strikes', prefix: ' long-range, ', suffix: ' & drones ' },
      'long%2Drange%2C-,strikes,-%26%20drones',
    ],
  ])('%s', (_behaviour, quote, directive) => {
    expect(textDirective(quote)).toBe(directive);
  });

  it('links a passage longer than LONG_PASSAGE by its first and last five words', () => {
    const exact =
      'In an earlier move in May, Biden had covertly lifted restrictions, allowing Ukraine to use American weapons ' +
      'for cross-border strikes into Russia, but with limitations on longer-range attacks deeper into Russian territory.';
    expect(exact.length).toBeGreaterThan(LONG_PASSAGE);
    expect(textDirective({ exact })).toBe(
      'In%20an%20earlier%20move%20in,attacks%20deeper%20into%20Russian%20territory.',
    );
  });

  it('links a long passage with prefix and suffix as four parts', () => {
    const exact = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    expect(exact.length).toBeGreaterThan(LONG_PASSAGE);
    expect(decodeDirective(textDirective({ exact, prefix: ' before it ', suffix: ' after it ' }))).toEqual({
      prefix: 'before it',
      parts: ['word0 word1 word2 word3 word4', 'word35 word36 word37 word38 word39'],
      suffix: 'after it',
    });
  });

  it('links a passage of exactly LONG_PASSAGE characters whole', () => {
    const exact = `${'a '.repeat(LONG_PASSAGE / 2 - 1)}zz`;
    expect(exact).toHaveLength(LONG_PASSAGE);
    expect(decodeDirective(textDirective({ exact })).parts).toEqual([exact]);
  });

  it('links a long passage of few words whole', () => {
    const exact = Array.from({ length: 10 }, () => 'x'.repeat(20)).join(' ');
    expect(exact.length).toBeGreaterThan(LONG_PASSAGE);
    expect(decodeDirective(textDirective({ exact })).parts).toEqual([exact]);
  });

  it.each<TextQuote>([
    { exact: 'long-range weapons, U.S.-supplied & more', prefix: ' he said: “the ', suffix: ' ’s claim — ' },
    { exact: "Ukraine's use of long-range U.S. weapons", prefix: ' Biden Approves ', suffix: ' in Russia ' },
    { exact: 'Kyiv’s air force, “reported” drones', prefix: ' Later, ', suffix: ' over Kyiv. ' },
  ])('round-trips $exact through decodeURIComponent', (quote) => {
    const words = (text: string | undefined) => text?.trim().split(/\s+/).join(' ');
    expect(decodeDirective(textDirective(quote))).toEqual({
      prefix: words(quote.prefix),
      parts: [quote.exact],
      suffix: words(quote.suffix),
    });
  });
});

describe('textDirective: punctuation journalists quote', () => {
  it.each<[string, string, string]>([
    ['a comma', 'Kyiv, Ukraine', 'Kyiv%2C%20Ukraine'],
    ['a hyphen', 'U.S.-supplied long-range weapons', 'U.S.%2Dsupplied%20long%2Drange%20weapons'],
    ['an en dash', 'the 2022–2024 campaign', 'the%202022%E2%80%932024%20campaign'],
    ['an em dash', 'a decision — finally', 'a%20decision%20%E2%80%94%20finally'],
    ['an ampersand', 'Research & Development', 'Research%20%26%20Development'],
    ['straight double quotes', 'he called it "limited"', 'he%20called%20it%20%22limited%22'],
    ['curly double quotes', 'he called it “limited”', 'he%20called%20it%20%E2%80%9Climited%E2%80%9D'],
    ['a straight apostrophe', "Biden's term", "Biden's%20term"],
    ['a curly apostrophe', 'Biden’s term', 'Biden%E2%80%99s%20term'],
    ['a percent sign and a dollar', 'up 5% to $175 billion', 'up%205%25%20to%20%24175%20billion'],
    ['brackets and a question mark', 'the (ATACMS) missiles?', 'the%20(ATACMS)%20missiles%3F'],
    ['a hash and a colon', 'item #3: "done"', 'item%20%233%3A%20%22done%22'],
  ])('encodes %s so the directive still splits right: %j', (_what, exact, directive) => {
    expect(textDirective({ exact })).toBe(directive);
    expect(decodeDirective(directive)).toEqual({ parts: [exact] });
  });

  it('leaves only the directive’s own commas and dashes unencoded, for any quote and context', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '-', '&', '—', '–', '"', '’', '#') });
    fc.assert(
      fc.property(
        text.filter((exact) => exact.trim() !== ''),
        text,
        text,
        (exact, prefix, suffix) => {
          const directive = textDirective({ exact, prefix, suffix });
          expect(directive).not.toMatch(/[&#\s]/);
          const parts = directive.split(',');
          expect(parts.length).toBeGreaterThanOrEqual(1);
          expect(parts.length).toBeLessThanOrEqual(4);
          parts.forEach((part, index) => {
            const contextMarked =
              (index === 0 && parts.length > 1 && /^[^-]+-$/.test(part)) ||
              (index === parts.length - 1 && parts.length > 1 && /^-[^-]+$/.test(part));
            expect(contextMarked || !part.includes('-')).toBe(true);
            expect(part.replace(/^-|-$/g, '')).not.toBe('');
          });
        },
      ),
    );
  });

  it('links a long passage full of punctuation by its first and last words, each encoded', () => {
    const exact =
      'In a significant policy shift, President Joe Biden has approved the use of U.S.-supplied long-range ' +
      'weapons for Ukraine to conduct limited strikes within Russian territory, confirmed by two U.S. officials.';
    expect(exact.length).toBeGreaterThan(LONG_PASSAGE);
    expect(textDirective({ exact })).toBe(
      'In%20a%20significant%20policy%20shift%2C,confirmed%20by%20two%20U.S.%20officials.',
    );
  });
});

describe('textDirective: passages over line breaks and repeated words', () => {
  it('links a short passage that runs over a line break by its first and last words', () => {
    expect(
      decodeDirective(textDirective({ exact: 'the end of one paragraph.\nThe start of the next' })),
    ).toEqual({
      parts: ['the end of one paragraph.', 'The start of the next'],
    });
  });

  it('takes the first and last words from within the first and last lines', () => {
    const exact = 'Short.\n\nA middle paragraph with many words in it.\r\nLast one';
    expect(decodeDirective(textDirective({ exact })).parts).toEqual(['Short.', 'Last one']);
  });

  it('keeps context from reaching over a line break', () => {
    const quote = {
      exact: 'the strike',
      prefix: 'end of a paragraph.\nLater officials said ',
      suffix: ' was over.\nNext',
    };
    expect(decodeDirective(textDirective(quote))).toEqual({
      prefix: 'Later officials said',
      parts: ['the strike'],
      suffix: 'was over.',
    });
  });

  it('drops context that has no words on the quote’s own line', () => {
    expect(textDirective({ exact: 'Headline', prefix: 'Earlier text.\n', suffix: '\nMore' })).toBe(
      'Headline',
    );
  });

  it('lengthens the first words until they do not occur earlier in the source', () => {
    const words = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => `w${from + index}`).join(' ');
    const exact = `the decision was made by ${words(0, 40)}`;
    const text = `Earlier: the decision was made by others. Then ${exact} and more.`;
    const place = { text, start: text.indexOf(exact) };
    expect(decodeDirective(textDirective({ exact }, place)).parts).toEqual([
      'the decision was made by w0',
      'w35 w36 w37 w38 w39',
    ]);
    // Without the source text the five first words would have sent the browser to "others".
    expect(decodeDirective(textDirective({ exact })).parts[0]).toBe('the decision was made by');
  });

  it('lengthens the last words until their first match after the start is the passage’s end', () => {
    const exact = `Officials said on Sunday that ${'x '.repeat(60)}the strike was confirmed by officials. Later ${'y '.repeat(
      10,
    )}the strike was confirmed by officials.`;
    const [, end] = decodeDirective(textDirective({ exact })).parts;
    expect(end).toBe('y the strike was confirmed by officials.');
  });

  it('links a long passage whole when its first and last words would meet', () => {
    const exact = Array.from({ length: 13 }, () => 'emphatically').join(' ');
    expect(exact.length).toBeGreaterThan(LONG_PASSAGE);
    expect(decodeDirective(textDirective({ exact })).parts).toEqual([exact]);
  });

  it('counts only whole words when checking where the first words occur', () => {
    const exact = `war was declared v0 v1 ${Array.from({ length: 40 }, (_, index) => `v${index + 2}`).join(' ')}`;
    // Without word boundaries, the first five words would seem to occur inside "postwar" first.
    const text = `The postwar was declared v0 v1 era. ${exact}`;
    expect(exact.length).toBeGreaterThan(LONG_PASSAGE);
    const [start] = decodeDirective(textDirective({ exact }, { text, start: text.indexOf(exact) })).parts;
    expect(start).toBe('war was declared v0 v1');
  });
});

describe('textFragmentUrl', () => {
  const quote = { exact: 'the strike' };

  it('adds a text fragment to an address without one', () => {
    expect(textFragmentUrl('https://example.org/news/1', quote)).toBe(
      'https://example.org/news/1#:~:text=the%20strike',
    );
  });

  it('keeps the query string', () => {
    expect(textFragmentUrl('https://example.org/news?id=1&p=2', quote)).toBe(
      'https://example.org/news?id=1&p=2#:~:text=the%20strike',
    );
  });

  it.each([
    'https://example.org/news#top',
    'https://example.org/news#:~:text=old',
    'https://example.org/news#a#b',
  ])('replaces the fragment of %s', (pageUrl) => {
    expect(textFragmentUrl(pageUrl, quote)).toBe('https://example.org/news#:~:text=the%20strike');
  });
});

describe('encodeFragmentPart with malformed text', () => {
  it('replaces a lone surrogate instead of throwing', () => {
    expect(encodeFragmentPart('a\ud800b')).toBe('a%EF%BF%BDb');
    expect(encodeFragmentPart('\udc00')).toBe('%EF%BF%BD');
    expect(encodeFragmentPart('😀')).toBe('%F0%9F%98%80');
  });
});
