import { FIELDS, LIMITS } from '../contract';
import { parseEdtf } from '../edtf';
import type { Era } from '../types';
import { describeValue, ignoreUnknownFields, own, readText, type RawRecord } from './fields';
import type { RecordLog } from './record-log';

/** One era: a title and a date, or it is dropped. */
export function restoreEra(raw: RawRecord, path: string, log: RecordLog): Era | undefined {
  ignoreUnknownFields(raw, FIELDS.era, path, log);
  const title = readText(raw, 'title', path, log, LIMITS.title);
  if (!title.ok) log.dropped(`${path}.title`, title.why);
  const value = own(raw, 'date');
  const date = parseEdtf(typeof value === 'string' ? value : '');
  if (!date.ok) {
    const why =
      typeof value === 'string'
        ? date.error
        : value === undefined
          ? 'is missing'
          : `must be text, not ${describeValue(value)}`;
    log.dropped(`${path}.date`, why);
  }
  return title.ok && date.ok ? { title: title.value, date: date.value } : undefined;
}
