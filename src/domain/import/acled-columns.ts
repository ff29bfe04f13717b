import { dsvFormat } from 'd3-dsv';

/*
 * The columns of an ACLED export as files name them: in any case (`EVENT_ID_CNTY`), with spaces for
 * underscores (`SOURCE SCALE`), under their names before 2016 (`ALLY_ACTOR_1`, `GEO_PRECIS`), after a leading
 * unnamed index column (pandas' `to_csv`, R's `write.csv`). Cells that R or pandas write for a missing value
 * (`NA`, `NaN`) read as empty. Spreadsheets in much of Europe save CSV with semicolons, some tools with tabs:
 * the separator is the one that gives the header the required columns.
 */

export const ACLED_REQUIRED_COLUMNS = ['event_id_cnty', 'event_date'] as const;

/** The columns the importer reads; any others are ignored. */
export const ACLED_COLUMNS = [
  ...ACLED_REQUIRED_COLUMNS,
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Earlier names of columns, read as the current ones. */
const ALIASES: Readonly<Record<string, AcledColumn>> = {
  ally_actor_1: 'assoc_actor_1',
  ally_actor_2: 'assoc_actor_2',
  geo_precis: 'geo_precision',
};

/** Header names as the importer compares them: trimmed, lower case, spaces as underscores, old names renamed. */
export function normaliseHeader(name: string): string {
  const key = name.trim().toLowerCase().replace(/\s+/g, '_');
  return ALIASES[key] ?? key;
}

/** The required ACLED columns a header row lacks. */
export function missingAcledColumns(header: readonly string[]): string[] {
  const names = new Set(header.map(normaliseHeader));
  return ACLED_REQUIRED_COLUMNS.filter((column) => !names.has(column));
}

const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** Rows of a delimited text; the d3-dsv parser for each separator, made once. */
const parsers = new Map(SEPARATORS.map((separator) => [separator, dsvFormat(separator)]));

export function parseRows(text: string, separator: Separator): string[][] {
  return parsers.get(separator)!.parseRows(text);
}

/** The separator whose reading of the header line has the required columns, or undefined. */
export function detectSeparator(headerLine: string): Separator | undefined {
  return SEPARATORS.find((separator) => {
    const header = parseRows(headerLine, separator)[0] ?? [];
    return header.length > 1 && missingAcledColumns(header).length === 0;
  });
}

/** Cells that stand for a missing value in R (`NA`) and pandas (`NaN`, `nan`). */
const MISSING = new Set(['NA', 'NaN', 'nan']);

/** A row's cells by column name, trimmed, missing values as empty. */
export function columnReader(
  header: readonly string[],
): (row: readonly string[], column: AcledColumn) => string {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normaliseHeader(name);
    if (key !== '' && !positions.has(key)) positions.set(key, index);
  });
  return (row, column) => {
    const position = positions.get(column);
    const value = position === undefined ? '' : (row[position] ?? '').trim();
    return MISSING.has(value) ? '' : value;
  };
}
