import { describe, expect, it } from 'vitest';
import { historyEntryFor } from './history-entry';
import type { ViewState } from './view-params';

const WINDOW = { from: '2024-11-01', to: '2024-11-30' } as const;

const BASE_VIEW: ViewState = {
  data: 'https://example.org/d.json',
  view: 'timeline',
  event: 'atacms-authorization',
  actors: ['ukraine', 'russia'],
  categories: ['policy'],
  q: 'missile',
  ...WINDOW,
};

type Entry = ReturnType<typeof historyEntryFor>;

const CASES: readonly (readonly [string, ViewState, ViewState, Entry])[] = [
  ['nothing changed', BASE_VIEW, BASE_VIEW, 'none'],
  [
    'nothing changed, in fresh but equal objects and lists',
    BASE_VIEW,
    { ...BASE_VIEW, actors: ['ukraine', 'russia'] },
    'none',
  ],
  ['both empty', {}, {}, 'none'],

  ['an event selected', {}, { event: 'atacms-authorization' }, 'push'],
  ['another event selected', BASE_VIEW, { ...BASE_VIEW, event: 'russian-strike-power-grid' }, 'push'],
  ['the selection cleared', BASE_VIEW, { ...BASE_VIEW, event: undefined }, 'push'],

  ['actors: all -> a list', {}, { actors: ['ukraine'] }, 'push'],
  ['actors: all -> none', {}, { actors: [] }, 'push'],
  ['actors: none -> all', { actors: [] }, {}, 'push'],
  ['actors: one more', BASE_VIEW, { ...BASE_VIEW, actors: ['ukraine', 'russia', 'north-korea'] }, 'push'],
  ['actors: one fewer', BASE_VIEW, { ...BASE_VIEW, actors: ['ukraine'] }, 'push'],
  ['actors: same ids, other order', BASE_VIEW, { ...BASE_VIEW, actors: ['russia', 'ukraine'] }, 'push'],
  ['actors: same length, other id', BASE_VIEW, { ...BASE_VIEW, actors: ['ukraine', 'joe-biden'] }, 'push'],

  ['categories: all -> a list', {}, { categories: ['aid'] }, 'push'],
  ['categories: changed', BASE_VIEW, { ...BASE_VIEW, categories: ['attack'] }, 'push'],
  ['categories: other order', { categories: ['aid', 'attack'] }, { categories: ['attack', 'aid'] }, 'push'],
  ['categories: list -> all', BASE_VIEW, { ...BASE_VIEW, categories: undefined }, 'push'],

  ['a search typed', {}, { q: 'kursk' }, 'push'],
  ['the search changed', BASE_VIEW, { ...BASE_VIEW, q: 'missiles' }, 'push'],
  ['the search cleared', BASE_VIEW, { ...BASE_VIEW, q: undefined }, 'push'],

  ['the view changed', BASE_VIEW, { ...BASE_VIEW, view: 'list' }, 'push'],
  ['the view set from the default', {}, { view: 'source' }, 'push'],

  ['another dataset', BASE_VIEW, { ...BASE_VIEW, data: 'https://example.org/other.json' }, 'push'],
  ['back to the built-in dataset', BASE_VIEW, { ...BASE_VIEW, data: undefined }, 'push'],

  [
    'a choice and the window changed together',
    BASE_VIEW,
    { ...BASE_VIEW, event: 'x', from: '2024-10-01' },
    'push',
  ],

  ['the window moved', BASE_VIEW, { ...BASE_VIEW, from: '2024-10-15', to: '2024-11-15' }, 'replace'],
  ['only from changed', BASE_VIEW, { ...BASE_VIEW, from: '2024-11-02' }, 'replace'],
  ['only to changed', BASE_VIEW, { ...BASE_VIEW, to: '2024-12-01' }, 'replace'],
  ['the first window drawn', {}, WINDOW, 'replace'],
  ['the window dropped', WINDOW, {}, 'replace'],
];

describe('historyEntryFor', () => {
  it.each(
    CASES.map(
      ([name, previous, next, expected]) => [`${name} -> ${expected}`, previous, next, expected] as const,
    ),
  )('%s', (_title, previous, next, expected) => {
    expect(historyEntryFor(previous, next)).toBe(expected);
  });

  it('is symmetric: undoing a change needs the same kind of entry', () => {
    const views: ViewState[] = [
      {},
      BASE_VIEW,
      { ...BASE_VIEW, actors: [] },
      { ...BASE_VIEW, from: '2024-01-01' },
      { ...BASE_VIEW, q: 'other' },
      WINDOW,
    ];
    for (const a of views) for (const b of views) expect(historyEntryFor(a, b)).toBe(historyEntryFor(b, a));
  });
});
