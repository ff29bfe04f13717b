import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../domain/calendar';
import { dayText, utc } from '../testing/days';
import { PROPERTY_RUNS, PROPERTY_TIMEOUT } from '../testing/properties';
import { historyEntryFor } from './history-entry';
import { choicesFromView, viewFromChoices } from './view-choices';
import { parseViewParams, serializeViewParams } from './view-codec';
import { PARAMS, formatDay, parseDay, type ViewState } from './view-params';

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
    [utc('2024-11-17') + DAY_MS - 1, '2024-11-17'],
    [utc('2024-02-29T12:00:00Z'), '2024-02-29'],
    [utc('0001-01-01'), '0001-01-01'],
    [utc('0099-12-31'), '0099-12-31'],
    [utc('9999-12-31') + DAY_MS - 1, '9999-12-31'],
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [utc('0001-01-01') - 1, undefined],
    [utc('9999-12-31') + DAY_MS, undefined],
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
        fc.property(
          fc.integer({ min: utc('0001-01-01'), max: utc('9999-12-31') + DAY_MS - 1 }),
          (instant) => {
            const day = dayText(instant);
            expect(formatDay(instant)).toBe(day);
            expect(parseDay(day)).toBe(instant - (((instant % DAY_MS) + DAY_MS) % DAY_MS));
          },
        ),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ---- Links, end to end: the table read, written back and turned into history ------------------------------

interface Link {
  readonly name: string;
  /** The address as someone might write it. */
  readonly url: string;
  readonly state: ViewState;
  readonly notices?: readonly string[];
  /** What the app writes back once the store holds it. */
  readonly canonical: string;
  /** The history entry opening it from the default view makes. */
  readonly entry: ReturnType<typeof historyEntryFor>;
}

const LINKS: readonly Link[] = [
  { name: 'the default view', url: '', state: {}, canonical: '', entry: 'none' },
  {
    name: 'a dataset address',
    url: 'data=https://example.org/d.json',
    state: { data: 'https://example.org/d.json' },
    canonical: '?data=https%3A%2F%2Fexample.org%2Fd.json',
    entry: 'push',
  },
  {
    name: 'a draft on this device',
    url: 'draft=0f8c2a1e-5b7d-4c3a-9e2f-1a2b3c4d5e6f',
    state: { draft: '0f8c2a1e-5b7d-4c3a-9e2f-1a2b3c4d5e6f' },
    canonical: '?draft=0f8c2a1e-5b7d-4c3a-9e2f-1a2b3c4d5e6f',
    entry: 'push',
  },
  {
    name: 'a draft id that is not one is dropped',
    url: 'draft=../Drafts&view=list',
    state: { view: 'list' },
    notices: ['Ignored draft "../Drafts": not the id of a draft.'],
    canonical: '?view=list',
    entry: 'push',
  },
  {
    name: 'a dataset address beside a draft gives way to the draft, with a notice',
    url: 'data=https://example.org/d.json&draft=0f8c2a1e-5b7d-4c3a-9e2f-1a2b3c4d5e6f',
    state: { draft: '0f8c2a1e-5b7d-4c3a-9e2f-1a2b3c4d5e6f' },
    notices: [
      'Ignored data "https://example.org/d.json": the link also names a draft on this device, which opens instead.',
    ],
    canonical: '?draft=0f8c2a1e-5b7d-4c3a-9e2f-1a2b3c4d5e6f',
    entry: 'push',
  },
  {
    name: 'a dataset address beside a draft id that is not one stays',
    url: 'data=https://example.org/d.json&draft=../Drafts',
    state: { data: 'https://example.org/d.json' },
    notices: ['Ignored draft "../Drafts": not the id of a draft.'],
    canonical: '?data=https%3A%2F%2Fexample.org%2Fd.json',
    entry: 'push',
  },
  {
    name: 'the list view',
    url: 'view=list',
    state: { view: 'list' },
    canonical: '?view=list',
    entry: 'push',
  },
  {
    name: 'the timeline view, the default, written as nothing',
    url: 'view=timeline',
    state: { view: 'timeline' },
    canonical: '',
    entry: 'none',
  },
  {
    name: 'an event',
    url: 'event=atacms-authorization',
    state: { event: 'atacms-authorization' },
    canonical: '?event=atacms-authorization',
    entry: 'push',
  },
  {
    name: 'some actors, spaces and repeats dropped',
    url: 'actors=+ukraine+,russia,ukraine',
    state: { actors: ['ukraine', 'russia'] },
    canonical: '?actors=ukraine,russia',
    entry: 'push',
  },
  { name: 'no actor at all', url: 'actors=', state: { actors: [] }, canonical: '?actors=', entry: 'push' },
  {
    name: 'some categories',
    url: 'categories=aid,policy',
    state: { categories: ['aid', 'policy'] },
    canonical: '?categories=aid,policy',
    entry: 'push',
  },
  {
    name: 'a search, trimmed',
    url: 'q=+kyiv%E2%80%99s+grid+%26+more+',
    state: { q: 'kyiv’s grid & more' },
    canonical: '?q=kyiv%E2%80%99s+grid+%26+more',
    entry: 'push',
  },
  {
    name: 'a window, to before from',
    url: 'to=2024-11-30&from=2024-11-01',
    state: { from: '2024-11-01', to: '2024-11-30' },
    canonical: '?from=2024-11-01&to=2024-11-30',
    entry: 'replace',
  },
  {
    name: 'everything, in any order',
    url: 'to=2024-11-30&q=missile&from=2024-11-01&categories=&actors=russia&event=strike&view=source&data=/d.json',
    state: {
      data: '/d.json',
      view: 'source',
      event: 'strike',
      actors: ['russia'],
      categories: [],
      q: 'missile',
      from: '2024-11-01',
      to: '2024-11-30',
    },
    canonical:
      '?data=%2Fd.json&view=source&event=strike&actors=russia&categories=&q=missile&from=2024-11-01&to=2024-11-30',
    entry: 'push',
  },
  {
    name: 'a bad value is dropped and the rest applies',
    url: 'event=BAD&view=list',
    state: { view: 'list' },
    notices: ['Ignored event "BAD": not a valid event id.'],
    canonical: '?view=list',
    entry: 'push',
  },
  {
    name: 'half a window is no window',
    url: 'from=2024-11-01&q=x',
    state: { q: 'x' },
    notices: ['Ignored from: a window needs both from and to.'],
    canonical: '?q=x',
    entry: 'push',
  },
  {
    name: 'an unknown parameter and a repeated one',
    url: 'utm_source=mail&event=a&event=b',
    state: { event: 'a' },
    notices: [
      'Ignored unknown parameter "utm_source".',
      'Ignored a second "event" parameter; the first one applies.',
    ],
    canonical: '?event=a',
    entry: 'push',
  },
];

describe('links through VIEW_PARAMS', () => {
  it.each(LINKS)('$name', ({ url, state, notices = [], canonical, entry }) => {
    const parsed = parseViewParams(url);
    expect(parsed).toStrictEqual({ state, notices });
    const stored = viewFromChoices(choicesFromView(parsed.state));
    expect(serializeViewParams(stored)).toBe(canonical);
    expect(parseViewParams(canonical)).toStrictEqual({ state: stored, notices: [] });
    expect(historyEntryFor({}, stored)).toBe(entry);
  });

  it('has a link for every parameter and for both kinds of history entry', () => {
    for (const name of PARAMS.keys())
      expect(LINKS.some((link) => new URLSearchParams(link.canonical).has(name))).toBe(true);
    for (const entry of ['push', 'replace']) expect(LINKS.some((link) => link.entry === entry)).toBe(true);
  });
});
