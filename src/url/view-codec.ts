import { CHOICE_ROWS, PARAMS, paramsOf, quoteValue, type ViewState } from './view-params';

/*
 * Address search params <-> the view they describe, read and written parameter by parameter as VIEW_PARAMS
 * says. Never throws: every dropped value is named in a notice, and the rest of the address still applies.
 */

export interface ParseResult {
  readonly state: ViewState;
  readonly notices: readonly string[];
}

/** Reads the view from a query string. Never throws; every dropped value is named in a notice. */
export function parseViewParams(search: string, base = 'http://localhost/'): ParseResult {
  const notices: string[] = [];
  const state: Record<string, unknown> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: {}, notices: ['Ignored the address parameters: they could not be read.'] };
  }
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    const param = PARAMS.get(name as keyof ViewState);
    if (!param) {
      notices.push(`Ignored unknown parameter ${quoteValue(name)}.`);
    } else if (seen.has(name)) {
      notices.push(`Ignored a second "${name}" parameter; the first one applies.`);
    } else {
      seen.add(name);
      const reading = param.parse(raw, { name, base });
      notices.push(...reading.notices);
      if (reading.value !== undefined) state[name] = reading.value;
    }
  }
  for (const [, row] of CHOICE_ROWS) {
    const problem = row.check?.(state, state);
    if (problem === undefined) continue;
    notices.push(problem);
    for (const [name] of paramsOf(row)) delete state[name];
  }
  // Each value was read by its own parameter, so it has that parameter's type.
  return { state: state as ViewState, notices };
}

/** Writes the view as a query string (with "?", or "" when empty), in a fixed, readable order. */
export function serializeViewParams(state: ViewState): string {
  const parts: string[] = [];
  for (const [name, param] of PARAMS) {
    const value = state[name];
    if (value !== undefined) parts.push(`${name}=${param.serialize(value)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
