import { DAY_MS, formatIsoDay, parseIsoDay } from '../domain/calendar';

/*
 * The URL contract (docs/design.md), each parameter defined once in VIEW_PARAMS: how its text is read, how it is
 * written, which of the store's choices it holds and whether changing that choice adds a Back step. The codec
 * (view-codec.ts), the history rule (history-entry.ts), the dataset check (reconcile-view.ts) and the store's
 * choices (view-choices.ts) are derived from it, so a new parameter is one more row. Pure and
 * dataset-agnostic: parsing checks syntax only. Anything invalid is dropped with a notice naming it, and never
 * stops the rest of the URL from applying.
 */
import { isHttpUrl } from '../domain/http-url';
import { isId } from '../domain/slug';

export const VIEWS = ['timeline', 'list', 'source'] as const;
export type View = (typeof VIEWS)[number];

const MAX_LIST_LENGTH = 500;
export const MAX_QUERY_LENGTH = 200;
const MAX_DATA_URL_LENGTH = 2048;

/** Shows a value from the URL inside a notice: quoted, cut short, control characters made visible. */
export function quoteValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(shown);
}

/** `YYYY-MM-DD` that names a real calendar day, as UTC midnight in ms; undefined otherwise. */
export function parseDay(value: string): number | undefined {
  return parseIsoDay(value);
}

/** The calendar day (UTC) holding an instant, as `YYYY-MM-DD`; undefined outside years 1 to 9999. */
export function formatDay(instant: number): string | undefined {
  return formatIsoDay(instant);
}

function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

// ---- What a row is ------------------------------------------------------------------------------------------

/** What reading a value gave: the value, unless none survived, and notices naming whatever was dropped. */
export interface Reading<T> {
  readonly value?: T;
  readonly notices: readonly string[];
}

export interface KnownIds {
  readonly events: { has(id: string): boolean };
  readonly actors: { has(id: string): boolean };
  readonly categories: { has(id: string): boolean };
}

/** The parameter's name, for notices; the page's address, which relative addresses resolve against. */
interface ReadContext {
  readonly name: string;
  readonly base: string;
}

/** One parameter's text. (Methods rather than function properties, so any Param<T> is a Param<unknown>.) */
export interface Param<T> {
  /** Reads the decoded text of the parameter, checking its syntax. */
  parse(raw: string, context: ReadContext): Reading<T>;
  /** Writes a value as the parameter's encoded text. */
  serialize(value: T): string;
  /** Checks the ids a value names against the open dataset. */
  reconcile?(value: T, known: KnownIds, name: string): Reading<T>;
}

type ParamRecord = Readonly<Record<string, Param<unknown>>>;
type Values<P> = { readonly [N in keyof P]?: P[N] extends Param<infer T> ? T : never };
type History = 'push' | 'replace';

/** One of the store's choices and the parameters (usually one) that hold it in the address. */
interface ChoiceRow<P extends ParamRecord, C> {
  /** In the order they are written. */
  readonly params: P;
  /** Whether changing the choice adds a Back step ('push') or rewrites the current entry ('replace'). */
  readonly history: History;
  /** The choice the parameters give, any of them absent. */
  toChoice(values: Values<P>): C;
  /** The parameters of a choice; its default is written as nothing, so addresses stay short. */
  toView(choice: C): Values<P>;
  /**
   * Why values that each parsed make no choice, together or beside the rest of the address (`view`): all of
   * the row's values are then dropped. Undefined when they do.
   */
  check?(values: Values<P>, view: ViewState): string | undefined;
}

/** A choice held by one parameter, which is absent exactly when the choice is `absent`. */
function single<N extends string, T, const A extends T | null>(
  name: N,
  param: Param<T>,
  choice: { readonly history: History; readonly absent: A },
): ChoiceRow<Readonly<Record<N, Param<T>>>, T | A> {
  // TypeScript cannot resolve a mapped type over a generic key: say what these objects are.
  type Own = Values<Readonly<Record<N, Param<T>>>>;
  return {
    params: { [name]: param } as Record<N, Param<T>>,
    history: choice.history,
    toChoice: (values) => (values[name] as T | undefined) ?? choice.absent,
    toView: (value) => (value === choice.absent ? {} : { [name]: value }) as Own,
  };
}

/** A single value, kept whole when `isValid` and otherwise dropped with a notice giving `reason`. */
function checked<T extends string = string>(
  isValid: (raw: string, base: string) => boolean,
  reason: string,
): Param<T> {
  return {
    parse: (raw, { name, base }) =>
      isValid(raw, base)
        ? { value: raw as T, notices: [] }
        : { notices: [`Ignored ${name} ${quoteValue(raw)}: ${reason}.`] },
    serialize: encodeValue,
  };
}

// ---- The parameters ---------------------------------------------------------------------------------------

const eventId: Param<string> = {
  ...checked(isId, 'not a valid event id'),
  reconcile: (id, known) =>
    known.events.has(id)
      ? { value: id, notices: [] }
      : { notices: [`No event ${quoteValue(id)} in this dataset; the link may be for another dataset.`] },
};

/**
 * Comma-separated ids, each of which the dataset must know as one of `known` (`kind` names one in a notice).
 * A list left with no id filters nothing, rather than hiding everything; an empty one (`actors=`) hides all.
 */
function idList(known: keyof KnownIds, kind: string): Param<readonly string[]> {
  return {
    parse(raw, { name }) {
      if (raw === '') return { value: [], notices: [] };
      const parts = raw.split(',');
      if (parts.length > MAX_LIST_LENGTH)
        return { notices: [`Ignored "${name}": more than ${MAX_LIST_LENGTH} values.`] };
      const ids: string[] = [];
      const notices: string[] = [];
      for (const part of parts) {
        const id = part.trim();
        if (!isId(id)) notices.push(`Ignored ${quoteValue(id)} in "${name}": not a valid id.`);
        else if (!ids.includes(id)) ids.push(id);
      }
      return ids.length > 0 ? { value: ids, notices } : { notices };
    },
    serialize: (ids) => ids.map(encodeValue).join(','),
    reconcile(ids, knownIds, name) {
      const kept = ids.filter((id) => knownIds[known].has(id));
      const unknown = ids.filter((id) => !knownIds[known].has(id));
      const notices = unknown.length
        ? [`Ignored unknown ${unknown.length > 1 ? name : kind} ${unknown.map(quoteValue).join(', ')}.`]
        : [];
      return ids.length > 0 && kept.length === 0 ? { notices } : { value: kept, notices };
    },
  };
}

const searchText: Param<string> = {
  parse(raw) {
    const query = raw.trim();
    const notices =
      query.length > MAX_QUERY_LENGTH ? [`Shortened the search to ${MAX_QUERY_LENGTH} characters.`] : [];
    // Cut without splitting a surrogate pair (encodeURIComponent throws on half of one) or ending in a space.
    const value = query.slice(0, MAX_QUERY_LENGTH).replace(/\s*[\uD800-\uDBFF]?$/, '');
    return query ? { value, notices } : { notices };
  },
  serialize: encodeValue,
};

const day = checked((raw) => parseDay(raw) !== undefined, 'not a date of the form YYYY-MM-DD');

/** The visible window, in ms; `end` is exclusive. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** The window as calendar days (UTC), both inclusive, and only both together; null until drawn or linked. */
const visibleWindow: ChoiceRow<
  { readonly from: Param<string>; readonly to: Param<string> },
  TimeWindow | null
> = {
  params: { from: day, to: day },
  // Moving the window rewrites the entry, or Back would replay every pan.
  history: 'replace',
  toChoice({ from, to }) {
    const start = from === undefined ? undefined : parseDay(from);
    const last = to === undefined ? undefined : parseDay(to);
    return start !== undefined && last !== undefined ? { start, end: last + DAY_MS } : null;
  },
  toView(window) {
    const from = window && formatDay(window.start);
    const to = window && formatDay(window.end - 1);
    return from && to ? { from, to } : {};
  },
  check({ from, to }) {
    if (from === undefined && to === undefined) return undefined;
    if (from === undefined || to === undefined)
      return `Ignored ${from !== undefined ? 'from' : 'to'}: a window needs both from and to.`;
    return parseDay(from)! > parseDay(to)!
      ? `Ignored from ${from} and to ${to}: the window ends before it starts.`
      : undefined;
  },
};

const isView = (raw: string) => (VIEWS as readonly string[]).includes(raw);
const viewName = checked<View>(isView, `use ${VIEWS.join(', ')}`);
const isDataUrl = (raw: string, base: string) => raw.length <= MAX_DATA_URL_LENGTH && isHttpUrl(raw, base);
const dataAddress = checked(isDataUrl, 'not an http or https address');
const draftKey = checked(isId, 'not the id of a draft');

/** A link's dataset, unless the link also names a draft, which then opens in its place. */
const dataUrl: ChoiceRow<{ readonly data: Param<string> }, string | null> = {
  ...single('data', dataAddress, { history: 'push', absent: null }),
  check: ({ data }, { draft }) =>
    data !== undefined && draft !== undefined
      ? `Ignored data ${quoteValue(data)}: the link also names a draft on this device, which opens instead.`
      : undefined,
};

/**
 * The store's choices, each with its parameters, in the order the address lists them. A list parameter that is
 * absent means every actor (or category), an empty one none; category filters extend docs/design.md's list, so they
 * survive links too. An absent `data` is the built-in dataset (or a file). `draft` names a timeline draft kept on
 * this device by the editor (/edit/), which opens in place of any `data`.
 */
export const VIEW_PARAMS = {
  dataUrl,
  draftId: single('draft', draftKey, { history: 'push', absent: null }),
  view: single('view', viewName, { history: 'push', absent: 'timeline' }),
  selectedEventId: single('event', eventId, { history: 'push', absent: null }),
  actorFilter: single('actors', idList('actors', 'actor'), { history: 'push', absent: null }),
  categoryFilter: single('categories', idList('categories', 'category'), { history: 'push', absent: null }),
  query: single('q', searchText, { history: 'push', absent: '' }),
  window: visibleWindow,
};

// ---- Derived from the table -------------------------------------------------------------------------------

type Table = typeof VIEW_PARAMS;

/** What the reader chose, as the store holds it. */
export type Choices = { readonly [K in keyof Table]: ReturnType<Table[K]['toChoice']> };

type RowParams = Table[keyof Table]['params'];
type NamesOf<P> = P extends unknown ? keyof P : never;
type ValueOf<P, N extends PropertyKey> = P extends { readonly [_ in N]: Param<infer T> } ? T : never;

/** The view an address describes: each parameter's value, absent when the address does not give it. */
export type ViewState = { readonly [N in NamesOf<RowParams>]?: ValueOf<RowParams, N> };
export type ParamName = keyof ViewState;

/** A row of the table, its types forgotten, for code that runs over every row. */
export type AnyChoiceRow = ChoiceRow<ParamRecord, unknown>;

export const CHOICE_ROWS = Object.entries(VIEW_PARAMS) as readonly (readonly [keyof Choices, AnyChoiceRow])[];

/** Every parameter by name, in the order the address lists them. */
export const PARAMS: ReadonlyMap<ParamName, Param<unknown>> = new Map(
  CHOICE_ROWS.flatMap(([, row]) => paramsOf(row)),
);

export function paramsOf(row: AnyChoiceRow): (readonly [ParamName, Param<unknown>])[] {
  return Object.entries(row.params) as [ParamName, Param<unknown>][];
}
