import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  VIEWS,
  formatDay,
  parseDay,
  parseViewParams,
  reconcileWithDataset,
  serializeViewParams,
  type KnownIds,
  type ViewState,
} from './view-params';
import { curatedDataset } from '../testing/curated-dataset';

const RUNS = 5_000;
/** Generous, so a busy machine does not fail a property that passes. */
const PROPERTY_TIMEOUT = 120_000;
const BASE = 'http://localhost/';
const DAY = 86_400_000;

/** UTC midnight of a `YYYY-MM-DD` day, computed independently of the code under test. */
const utc = (day: string): number => new Date(`${day}T00:00:00Z`).getTime();

/** The curated dataset, validated the way the app does (its source text read from data/sources). */
/** A shown value in a notice: what `quoteValue` should print for a long value (57 characters and "…"). */
const shortened = (value: string) => `"${value.slice(0, 57)}…"`;

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

interface Row {
  readonly name: string;
  readonly search: string;
  readonly base?: string;
  readonly state: ViewState;
  readonly notices: readonly string[];
}

const longQuery = 'x'.repeat(10_000);
const manyActors = Array.from({ length: 10_000 }, (_, index) => `actor-${index}`);
const fiveHundredActors = manyActors.slice(0, 500);
const longEvent = 'e'.repeat(5_000);
const id80 = `a${'-b'.repeat(39)}0`.slice(0, 80);

const ROWS: readonly Row[] = [
  { name: 'empty string', search: '', state: {}, notices: [] },
  { name: '"?" alone', search: '?', state: {}, notices: [] },
  {
    name: 'every parameter valid',
    search:
      '?data=https%3A%2F%2Fexample.org%2Fd.json&view=list&event=atacms-authorization&actors=ukraine,russia' +
      '&categories=policy,attack&q=long-range+missiles&from=2024-11-01&to=2024-11-30',
    state: {
      data: 'https://example.org/d.json',
      view: 'list',
      event: 'atacms-authorization',
      actors: ['ukraine', 'russia'],
      categories: ['policy', 'attack'],
      q: 'long-range missiles',
      from: '2024-11-01',
      to: '2024-11-30',
    },
    notices: [],
  },
  {
    name: 'parameters in any order',
    search: 'to=2024-11-30&q=x&from=2024-11-01',
    state: { q: 'x', from: '2024-11-01', to: '2024-11-30' },
    notices: [],
  },
  { name: '"actors=" (empty) means no actor', search: 'actors=', state: { actors: [] }, notices: [] },
  { name: 'actors absent means every actor', search: 'view=source', state: { view: 'source' }, notices: [] },
  {
    name: '"categories=" (empty) means no category',
    search: 'categories=',
    state: { categories: [] },
    notices: [],
  },
  {
    name: 'duplicates inside a list',
    search: 'actors=ukraine,ukraine,russia,ukraine',
    state: { actors: ['ukraine', 'russia'] },
    notices: [],
  },
  {
    name: 'spaces around list items',
    search: 'actors=+ukraine+,+russia',
    state: { actors: ['ukraine', 'russia'] },
    notices: [],
  },
  {
    name: 'a repeated parameter: the first applies',
    search: 'event=a&event=b',
    state: { event: 'a' },
    notices: ['Ignored a second "event" parameter; the first one applies.'],
  },
  {
    name: 'a repeated parameter, even when the first is invalid',
    search: 'view=bogus&view=list',
    state: {},
    notices: [
      'Ignored view "bogus": use timeline, list, source.',
      'Ignored a second "view" parameter; the first one applies.',
    ],
  },
  {
    name: 'unknown parameter',
    search: 'utm_source=mail&event=atacms-authorization',
    state: { event: 'atacms-authorization' },
    notices: ['Ignored unknown parameter "utm_source".'],
  },
  {
    name: 'broken percent escapes',
    search: '%E0%A4%A',
    state: {},
    notices: ['Ignored unknown parameter "\uFFFD%A".'],
  },
  { name: 'only separators', search: '&&&', state: {}, notices: [] },
  { name: 'a value without a name', search: '=x', state: {}, notices: ['Ignored unknown parameter "".'] },
  {
    name: 'markup as an event id',
    search: 'event=<script>alert(1)</script>',
    state: {},
    notices: ['Ignored event "<script>alert(1)</script>": not a valid event id.'],
  },
  {
    name: 'upper-case event id',
    search: 'event=Atacms-Authorization',
    state: {},
    notices: ['Ignored event "Atacms-Authorization": not a valid event id.'],
  },
  {
    name: 'event id with a dangling hyphen',
    search: 'event=bad-',
    state: {},
    notices: ['Ignored event "bad-": not a valid event id.'],
  },
  {
    name: 'bad ids inside a list are dropped, the rest kept',
    search: 'actors=ukraine,Russia,north_korea,,united-states',
    state: { actors: ['ukraine', 'united-states'] },
    notices: [
      'Ignored "Russia" in "actors": not a valid id.',
      'Ignored "north_korea" in "actors": not a valid id.',
      'Ignored "" in "actors": not a valid id.',
    ],
  },
  {
    name: 'a list of only invalid ids filters nothing',
    search: 'categories=Policy',
    state: {},
    notices: ['Ignored "Policy" in "categories": not a valid id.'],
  },
  {
    name: 'an 80-character id is the longest allowed',
    search: `event=${id80}`,
    state: { event: id80 },
    notices: [],
  },
  {
    name: 'an 81-character id is too long',
    search: `event=${id80}1`,
    state: {},
    notices: [`Ignored event ${shortened(`${id80}1`)}: not a valid event id.`],
  },
  {
    name: 'month 13',
    search: 'from=2024-13-01&to=2024-12-31',
    state: {},
    notices: [
      'Ignored from "2024-13-01": not a date of the form YYYY-MM-DD.',
      'Ignored to: a window needs both from and to.',
    ],
  },
  {
    name: '30 February',
    search: 'from=2024-02-30&to=2024-03-01',
    state: {},
    notices: [
      'Ignored from "2024-02-30": not a date of the form YYYY-MM-DD.',
      'Ignored to: a window needs both from and to.',
    ],
  },
  {
    name: 'two-digit year',
    search: 'from=24-01-01&to=2024-01-02',
    state: {},
    notices: [
      'Ignored from "24-01-01": not a date of the form YYYY-MM-DD.',
      'Ignored to: a window needs both from and to.',
    ],
  },
  {
    name: 'only from, without to',
    search: 'from=2024-11-01',
    state: {},
    notices: ['Ignored from: a window needs both from and to.'],
  },
  {
    name: 'only to, without from',
    search: 'to=2024-11-01',
    state: {},
    notices: ['Ignored to: a window needs both from and to.'],
  },
  {
    name: 'from after to',
    search: 'from=2024-11-30&to=2024-11-01',
    state: {},
    notices: ['Ignored from 2024-11-30 and to 2024-11-01: the window ends before it starts.'],
  },
  {
    name: 'a one-day window on a leap day',
    search: 'from=2024-02-29&to=2024-02-29',
    state: { from: '2024-02-29', to: '2024-02-29' },
    notices: [],
  },
  {
    name: 'the widest window: year 1 to 9999',
    search: 'from=0001-01-01&to=9999-12-31',
    state: { from: '0001-01-01', to: '9999-12-31' },
    notices: [],
  },
  {
    name: 'year 0',
    search: 'from=0000-12-31&to=0001-01-01',
    state: {},
    notices: [
      'Ignored from "0000-12-31": not a date of the form YYYY-MM-DD.',
      'Ignored to: a window needs both from and to.',
    ],
  },
  {
    name: 'a 10,000-character query is shortened',
    search: `q=${longQuery}`,
    state: { q: 'x'.repeat(MAX_QUERY_LENGTH) },
    notices: [`Shortened the search to ${MAX_QUERY_LENGTH} characters.`],
  },
  {
    name: 'shortening never splits an emoji',
    search: `q=${'a'.repeat(MAX_QUERY_LENGTH - 1)}%F0%9F%98%80`,
    state: { q: 'a'.repeat(MAX_QUERY_LENGTH - 1) },
    notices: [`Shortened the search to ${MAX_QUERY_LENGTH} characters.`],
  },
  {
    name: 'shortening never leaves a trailing space',
    search: `q=${'a'.repeat(MAX_QUERY_LENGTH - 1)}+b`,
    state: { q: 'a'.repeat(MAX_QUERY_LENGTH - 1) },
    notices: [`Shortened the search to ${MAX_QUERY_LENGTH} characters.`],
  },
  {
    name: '10,000 actor ids are ignored and filter nothing',
    search: `actors=${manyActors.join(',')}`,
    state: {},
    notices: ['Ignored "actors": more than 500 values.'],
  },
  {
    name: '500 actor ids are allowed',
    search: `actors=${fiveHundredActors.join(',')}`,
    state: { actors: fiveHundredActors },
    notices: [],
  },
  {
    name: 'a 5,000-character event id',
    search: `event=${longEvent}`,
    state: {},
    notices: [`Ignored event ${shortened(longEvent)}: not a valid event id.`],
  },
  {
    name: 'view=bogus',
    search: 'view=bogus',
    state: {},
    notices: ['Ignored view "bogus": use timeline, list, source.'],
  },
  { name: 'view=timeline', search: 'view=timeline', state: { view: 'timeline' }, notices: [] },
  {
    name: 'a javascript: data URL',
    search: 'data=javascript:alert(1)',
    state: {},
    notices: ['Ignored data "javascript:alert(1)": not an http or https address.'],
  },
  {
    name: 'a file: data URL',
    search: 'data=file:///etc/passwd',
    state: {},
    notices: ['Ignored data "file:///etc/passwd": not an http or https address.'],
  },
  {
    name: 'an https data URL',
    search: 'data=https://example.org/x.json',
    state: { data: 'https://example.org/x.json' },
    notices: [],
  },
  {
    name: 'a relative data URL, resolved against the base',
    search: 'data=/bench/data.json',
    base: 'https://example.org/app/',
    state: { data: '/bench/data.json' },
    notices: [],
  },
  {
    name: 'a relative data URL with a base it cannot resolve against',
    search: 'data=/bench/data.json',
    base: 'about:blank',
    state: {},
    notices: ['Ignored data "/bench/data.json": not an http or https address.'],
  },
  {
    name: 'q with spaces, commas and ampersands',
    search: 'q=kyiv%27s+power%2C+grid+%26+more',
    state: { q: "kyiv's power, grid & more" },
    notices: [],
  },
  {
    name: 'q with unicode and emoji',
    search: 'q=Kyiv%E2%80%99s+%F0%9F%9A%80+%C3%A9t%C3%A9',
    state: { q: 'Kyiv’s 🚀 été' },
    notices: [],
  },
  { name: 'q with raw unicode in the address', search: 'q=Київ 🚀', state: { q: 'Київ 🚀' }, notices: [] },
  { name: '"+" means a space in q', search: 'q=+long+range+', state: { q: 'long range' }, notices: [] },
  { name: 'an encoded "+" stays a plus', search: 'q=a%2Bb', state: { q: 'a+b' }, notices: [] },
  { name: 'a blank q is no search', search: 'q=+%20+', state: {}, notices: [] },
];

describe('parseViewParams and serializeViewParams', () => {
  it.each(ROWS)('$name', ({ search, base = BASE, state, notices }) => {
    const parsed = parseViewParams(search, base);
    expect(parsed.state).toStrictEqual(state);
    expect(parsed.notices).toStrictEqual(notices);
    // Whatever survived parsing writes out and reads back unchanged, with nothing more to complain about.
    const again = parseViewParams(serializeViewParams(parsed.state), base);
    expect(again.state).toStrictEqual(state);
    expect(again.notices).toStrictEqual([]);
  });

  it('has at least 25 table rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(25);
  });

  it('writes a readable query string in a fixed order, and "" for an empty view', () => {
    expect(serializeViewParams({})).toBe('');
    expect(
      serializeViewParams({
        to: '2024-11-30',
        from: '2024-11-01',
        q: 'kyiv’s grid & more',
        categories: [],
        actors: ['ukraine', 'russia'],
        event: 'atacms-authorization',
        view: 'list',
        data: 'https://example.org/d.json?x=1',
      }),
    ).toBe(
      '?data=https%3A%2F%2Fexample.org%2Fd.json%3Fx%3D1&view=list&event=atacms-authorization' +
        '&actors=ukraine,russia&categories=&q=kyiv%E2%80%99s+grid+%26+more&from=2024-11-01&to=2024-11-30',
    );
  });
});

describe('parseDay and formatDay', () => {
  it.each([
    ['2024-11-17', utc('2024-11-17')],
    ['2024-02-29', utc('2024-02-29')],
    ['2000-02-29', utc('2000-02-29')],
    ['0001-01-01', utc('0001-01-01')],
    ['9999-12-31', utc('9999-12-31')],
    ['1970-01-01', 0],
    ['2023-02-29', undefined],
    ['1900-02-29', undefined],
    ['2024-04-31', undefined],
    ['2024-00-10', undefined],
    ['2024-01-00', undefined],
    ['2024-01-32', undefined],
    ['0000-01-01', undefined],
    ['10000-01-01', undefined],
    ['+2024-01-01', undefined],
    ['2024-1-1', undefined],
    [' 2024-01-01', undefined],
    ['2024-01-01T00:00', undefined],
    ['', undefined],
  ])('parseDay(%j) is %s', (text, expected) => {
    expect(parseDay(text)).toBe(expected);
  });

  it.each([
    [utc('2024-11-17'), '2024-11-17'],
    [utc('2024-11-17') + DAY - 1, '2024-11-17'],
    [utc('2024-02-29') + 12 * 3_600_000, '2024-02-29'],
    [utc('0001-01-01'), '0001-01-01'],
    [utc('0099-12-31'), '0099-12-31'],
    [utc('9999-12-31') + DAY - 1, '9999-12-31'],
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [utc('0001-01-01') - 1, undefined],
    [utc('9999-12-31') + DAY, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [Number.NEGATIVE_INFINITY, undefined],
    [8.64e15 + 1, undefined],
  ])('formatDay(%s) is %s', (instant, expected) => {
    expect(formatDay(instant)).toBe(expected);
  });

  it(
    'formatDay agrees with toISOString and parseDay undoes it, for every instant in years 1 to 9999',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: utc('0001-01-01'), max: utc('9999-12-31') + DAY - 1 }), (instant) => {
          const day = new Date(instant).toISOString().slice(0, 10);
          expect(formatDay(instant)).toBe(day);
          expect(parseDay(day)).toBe(instant - (((instant % DAY) + DAY) % DAY));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ---- Property-based tests -------------------------------------------------------------------------------

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

const idArb = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((id) => id.length <= 80);
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

const dayArb = fc
  .integer({ min: utc('0001-01-01') / DAY, max: utc('9999-12-31') / DAY })
  .map((days) => new Date(days * DAY).toISOString().slice(0, 10));

const windowArb = fc
  .tuple(dayArb, dayArb)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

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
        { numRuns: RUNS },
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
        { numRuns: RUNS },
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
        { numRuns: RUNS },
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
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('reconcileWithDataset', () => {
  const dataset = curatedDataset();
  const known: KnownIds = {
    events: dataset.eventById,
    actors: dataset.actorById,
    categories: new Set(dataset.events.map((event) => event.category)),
  };

  it('keeps a view the dataset fully knows, unchanged and without notices', () => {
    const state: ViewState = {
      data: 'https://example.org/d.json',
      view: 'source',
      event: 'atacms-authorization',
      actors: ['russia', 'ukraine', 'united-states'],
      categories: ['attack', 'policy'],
      q: 'missile',
      from: '2024-11-01',
      to: '2024-11-30',
    };
    expect(reconcileWithDataset(state, known)).toStrictEqual({ state, notices: [] });
  });

  it('drops an unknown event with a notice', () => {
    expect(reconcileWithDataset({ event: 'moon-landing', view: 'list' }, known)).toStrictEqual({
      state: { view: 'list' },
      notices: ['No event "moon-landing" in this dataset; the link may be for another dataset.'],
    });
  });

  it('drops unknown actors with one notice listing them, keeping the known ones in their order', () => {
    expect(
      reconcileWithDataset({ actors: ['ukraine', 'atlantis', 'russia', 'mordor'] }, known),
    ).toStrictEqual({
      state: { actors: ['ukraine', 'russia'] },
      notices: ['Ignored unknown actors "atlantis", "mordor".'],
    });
    expect(reconcileWithDataset({ actors: ['north-korea', 'atlantis', 'joe-biden'] }, known)).toStrictEqual({
      state: { actors: ['north-korea', 'joe-biden'] },
      notices: ['Ignored unknown actor "atlantis".'],
    });
  });

  it('drops unknown categories with a notice, singular or plural', () => {
    expect(reconcileWithDataset({ categories: ['aid', 'sport'] }, known)).toStrictEqual({
      state: { categories: ['aid'] },
      notices: ['Ignored unknown category "sport".'],
    });
    expect(reconcileWithDataset({ categories: ['sport', 'aid', 'weather'] }, known)).toStrictEqual({
      state: { categories: ['aid'] },
      notices: ['Ignored unknown categories "sport", "weather".'],
    });
  });

  it('turns a list of only unknown ids into an absent one, which filters nothing', () => {
    const { state, notices } = reconcileWithDataset(
      { actors: ['atlantis', 'mordor'], categories: ['sport'], q: 'x' },
      known,
    );
    expect(state).toStrictEqual({ q: 'x' });
    expect('actors' in state).toBe(false);
    expect('categories' in state).toBe(false);
    expect(notices).toStrictEqual([
      'Ignored unknown actors "atlantis", "mordor".',
      'Ignored unknown category "sport".',
    ]);
  });

  it('keeps an empty list (nothing shown) as it is', () => {
    expect(reconcileWithDataset({ actors: [], categories: [] }, known)).toStrictEqual({
      state: { actors: [], categories: [] },
      notices: [],
    });
  });

  it('does not change the state it is given', () => {
    const state: ViewState = { event: 'nope', actors: ['ukraine', 'nope'] };
    reconcileWithDataset(state, known);
    expect(state).toStrictEqual({ event: 'nope', actors: ['ukraine', 'nope'] });
  });

  it('chains with parseViewParams: syntax notices first, then dataset notices', () => {
    const parsed = parseViewParams('event=BAD&actors=ukraine,atlantis&categories=sport&view=list');
    const reconciled = reconcileWithDataset(parsed.state, known);
    expect(reconciled.state).toStrictEqual({ view: 'list', actors: ['ukraine'] });
    expect([...parsed.notices, ...reconciled.notices]).toStrictEqual([
      'Ignored event "BAD": not a valid event id.',
      'Ignored unknown actor "atlantis".',
      'Ignored unknown category "sport".',
    ]);
  });
});
