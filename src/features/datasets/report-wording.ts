import { formatCount } from '../../domain/count-format';
import type { Problem } from '../../domain/types';
import { RECORD_LISTS, type RecordCounts } from '../../domain/validate-dataset';

/* The import report in words: how many records were loaded, repaired and dropped, and what each problem did. */

function count(value: number, noun: string): string {
  return `${formatCount(value)} ${noun}${value === 1 ? '' : 's'}`;
}

/** "Opened “x.csv” (ACLED CSV): 9,998 events loaded, 12 of them repaired, 2 dropped." */
export function eventsSentence(name: string, format: string, counts: RecordCounts): string {
  const { loaded, repaired, dropped } = counts.events;
  const parts = [`${count(loaded, 'event')} loaded`];
  if (repaired > 0) parts.push(`${formatCount(repaired)} of them repaired`);
  if (dropped > 0) parts.push(`${formatCount(dropped)} dropped`);
  if (parts.length === 1) parts.push('nothing repaired or dropped');
  return `Opened “${name}” (${format}): ${parts.join(', ')}.`;
}

/** "Sources, actors and eras: 1 repaired, 2 dropped.", or nothing where none was repaired or dropped. */
export function otherRecordsSentence(counts: RecordCounts): string | undefined {
  const others = RECORD_LISTS.filter((list) => list !== 'events');
  const repaired = others.reduce((sum, list) => sum + counts[list].repaired, 0);
  const dropped = others.reduce((sum, list) => sum + counts[list].dropped, 0);
  if (repaired === 0 && dropped === 0) return undefined;
  const parts = [
    repaired > 0 && `${formatCount(repaired)} repaired`,
    dropped > 0 && `${formatCount(dropped)} dropped`,
  ];
  return `Sources, actors and eras: ${parts.filter(Boolean).join(', ')}.`;
}

/** What was done about a problem, as the report labels it. */
export function effectLabel(problem: Problem): string {
  switch (problem.effect) {
    case 'repaired':
      return 'Repaired';
    case 'ignored':
      return 'Ignored';
    case 'noted':
      return 'Note';
    default:
      return 'Dropped';
  }
}
