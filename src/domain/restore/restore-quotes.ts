import { FIELDS, LIMITS } from '../contract';
import { isPlainObject } from '../plain-object';
import { anchorQuote, describeAnchorFailure } from '../quote-anchor';
import type { AnchoredExcerpt, QuoteNotFound, Source } from '../types';
import {
  capList,
  describeValue,
  ignoreUnknownFields,
  optionalText,
  own,
  readText,
  type RawRecord,
} from './fields';
import { resolveReference, type IdList } from './ids';
import type { RecordLog } from './record-log';

/*
 * An event's quotes. A quote found once in its source is anchored there. One found several times, or not
 * with its prefix and suffix, is anchored to the first place it fits and reported. One not found at all, or of
 * a source that is unknown or was dropped, is kept as not found: the event stays, marked as not verified.
 */

export const NOT_FOUND_NOTE = 'the quote is kept, marked "quote not found in the source"';

export interface Quotes {
  readonly excerpts: AnchoredExcerpt[];
  readonly notFound: QuoteNotFound[];
}

interface Quote {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** Where the quote is anchored, or why not; a quote that is not where its context says is anchored without it. */
function anchor(source: Source, quote: Quote, path: string, log: RecordLog): AnchoredExcerpt | undefined {
  const result = anchorQuote(source.text, quote);
  if (result.ok) return { sourceId: source.id, ...quote, start: result.start, end: result.end };
  const problem = describeAnchorFailure(result, source.id);
  if (result.reason === 'ambiguous') {
    log.repaired(`${path}.exact`, `${problem} (the first is marked meanwhile)`);
    return anchorAt(source, quote, result.first);
  }
  if (result.reason === 'context-mismatch') {
    log.repaired(`${path}.exact`, `${problem}; they are left out and the first occurrence is marked`);
    return anchorAt(source, { exact: quote.exact }, result.first);
  }
  log.repaired(`${path}.exact`, `${problem}; ${NOT_FOUND_NOTE}`);
  return undefined;
}

function anchorAt(source: Source, quote: Quote, start: number): AnchoredExcerpt {
  return { sourceId: source.id, ...quote, start, end: start + quote.exact.length };
}

function readQuote(raw: RawRecord, path: string, log: RecordLog): Quote | undefined {
  ignoreUnknownFields(raw, FIELDS.excerpt, path, log);
  const exact = own(raw, 'exact');
  if (typeof exact !== 'string' || exact === '') {
    const why =
      exact === undefined
        ? 'is missing'
        : exact === ''
          ? 'is empty'
          : `must be text, not ${describeValue(exact)}`;
    log.repaired(`${path}.exact`, `${why}; the quote is left out`);
    return undefined;
  }
  const read = readText(raw, 'exact', path, log, LIMITS.exact);
  const prefix = optionalContext(raw, 'prefix', path, log);
  const suffix = optionalContext(raw, 'suffix', path, log);
  return {
    exact: read.ok ? read.value : exact,
    ...(prefix !== undefined && { prefix }),
    ...(suffix !== undefined && { suffix }),
  };
}

/** A prefix or suffix: any text, spaces and line breaks included, of at most LIMITS.context characters. */
function optionalContext(raw: RawRecord, key: 'prefix' | 'suffix', path: string, log: RecordLog) {
  const value = own(raw, key);
  if (typeof value === 'string' && value.length <= LIMITS.context) return value === '' ? undefined : value;
  return optionalText(raw, key, path, log, LIMITS.context);
}

export function restoreQuotes(
  raws: readonly unknown[],
  path: string,
  sources: ReadonlyMap<string, Source>,
  sourceIds: IdList,
  log: RecordLog,
): Quotes {
  const quotes: Quotes = { excerpts: [], notFound: [] };
  capList(raws, LIMITS.excerptsPerEvent, path, log).forEach((raw, index) => {
    const at = `${path}[${index}]`;
    if (!isPlainObject(raw)) {
      log.repaired(at, `must be an object, not ${describeValue(raw)}; the quote is left out`);
      return;
    }
    const quote = readQuote(raw, at, log);
    if (!quote) return;
    const reference = resolveReference(own(raw, 'source'), 'source', sourceIds);
    const source = 'id' in reference ? sources.get(reference.id) : undefined;
    if (!source) {
      const why = 'why' in reference ? reference.why : 'unknown source';
      log.repaired(`${at}.source`, `${why}; ${NOT_FOUND_NOTE}`);
      const given = own(raw, 'source');
      const sourceId = 'id' in reference ? reference.id : typeof given === 'string' ? given : '';
      quotes.notFound.push({ sourceId, ...quote });
      return;
    }
    if ('id' in reference && reference.changed)
      log.repaired(
        `${at}.source`,
        `${describeValue(own(raw, 'source'))} is not a slug; read as "${source.id}"`,
      );
    const anchored = anchor(source, quote, at, log);
    if (anchored) quotes.excerpts.push(anchored);
    else quotes.notFound.push({ sourceId: source.id, ...quote });
  });
  return quotes;
}
