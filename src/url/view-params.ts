/*
 * The URL contract (DESIGN.md): readable search params <-> the view a reader chose. Pure and dataset-agnostic:
 * it checks syntax only; `reconcileWithDataset` then drops ids the open dataset does not have. Anything
 * invalid is dropped with a notice naming it, and never stops the rest of the URL from applying.
 */

export const VIEWS = ['timeline', 'list', 'source'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewState {
  readonly event?: string;
  /** Absent: every actor. Empty: none. */
  readonly actors?: readonly string[];
  /** Absent: every category. Empty: none. (An extension of DESIGN.md's list, so category filters survive links.) */
  readonly categories?: readonly string[];
  readonly q?: string;
  /** The visible window, as calendar days (UTC), inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly view?: View;
  readonly data?: string;
}

export interface ParseResult {
  readonly state: ViewState;
  readonly notices: readonly string[];
}

const KNOWN_PARAMS = ['data', 'view', 'event', 'actors', 'categories', 'q', 'from', 'to'] as const;
type Param = (typeof KNOWN_PARAMS)[number];

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;
const MAX_LIST_LENGTH = 500;
export const MAX_QUERY_LENGTH = 200;
const MAX_DATA_URL_LENGTH = 2048;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Shows a value from the URL inside a notice: quoted, cut short, control characters made visible. */
export function quoteValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(shown);
}

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** `YYYY-MM-DD` that names a real calendar day, as UTC midnight in ms; undefined otherwise. */
export function parseDay(value: string): number | undefined {
  const match = DAY_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDate() === day ? date.getTime() : undefined;
}

/** The calendar day (UTC) holding an instant, as `YYYY-MM-DD`; undefined outside years 1 to 9999. */
export function formatDay(instant: number): string | undefined {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The ids of a list parameter; undefined when none survives, so a broken list filters nothing. */
function parseIdList(name: Param, raw: string, notices: string[]): string[] | undefined {
  if (raw === '') return [];
  const parts = raw.split(',');
  if (parts.length > MAX_LIST_LENGTH) {
    notices.push(`Ignored "${name}": more than ${MAX_LIST_LENGTH} values.`);
    return undefined;
  }
  const ids: string[] = [];
  for (const part of parts) {
    const id = part.trim();
    if (!isId(id)) notices.push(`Ignored ${quoteValue(id)} in "${name}": not a valid id.`);
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids.length > 0 ? ids : undefined;
}

function isHttpUrl(value: string, base: string): boolean {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function applyParam(state: Mutable<ViewState>, name: Param, raw: string, base: string, notices: string[]) {
  switch (name) {
    case 'event':
      if (isId(raw)) state.event = raw;
      else notices.push(`Ignored event ${quoteValue(raw)}: not a valid event id.`);
      return;
    case 'actors':
    case 'categories': {
      const ids = parseIdList(name, raw, notices);
      if (ids) state[name] = ids;
      return;
    }
    case 'q': {
      const query = raw.trim();
      if (query.length > MAX_QUERY_LENGTH)
        notices.push(`Shortened the search to ${MAX_QUERY_LENGTH} characters.`);
      // Cut without splitting a surrogate pair (encodeURIComponent throws on half of one) or ending in a space.
      if (query) state.q = query.slice(0, MAX_QUERY_LENGTH).replace(/\s*[\uD800-\uDBFF]?$/, '');
      return;
    }
    case 'from':
    case 'to':
      if (parseDay(raw) !== undefined) state[name] = raw;
      else notices.push(`Ignored ${name} ${quoteValue(raw)}: not a date of the form YYYY-MM-DD.`);
      return;
    case 'view':
      if ((VIEWS as readonly string[]).includes(raw)) state.view = raw as View;
      else notices.push(`Ignored view ${quoteValue(raw)}: use ${VIEWS.join(', ')}.`);
      return;
    case 'data':
      if (raw.length <= MAX_DATA_URL_LENGTH && isHttpUrl(raw, base)) state.data = raw;
      else notices.push(`Ignored data ${quoteValue(raw)}: not an http or https address.`);
      return;
  }
}

/** Reads the view from a query string. Never throws; every dropped value is named in a notice. */
export function parseViewParams(search: string, base = 'http://localhost/'): ParseResult {
  const notices: string[] = [];
  const state: Mutable<ViewState> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ['Ignored the address parameters: they could not be read.'] };
  }
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(name)) {
      notices.push(`Ignored unknown parameter ${quoteValue(name)}.`);
    } else if (seen.has(name)) {
      notices.push(`Ignored a second "${name}" parameter; the first one applies.`);
    } else {
      seen.add(name);
      applyParam(state, name as Param, raw, base, notices);
    }
  }
  if ((state.from === undefined) !== (state.to === undefined)) {
    notices.push(`Ignored ${state.from !== undefined ? 'from' : 'to'}: a window needs both from and to.`);
    delete state.from;
    delete state.to;
  }
  if (state.from !== undefined && state.to !== undefined && parseDay(state.from)! > parseDay(state.to)!) {
    notices.push(`Ignored from ${state.from} and to ${state.to}: the window ends before it starts.`);
    delete state.from;
    delete state.to;
  }
  return { state, notices };
}

function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/** Writes the view as a query string (with "?", or "" when empty), in a fixed, readable order. */
export function serializeViewParams(state: ViewState): string {
  const parts: string[] = [];
  for (const name of KNOWN_PARAMS) {
    const value = state[name];
    if (value === undefined) continue;
    const encoded = Array.isArray(value) ? value.map(encodeValue).join(',') : encodeValue(value as string);
    parts.push(`${name}=${encoded}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface KnownIds {
  readonly events: { has(id: string): boolean };
  readonly actors: { has(id: string): boolean };
  readonly categories: { has(id: string): boolean };
}

function knownOnly(
  name: 'actors' | 'categories',
  ids: readonly string[],
  known: KnownIds,
  notices: string[],
) {
  const kept = ids.filter((id) => known[name].has(id));
  const unknown = ids.filter((id) => !known[name].has(id));
  if (unknown.length) {
    const kind = name === 'actors' ? 'actor' : 'category';
    notices.push(
      `Ignored unknown ${unknown.length > 1 ? name : kind} ${unknown.map(quoteValue).join(', ')}.`,
    );
  }
  // A list that named only unknown ids filters nothing, rather than hiding everything.
  return ids.length > 0 && kept.length === 0 ? undefined : kept;
}

/** Drops ids the open dataset does not have, naming each in a notice. */
export function reconcileWithDataset(state: ViewState, known: KnownIds): ParseResult {
  const notices: string[] = [];
  const { event, actors, categories, ...rest } = state;
  const result: Mutable<ViewState> = { ...rest };
  if (event !== undefined) {
    if (known.events.has(event)) result.event = event;
    else notices.push(`No event ${quoteValue(event)} in this dataset; the link may be for another dataset.`);
  }
  const keptActors = actors && knownOnly('actors', actors, known, notices);
  if (keptActors) result.actors = keptActors;
  const keptCategories = categories && knownOnly('categories', categories, known, notices);
  if (keptCategories) result.categories = keptCategories;
  return { state: result, notices };
}
