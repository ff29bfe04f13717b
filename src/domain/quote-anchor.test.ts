import { describe, expect, it } from 'vitest';
import { anchorQuote, describeAnchorFailure, type AnchorResult, type TextQuote } from './quote-anchor';
import { S1_TEXT } from '../testing/dataset-fixtures';

const REPEATED = 'the strike was confirmed';
const FIRST = S1_TEXT.indexOf(REPEATED);
const SECOND = S1_TEXT.lastIndexOf(REPEATED);

/** Anchors a quote that must resolve, and checks the range holds the quote. */
function anchored(text: string, quote: TextQuote): { start: number; end: number } {
  const result = anchorQuote(text, quote);
  if (!result.ok) throw new Error(`not anchored: ${result.reason}`);
  expect(text.slice(result.start, result.end)).toBe(quote.exact);
  return { start: result.start, end: result.end };
}

describe('anchorQuote', () => {
  it('finds a quote that occurs once', () => {
    const exact = 'Kyiv’s air force reported drones';
    const start = S1_TEXT.indexOf(exact);
    expect(start).toBeGreaterThan(0);
    expect(anchorQuote(S1_TEXT, { exact })).toEqual({ ok: true, start, end: start + exact.length });
  });

  it('finds a quote at the very start and at the very end of the text', () => {
    expect(anchored(S1_TEXT, { exact: 'On Sunday' })).toEqual({ start: 0, end: 9 });
    expect(anchored(S1_TEXT, { exact: 'over the city.' }).end).toBe(S1_TEXT.length);
  });

  it('the fixture repeats the passage exactly twice', () => {
    expect(FIRST).toBeGreaterThan(-1);
    expect(SECOND).toBeGreaterThan(FIRST);
  });

  it('reports a repeated passage without context as ambiguous, with its number of occurrences', () => {
    expect(anchorQuote(S1_TEXT, { exact: REPEATED })).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: 2,
      first: FIRST,
    });
  });

  it.each([
    ['prefix', { prefix: 'officials said ' }, FIRST],
    ['prefix', { prefix: 'spokesman said ' }, SECOND],
    ['suffix', { suffix: '.' }, FIRST],
    ['suffix', { suffix: ' again' }, SECOND],
    ['prefix and suffix', { prefix: 'said ', suffix: ' again.' }, SECOND],
  ])('picks one occurrence of a repeated passage by its %s', (_kind, context, start) => {
    expect(anchored(S1_TEXT, { exact: REPEATED, ...context })).toEqual({
      start,
      end: start + REPEATED.length,
    });
  });

  it('needs prefix and suffix to fit the same occurrence', () => {
    expect(anchorQuote(S1_TEXT, { exact: REPEATED, prefix: 'officials said ', suffix: ' again' })).toEqual({
      ok: false,
      reason: 'context-mismatch',
      occurrences: 2,
      first: FIRST,
    });
  });

  it('stays ambiguous when the context fits more than one occurrence, and names the first that fits', () => {
    expect(anchorQuote(S1_TEXT, { exact: REPEATED, prefix: 'said ' })).toMatchObject({
      ok: false,
      reason: 'ambiguous',
      first: FIRST,
    });
    expect(anchorQuote('no. no! no!', { exact: 'no', suffix: '!' })).toMatchObject({
      reason: 'ambiguous',
      first: 4,
    });
  });

  it('reports a prefix that matches no occurrence', () => {
    expect(anchorQuote(S1_TEXT, { exact: REPEATED, prefix: 'nobody said ' })).toEqual({
      ok: false,
      reason: 'context-mismatch',
      occurrences: 2,
      first: FIRST,
    });
  });

  it('does not match a prefix against the start of the text', () => {
    const text = 'strike, then a strike';
    // The first occurrence has nothing before it; only the second has "a " before it.
    expect(anchored(text, { exact: 'strike', prefix: 'a ' })).toEqual({ start: 15, end: 21 });
    // A prefix longer than the text before the first occurrence must not match a cut-off piece of itself.
    expect(anchorQuote('a strike', { exact: 'strike', prefix: 'xa ' })).toMatchObject({
      ok: false,
      reason: 'context-mismatch',
    });
    expect(anchorQuote(text, { exact: 'strike', prefix: ' ' })).toEqual({ ok: true, start: 15, end: 21 });
  });

  it('matches a suffix up to the end of the text, but not past it', () => {
    expect(anchored('a strike, a strike.', { exact: 'strike', suffix: '.' })).toEqual({ start: 12, end: 18 });
    expect(anchorQuote('a strike', { exact: 'strike', suffix: '.' })).toMatchObject({
      reason: 'context-mismatch',
    });
  });

  it('matches a curly apostrophe exactly', () => {
    const exact = 'Kyiv’s air force';
    expect(anchored(S1_TEXT, { exact }).start).toBe(S1_TEXT.indexOf('Kyiv'));
  });

  it('does not match a straight apostrophe to a curly one, nor the reverse', () => {
    expect(anchorQuote(S1_TEXT, { exact: "Kyiv's air force" })).toEqual({
      ok: false,
      reason: 'not-found',
      occurrences: 0,
      first: -1,
    });
    expect(anchorQuote("Ukraine's use", { exact: 'Ukraine’s use' })).toMatchObject({ reason: 'not-found' });
  });

  it('does not normalise case or whitespace', () => {
    expect(anchorQuote(S1_TEXT, { exact: 'kyiv’s air force' })).toMatchObject({ reason: 'not-found' });
    expect(anchorQuote(S1_TEXT, { exact: 'Kyiv’s  air force' })).toMatchObject({ reason: 'not-found' });
  });

  it('reports an absent quote', () => {
    expect(anchorQuote(S1_TEXT, { exact: 'no such words' })).toEqual({
      ok: false,
      reason: 'not-found',
      occurrences: 0,
      first: -1,
    });
  });

  it('reports an empty quote', () => {
    expect(anchorQuote(S1_TEXT, { exact: '' })).toEqual({
      ok: false,
      reason: 'empty',
      occurrences: 0,
      first: -1,
    });
  });

  it('counts overlapping occurrences', () => {
    expect(anchorQuote('aaaa', { exact: 'aaa' })).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: 2,
      first: 0,
    });
    expect(anchored('aaaa', { exact: 'aaa', prefix: 'a' })).toEqual({ start: 1, end: 4 });
  });

  it('counts three occurrences', () => {
    expect(anchorQuote('no. no. no.', { exact: 'no' })).toEqual({
      ok: false,
      reason: 'ambiguous',
      occurrences: 3,
      first: 0,
    });
  });
});

describe('describeAnchorFailure', () => {
  it.each<[Extract<AnchorResult, { ok: false }>, string]>([
    [{ ok: false, reason: 'empty', occurrences: 0, first: -1 }, 'is empty'],
    [{ ok: false, reason: 'not-found', occurrences: 0, first: -1 }, 'not found in source "s1"'],
    [
      { ok: false, reason: 'ambiguous', occurrences: 3, first: -1 },
      'occurs 3 times in source "s1"; add a prefix or suffix that picks one',
    ],
    [
      { ok: false, reason: 'context-mismatch', occurrences: 2, first: -1 },
      'occurs in source "s1", but never with the given prefix/suffix',
    ],
  ])('describes %o', (result, message) => {
    expect(describeAnchorFailure(result, 's1')).toBe(message);
  });

  it('names the occurrence count found by anchorQuote', () => {
    const result = anchorQuote('no. no. no.', { exact: 'no' });
    if (result.ok) throw new Error('expected a failure');
    expect(describeAnchorFailure(result, 'notes')).toBe(
      'occurs 3 times in source "notes"; add a prefix or suffix that picks one',
    );
  });
});
