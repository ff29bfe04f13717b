import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_RUNS, PROPERTY_TIMEOUT, idArb, windowArb } from '../testing/properties';
import { parseViewParams, serializeViewParams } from './view-codec';
import { MAX_QUERY_LENGTH, VIEWS, parseDay, type ViewState } from './view-params';

const BASE = 'http://localhost/';

/** Every field of a parsed state obeys the contract, whatever the input was. */
function expectWellFormed(state: ViewState) {
  const id = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  if (state.event !== undefined) {
    expect(state.event).toMatch(id);
    expect(state.event.length).toBeLessThanOrEqual(80);
  }
  for (const list of [state.actors, state.categories]) {
    if (list === undefined) continue;
    expect(new Set(list).size).toBe(list.length);
    for (const item of list) expect(item).toMatch(id);
  }
  if (state.q !== undefined) {
    expect(state.q).not.toBe('');
    expect(state.q).toBe(state.q.trim());
    expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(state.q).not.toMatch(/[\uD800-\uDFFF]/u); // no half of a surrogate pair
  }
  expect(state.from === undefined).toBe(state.to === undefined);
  if (state.from !== undefined && state.to !== undefined) {
    expect(state.from <= state.to).toBe(true);
    expect(parseDay(state.from)).toBeTypeOf('number');
  }
  if (state.view !== undefined) expect(VIEWS).toContain(state.view);
  if (state.data !== undefined) expect(['http:', 'https:']).toContain(new URL(state.data, BASE).protocol);
}

const PARAM_NAMES = ['event', 'actors', 'categories', 'q', 'from', 'to', 'view', 'data', 'x'] as const;

/** Arbitrary key/value pairs (known names and one unknown), encoded the way a browser would. */
const pairsSearch = fc
  .array(fc.tuple(fc.constantFrom(...PARAM_NAMES), fc.string()))
  .map((pairs) => new URLSearchParams(pairs).toString());

/** Like `pairsSearch`, with any unicode and long values, so searches cross MAX_QUERY_LENGTH. */
const widePairsSearch = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PARAM_NAMES),
      fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ minLength: 150, maxLength: 300 })),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

const idListArb = fc.uniqueArray(idArb, { maxLength: 12 });

/*
 * Well-formed strings only: URLSearchParams (like a browser's address bar) turns a lone surrogate into U+FFFD,
 * so a q holding one could never come back from a URL unchanged; the 'binary' unit never yields half a pair.
 */
const queryArb = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 200 }),
  )
  .filter((q) => q.length > 0 && q.length <= MAX_QUERY_LENGTH && q === q.trim());

const validViewState: fc.Arbitrary<ViewState> = fc
  .tuple(
    fc.record(
      {
        event: idArb,
        actors: idListArb,
        categories: idListArb,
        q: queryArb,
        view: fc.constantFrom(...VIEWS),
        data: fc.webUrl().filter((url) => url.length <= 2048),
      },
      { requiredKeys: [] },
    ),
    fc.option(windowArb, { nil: undefined }),
  )
  .map(([rest, window]) => ({ ...rest, ...window }));

describe('parseViewParams properties', () => {
  it(
    'never throws on any string, and what it keeps is well formed',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (search) => {
          const { state, notices } = parseViewParams(search);
          expectWellFormed(state);
          for (const notice of notices) expect(notice).toBeTypeOf('string');
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws on query strings built from arbitrary parameters, and what it keeps is well formed',
    () => {
      fc.assert(
        fc.property(pairsSearch, (search) => {
          expectWellFormed(parseViewParams(search).state);
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is stable: whatever it parses writes out and reads back the same, with no notice',
    () => {
      fc.assert(
        fc.property(fc.oneof(pairsSearch, widePairsSearch), (search) => {
          const { state } = parseViewParams(search);
          const again = parseViewParams(serializeViewParams(state));
          expect(again.state).toStrictEqual(state);
          expect(again.notices).toStrictEqual([]);
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'round-trips every valid view state with no notice',
    () => {
      fc.assert(
        fc.property(validViewState, (state) => {
          const parsed = parseViewParams(serializeViewParams(state));
          expect(parsed.state).toStrictEqual(state);
          expect(parsed.notices).toStrictEqual([]);
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
