import { FIELDS, LIMITS } from '../contract';
import { parseEdtf } from '../edtf';
import type { Source } from '../types';
import {
  ignoreUnknownFields,
  optionalHttpUrl,
  optionalText,
  own,
  readText,
  textOrStandIn,
  type RawRecord,
} from './fields';
import type { IdList } from './ids';
import type { RecordLog } from './record-log';

/*
 * One source. Without a title, a publication date or a text it is dropped (the quotes of it are then kept as
 * not found); a bad address is left out and the source kept without a link.
 */

/** Reads a source's `textFile` (a path relative to the dataset); undefined when it cannot be read. */
export type TextFileReader = (path: string) => string | undefined;

const NO_PUBLISHER = 'Publisher not given';

function sourceText(
  raw: RawRecord,
  path: string,
  log: RecordLog,
  readTextFile: TextFileReader | undefined,
): string | undefined {
  const hasText = own(raw, 'text') !== undefined;
  const file = own(raw, 'textFile');
  if (hasText && file !== undefined)
    log.repaired(path, 'has both text and textFile; the text is read and textFile ignored');
  if (hasText) {
    const text = own(raw, 'text');
    if (typeof text !== 'string') return log.dropped(`${path}.text`, 'must be text');
    if (text.length <= LIMITS.sourceText) return text;
    log.repaired(`${path}.text`, `has more than ${LIMITS.sourceText} characters; the rest is left out`);
    return text.slice(0, LIMITS.sourceText);
  }
  if (file === undefined) return log.dropped(path, 'needs text or textFile');
  const fileName = readText(raw, 'textFile', path, log, LIMITS.textFile);
  const text = fileName.ok ? readTextFile?.(fileName.value) : undefined;
  if (text === undefined) log.dropped(`${path}.textFile`, `file ${JSON.stringify(file)} could not be read`);
  return text;
}

export function restoreSource(
  raw: RawRecord,
  path: string,
  ids: IdList,
  log: RecordLog,
  readTextFile: TextFileReader | undefined,
): Source | undefined {
  ignoreUnknownFields(raw, FIELDS.source, path, log);
  const title = readText(raw, 'title', path, log, LIMITS.title);
  if (!title.ok) log.dropped(`${path}.title`, title.why);
  const publishedText = own(raw, 'published');
  const published = parseEdtf(typeof publishedText === 'string' ? publishedText : '');
  if (!published.ok)
    log.dropped(`${path}.published`, typeof publishedText === 'string' ? published.error : 'is missing');
  const text = sourceText(raw, path, log, readTextFile);
  // Every field is read before the source is kept or dropped, so an author hears of all its problems at once.
  const publisher = textOrStandIn(raw, 'publisher', path, log, LIMITS.publisher, NO_PUBLISHER);
  const url = optionalHttpUrl(raw, 'url', path, log, 'the source is kept without a link');
  const publishedBasis = optionalText(raw, 'publishedBasis', path, log, LIMITS.publishedBasis);
  if (!title.ok || !published.ok || text === undefined) return undefined;

  const id = ids.claim(raw, title.value, path, log);
  return {
    id,
    title: title.value,
    publisher,
    ...(url !== undefined && { url }),
    published: published.value,
    ...(publishedBasis !== undefined && { publishedBasis }),
    text,
  };
}
