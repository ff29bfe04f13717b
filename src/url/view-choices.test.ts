import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../domain/calendar';
import { utc } from '../testing/days';
import { PROPERTY_RUNS, PROPERTY_TIMEOUT, idArb, windowArb } from '../testing/properties';
import { choicesFromView, choicesOf, viewFromChoices } from './view-choices';
import { VIEWS, type Choices, type ViewState } from './view-params';

describe('choicesOf', () => {
  it('keeps every choice of a larger state and nothing else', () => {
    const choices = choicesFromView({
      event: 'strike',
      actors: ['russia'],
      from: '2024-11-01',
      to: '2024-11-30',
    });
    const storeState = { ...choices, notices: ['one'], selectEvent: () => {} };
    expect(choicesOf(storeState)).toStrictEqual(choices);
  });
});

describe('choicesFromView and viewFromChoices', () => {
  const FULL: ViewState = {
    data: 'https://example.org/d.json',
    view: 'source',
    event: 'atacms-authorization',
    actors: ['ukraine', 'russia'],
    categories: [],
    q: 'missile',
    from: '2024-11-01',
    to: '2024-11-30',
  };

  it('turns from/to (inclusive days) into a window ending the day after to', () => {
    expect(choicesFromView(FULL)).toEqual({
      selectedEventId: 'atacms-authorization',
      actorFilter: ['ukraine', 'russia'],
      categoryFilter: [],
      query: 'missile',
      window: { start: utc('2024-11-01'), end: utc('2024-12-01') },
      view: 'source',
      dataUrl: 'https://example.org/d.json',
    });
    expect(choicesFromView({ from: '2024-02-29', to: '2024-02-29' }).window).toEqual({
      start: utc('2024-02-29'),
      end: utc('2024-03-01'),
    });
  });

  it('gives the defaults for an empty view, and an empty view for the defaults', () => {
    const defaults: Choices = {
      selectedEventId: null,
      actorFilter: null,
      categoryFilter: null,
      query: '',
      window: null,
      view: 'timeline',
      dataUrl: null,
    };
    expect(choicesFromView({})).toEqual(defaults);
    expect(viewFromChoices(defaults)).toStrictEqual({});
  });

  it('round-trips a full view', () => {
    expect(viewFromChoices(choicesFromView(FULL))).toStrictEqual(FULL);
  });

  it('leaves out the default view', () => {
    expect(viewFromChoices(choicesFromView({ view: 'timeline', q: 'x' }))).toStrictEqual({ q: 'x' });
  });

  it('writes any window as the days it touches', () => {
    const choices = choicesFromView({});
    const days = (start: number, end: number) => {
      const { from, to } = viewFromChoices({ ...choices, window: { start, end } });
      return [from, to];
    };
    expect(days(utc('2024-11-01T13:00:00Z'), utc('2024-11-03T01:00:00Z'))).toEqual([
      '2024-11-01',
      '2024-11-03',
    ]);
    expect(days(utc('2024-11-01'), utc('2024-11-03'))).toEqual(['2024-11-01', '2024-11-02']);
    expect(days(utc('2024-11-01') - 1, utc('2024-11-01') + 1)).toEqual(['2024-10-31', '2024-11-01']);
    // A window beyond years 1 to 9999 cannot be written, so it is left out rather than written wrong.
    expect(days(utc('0001-01-01') - DAY_MS, utc('2024-01-01'))).toEqual([undefined, undefined]);
    expect(days(utc('2024-01-01'), 9e15)).toEqual([undefined, undefined]);
  });

  it(
    'round-trips every valid view whose view is not the default',
    () => {
      const view: fc.Arbitrary<ViewState> = fc
        .tuple(
          fc.record(
            {
              event: idArb,
              actors: fc.uniqueArray(idArb, { maxLength: 8 }),
              categories: fc.uniqueArray(idArb, { maxLength: 8 }),
              q: fc.string({ minLength: 1 }).filter((q) => q === q.trim() && q !== ''),
              view: fc.constantFrom(...VIEWS.filter((name) => name !== 'timeline')),
              data: fc.webUrl(),
            },
            { requiredKeys: [] },
          ),
          fc.option(windowArb, { nil: undefined }),
        )
        .map(([rest, window]) => ({ ...rest, ...window }));
      fc.assert(
        fc.property(view, (state) => {
          expect(viewFromChoices(choicesFromView(state))).toStrictEqual(state);
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
