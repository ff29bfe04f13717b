import type { Dataset, Problem } from '../types';
import { validateDataset, type RecordCounts, type ValidationOptions } from '../validate-dataset';
import { convertAcledCsv, type DrawableRecord } from './acled';
import type { Conversion } from './conversion';
import { detectFormat, type ImportFormat } from './detect-format';
import { checkImportSize } from './import-size';
import { convertTimelineJs } from './timelinejs';
import { convertTimelineJs2 } from './timelinejs2';

/*
 * "Bring your own data": a file's text in, a validated dataset (or the reasons there is none) out. Every format
 * is first converted to a raw dataset of the current contract and then goes through `validateDataset`, the one
 * door, so an imported file is held to the same rules as a curated one. Records are mended where they can be,
 * dropped only where they cannot, and everything done is reported; this function never throws.
 */

export type { ImportFormat } from './detect-format';
export { checkImportSize, MAX_IMPORT_BYTES } from './import-size';

export type ImportResult =
  | {
      readonly ok: true;
      readonly format: ImportFormat;
      readonly dataset: Dataset;
      /** Everything dropped, mended, ignored or noted, conversion problems first; empty for a clean file. */
      readonly problems: Problem[];
      /** Records loaded, repaired and dropped, by list; `events` counts rows of the file (conversion too). */
      readonly counts: RecordCounts;
    }
  | { readonly ok: false; readonly format?: ImportFormat; readonly problems: Problem[] };

/** `events[4].excerpts[0]` -> `line 13.excerpts[0]`: validation problems named by where the record is in the file. */
function relocate(problem: Problem, origins: readonly string[] | undefined): Problem {
  if (!origins) return problem;
  const match = /^events\[(\d+)\]/.exec(problem.path);
  const origin = match ? origins[Number(match[1])] : undefined;
  if (!match || origin === undefined) return problem;
  return { ...problem, path: `${origin}${problem.path.slice(match[0].length)}` };
}

function validate(
  format: ImportFormat,
  raw: unknown,
  options: ValidationOptions,
  conversion?: Conversion,
): ImportResult {
  const result = validateDataset(raw, {
    ...options,
    ...(conversion && { repairedEvents: conversion.repaired }),
  });
  const origins = conversion?.eventOrigins;
  const problems = [...(conversion?.problems ?? []), ...result.problems.map((p) => relocate(p, origins))];
  if (!result.ok) return { ok: false, format, problems };
  if (result.dataset.events.length === 0) {
    return {
      ok: false,
      format,
      problems: [...problems, { path: 'file', message: 'has no event that could be loaded' }],
    };
  }
  const { events, eras } = result.counts;
  const counts: RecordCounts = {
    ...result.counts,
    events: { ...events, dropped: events.dropped + (conversion?.dropped.events ?? 0) },
    eras: { ...eras, dropped: eras.dropped + (conversion?.dropped.eras ?? 0) },
  };
  return { ok: true, format, dataset: result.dataset, problems, counts };
}

export interface ImportOptions extends ValidationOptions {
  /** Handed the dates and categories of a converted file's events before they are built (ACLED). */
  readonly onDatesRead?: (records: readonly DrawableRecord[]) => void;
}

function importUnguarded(text: string, fileName: string | undefined, options: ImportOptions): ImportResult {
  const tooLarge = checkImportSize(text.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const detected = detectFormat(text, fileName);
  if (!detected.ok) return { ok: false, problems: [detected.problem] };
  const { format } = detected;
  if (detected.format === 'dataset') return validate(format, detected.json, options);
  const conversion =
    detected.format === 'acled-csv'
      ? convertAcledCsv(detected.text, fileName, options.onDatesRead)
      : detected.format === 'timelinejs'
        ? convertTimelineJs(detected.json, fileName)
        : convertTimelineJs2(detected.json, fileName);
  if (conversion.raw === undefined) return { ok: false, format, problems: conversion.problems };
  return validate(format, conversion.raw, options, conversion);
}

/**
 * Reads a dataset from the text of a file: this app's dataset (JSON), TimelineJS 3 or 2 (JSON) or an ACLED
 * export (CSV), detected from the content. `fileName` names the dataset and sharpens messages. The caller checks the
 * file's size with `checkImportSize` before reading it; `options.readTextFile` serves sources given as
 * `textFile` (an imported single file normally has none).
 */
export function importDataset(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') {
    return { ok: false, problems: [{ path: 'file', message: 'could not be read as text' }] };
  }
  try {
    return importUnguarded(text, fileName, options);
  } catch (error) {
    // Not expected: every step reports problems instead of throwing. The property tests look for this message.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: 'file', message: `could not be imported (internal error: ${reason})` }],
    };
  }
}
