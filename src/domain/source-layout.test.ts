import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutSource, segmentRange, type Highlight, type SourceBlock } from './source-layout';
import { at } from '../testing/dataset-fixtures';

const TITLE = 'Biden Approves Long-Range Strikes';
const PUBLISHER = 'Example News';

function source(text: string) {
  return { title: TITLE, publisher: PUBLISHER, text };
}

/** The highlight of the `occurrence`-th (0-based) place `exact` occurs in `text`. */
function highlight(
  text: string,
  eventId: string,
  exact: string,
  occurrence = 0,
  excerptIndex = 0,
): Highlight {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`"${exact}" does not occur ${occurrence + 1} times`);
  return { eventId, excerptIndex, start, end: start + exact.length };
}

/** Each block as [kind, shown text]. */
function shape(blocks: readonly SourceBlock[]) {
  return blocks.map((block) => [block.kind, block.segments.map((segment) => segment.text).join('')]);
}

/** Each highlighted segment as [text, event ids, most specific first]. */
function marks(blocks: readonly SourceBlock[]) {
  return blocks.flatMap((block) =>
    block.segments
      .filter((segment) => segment.highlights.length > 0)
      .map((segment) => [segment.text, segment.highlights.map((h) => h.eventId)]),
  );
}

describe('layoutSource: blocks', () => {
  it('lays out a headline, byline, subheading and paragraphs, dropping the asterisks', () => {
    const text = `${TITLE}\n${PUBLISHER}\n**A subtitle**\nFirst paragraph.\nSecond paragraph.`;
    expect(shape(layoutSource(source(text), []))).toEqual([
      ['title', TITLE],
      ['byline', PUBLISHER],
      ['subheading', 'A subtitle'],
      ['paragraph', 'First paragraph.'],
      ['paragraph', 'Second paragraph.'],
    ]);
  });

  it('keeps a first line that is not the title as a paragraph, and then has no byline', () => {
    const text = `Breaking\n${PUBLISHER}\nText.`;
    expect(shape(layoutSource(source(text), []))).toEqual([
      ['paragraph', 'Breaking'],
      ['paragraph', PUBLISHER],
      ['paragraph', 'Text.'],
    ]);
  });

  it('finds the title only on the first line', () => {
    const text = `Intro.\n${TITLE}`;
    expect(shape(layoutSource(source(text), [])).map(([kind]) => kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('skips empty and blank lines, and reads \\r\\n and \\r line breaks', () => {
    const text = `\n${TITLE}\r\n\r\n  \t\r\nOne.\rTwo.\n\n`;
    expect(shape(layoutSource(source(text), []))).toEqual([
      ['title', TITLE],
      ['paragraph', 'One.'],
      ['paragraph', 'Two.'],
    ]);
  });

  it.each([
    ['**Bold** and **bold**', 'paragraph', '**Bold** and **bold**'],
    ['****', 'paragraph', '****'],
    ['** **', 'paragraph', '** **'],
    ['**Only an opening', 'paragraph', '**Only an opening'],
    ['  **Indented subtitle**  ', 'subheading', 'Indented subtitle'],
    ['**Sub * with a star**', 'subheading', 'Sub * with a star'],
  ])('reads %j as a %s showing %j', (line, kind, shown) => {
    expect(shape(layoutSource(source(`Intro.\n${line}`), [])).at(-1)).toEqual([kind, shown]);
  });

  it('gives each block offsets into the stored text', () => {
    const text = `Intro.\n**Sub**\nBody.`;
    for (const block of layoutSource(source(text), [])) {
      expect(text.slice(block.start, block.end)).toBe(block.segments.map((s) => s.text).join(''));
    }
  });

  it('lays out an empty text as no blocks', () => {
    expect(layoutSource(source(''), [])).toEqual([]);
  });
});

describe('layoutSource: highlights', () => {
  const text = 'Alpha beta gamma. Delta epsilon zeta.\nEta theta iota. Kappa lambda.';

  it('marks disjoint excerpts one segment each, with exactly the excerpt text', () => {
    const highlights = [highlight(text, 'e1', 'beta gamma'), highlight(text, 'e2', 'Kappa lambda.')];
    expect(marks(layoutSource(source(text), highlights))).toEqual([
      ['beta gamma', ['e1']],
      ['Kappa lambda.', ['e2']],
    ]);
  });

  it('keeps plain text between highlights as plain segments', () => {
    const [first] = layoutSource(source(text), [highlight(text, 'e1', 'beta')]);
    expect(first?.segments.map((s) => [s.text, s.highlights.length])).toEqual([
      ['Alpha ', 0],
      ['beta', 1],
      [' gamma. Delta epsilon zeta.', 0],
    ]);
  });

  it('splits overlapping excerpts into three segments; the shared one lists both, shorter first', () => {
    const long = highlight(text, 'long', 'Alpha beta gamma. Delta');
    const short = highlight(text, 'short', 'gamma. Delta epsilon');
    expect(marks(layoutSource(source(text), [long, short]))).toEqual([
      ['Alpha beta ', ['long']],
      ['gamma. Delta', ['short', 'long']],
      [' epsilon', ['short']],
    ]);
  });

  it('splits a contained excerpt out of its container, the inner one first', () => {
    const outer = highlight(text, 'outer', 'Alpha beta gamma.');
    const inner = highlight(text, 'inner', 'beta');
    expect(marks(layoutSource(source(text), [outer, inner]))).toEqual([
      ['Alpha ', ['outer']],
      ['beta', ['inner', 'outer']],
      [' gamma.', ['outer']],
    ]);
  });

  it('keeps touching excerpts as two marks side by side', () => {
    const left = highlight(text, 'left', 'Alpha beta');
    const right = highlight(text, 'right', ' gamma.');
    const [first] = layoutSource(source(text), [left, right]);
    expect(first?.segments.map((s) => [s.text, s.highlights.map((h) => h.eventId)])).toEqual([
      ['Alpha beta', ['left']],
      [' gamma.', ['right']],
      [' Delta epsilon zeta.', []],
    ]);
  });

  it('gives the same passage quoted by two events one segment listing both, in the given order', () => {
    const one = highlight(text, 'one', 'Delta epsilon');
    const two = highlight(text, 'two', 'Delta epsilon');
    expect(marks(layoutSource(source(text), [one, two]))).toEqual([['Delta epsilon', ['one', 'two']]]);
  });

  it('splits an excerpt spanning two paragraphs at the line break, which stays unmarked', () => {
    const across = highlight(text, 'across', 'zeta.\nEta');
    const blocks = layoutSource(source(text), [across]);
    expect(marks(blocks)).toEqual([
      ['zeta.', ['across']],
      ['Eta', ['across']],
    ]);
    expect(blocks.flatMap((b) => b.segments).some((s) => s.text.includes('\n'))).toBe(false);
  });

  it('marks excerpts at the very start and the very end of the text', () => {
    const highlights = [highlight(text, 'start', 'Alpha'), highlight(text, 'end', 'lambda.')];
    const blocks = layoutSource(source(text), highlights);
    expect(at(at(blocks, 0).segments, 0)).toMatchObject({ text: 'Alpha', start: 0 });
    expect(at(blocks, 1).segments.at(-1)).toMatchObject({ text: 'lambda.', end: text.length });
  });

  it('keeps the asterisks of a subheading out of a mark that covers the whole line', () => {
    const subtitled = 'Intro.\n**The sub**\nBody.';
    const blocks = layoutSource(source(subtitled), [highlight(subtitled, 'e', '**The sub**')]);
    expect(marks(blocks)).toEqual([['The sub', ['e']]]);
  });

  it('ignores an empty highlight', () => {
    expect(marks(layoutSource(source(text), [{ eventId: 'e', excerptIndex: 0, start: 3, end: 3 }]))).toEqual(
      [],
    );
  });

  it('accepts highlights in any order', () => {
    const a = highlight(text, 'a', 'Kappa');
    const b = highlight(text, 'b', 'Alpha');
    expect(marks(layoutSource(source(text), [a, b]))).toEqual([
      ['Alpha', ['b']],
      ['Kappa', ['a']],
    ]);
  });
});

describe('segmentRange', () => {
  it('returns the whole range as one plain segment without highlights', () => {
    expect(segmentRange('abcdef', 1, 4, [])).toEqual([{ start: 1, end: 4, text: 'bcd', highlights: [] }]);
  });
});

describe('layoutSource: invariants', () => {
  const textArbitrary = fc.string({
    unit: fc.constantFrom('a', 'b', ' ', '\n', '*', '’', '—'),
    maxLength: 60,
  });
  const withHighlights = textArbitrary.chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc
          .tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('e1', 'e2', 'e3'))
          .map(([a, b, eventId]) => ({
            eventId,
            excerptIndex: 0,
            start: Math.min(a, b),
            end: Math.max(a, b),
          })),
        { maxLength: 6 },
      ),
    ),
  );

  it('shows each block as an unaltered slice of the text, in contiguous segments', () => {
    fc.assert(
      fc.property(withHighlights, ([text, highlights]) => {
        for (const block of layoutSource(source(text), highlights)) {
          let at = block.start;
          for (const segment of block.segments) {
            expect(segment.start).toBe(at);
            expect(segment.end).toBeGreaterThan(segment.start);
            expect(segment.text).toBe(text.slice(segment.start, segment.end));
            at = segment.end;
          }
          expect(at).toBe(block.end);
          expect(block.segments.some((segment) => /[\r\n]/.test(segment.text))).toBe(false);
        }
      }),
    );
  });

  it('gives every character exactly the highlights that cover it, most specific first', () => {
    fc.assert(
      fc.property(withHighlights, ([text, highlights]) => {
        for (const block of layoutSource(source(text), highlights)) {
          for (const segment of block.segments) {
            for (let offset = segment.start; offset < segment.end; offset += 1) {
              const covering = highlights.filter((h) => h.start <= offset && offset < h.end);
              expect(new Set(segment.highlights)).toEqual(new Set(covering));
            }
            const lengths = segment.highlights.map((h) => h.end - h.start);
            expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
          }
        }
      }),
    );
  });
});
