import { parseViewParams, serializeViewParams, type ParseResult } from './view-codec';
import { PARAMS, type ViewState } from './view-params';

/*
 * The path form of the `event` parameter. Every event of the built-in dataset has its own page at
 * `<base>events/<id>/`, written by the build (scripts/site/), and the app runs on it; so while that dataset is
 * open, an address names its selected event by that path and the rest of the view by the usual parameters
 * (`/events/atacms-authorization/?actors=ukraine`). Any other dataset has no pages and keeps `?event=<id>`.
 * This module is the one place that knows the path form: the build, the URL sync and the links all ask it.
 */

const EVENTS_FOLDER = 'events/';
const EMBED_FOLDER = 'embed/';
const EVENT_PAGE = /^([^/]+)\/(?:index\.html)?$/;

/** Where the app is served (Vite's base: "/" or "/timeline/") and whether the open dataset's events have pages. */
export interface Addressing {
  readonly base: string;
  readonly eventPages: boolean;
}

/** The page of an event, relative to the base: `events/<id>/`. */
export function eventPagePath(eventId: string): string {
  return `${EVENTS_FOLDER}${encodeURIComponent(eventId)}/`;
}

/** The root-relative address of a view: the event's page when it has one, the app's root otherwise. */
export function addressOf(view: ViewState, { base, eventPages }: Addressing): string {
  if (eventPages && view.event !== undefined) {
    const { event, ...rest } = view;
    return `${base}${eventPagePath(event)}${serializeViewParams(rest)}`;
  }
  return `${base}${serializeViewParams(view)}`;
}

/** The embed page of a view (`<base>embed/?event=…`): a frame is one page, so it always uses parameters. */
export function embedAddressOf(view: ViewState, base: string): string {
  return `${base}${EMBED_FOLDER}${serializeViewParams(view)}`;
}

/** The raw event id an address's path names, or undefined when it is not an event's page under `base`. */
function eventInPath(pathname: string, base: string): string | undefined {
  const folder = `${base}${EVENTS_FOLDER}`;
  if (!pathname.startsWith(folder)) return undefined;
  const match = EVENT_PAGE.exec(pathname.slice(folder.length));
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/**
 * Reads the view from an address, path and query. An event page's path selects its event, checked like
 * `event=` (a bad id is dropped with a notice); an `event` parameter in the query says it explicitly and wins.
 */
export function parseAddress(
  address: { readonly pathname: string; readonly search: string; readonly href: string },
  base: string,
): ParseResult {
  const parsed = parseViewParams(address.search, address.href);
  const raw = eventInPath(address.pathname, base);
  if (raw === undefined || parsed.state.event !== undefined) return parsed;
  const reading = PARAMS.get('event')!.parse(raw, { name: 'event', base: address.href });
  return {
    state: reading.value === undefined ? parsed.state : { ...parsed.state, event: reading.value as string },
    notices: [...parsed.notices, ...reading.notices],
  };
}
