/* The formats the importer reads, and how the report names them (kept apart so the page need not load parsers). */

export type ImportFormat = 'dataset' | 'timelinejs' | 'timelinejs2' | 'acled-csv';

export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  dataset: 'dataset',
  timelinejs: 'TimelineJS',
  timelinejs2: 'TimelineJS 2',
  'acled-csv': 'ACLED CSV',
};
