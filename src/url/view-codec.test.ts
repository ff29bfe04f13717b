import { describe, expect, it } from 'vitest';
import { parseViewParams, serializeViewParams } from './view-codec';
import { MAX_QUERY_LENGTH, type ViewState } from './view-params';

const BASE = 'http://localhost/';

/** A shown value in a notice: what `quoteValue` should print for a long value (57 characters and "…"). */
const shortened = (value: string) => `"${value.slice(0, 57)}…"`;

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
