/*
 * An ACLED export of any number of rows as people keep them, for the import journey, the bench and the tests:
 * written by pandas (its unnamed index column first), with ACLED's old `ally_actor` columns, `NA` and `NaN`
 * cells, a third of the rows with one actor on both sides, and the same day written in every form ACLED files
 * carry ("9 May 2020", "09-May-2020", "9-May-20", "01-January-2015", ISO dates and date-times, and ACLED's
 * day-first "02/01/1997"). The same number of rows always gives the same text.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (value: number): string => String(value).padStart(2, '0');

/** The same day in each form ACLED files carry, chosen by `form`: "9 May 2020", "09-May-2020", ... */
function dateIn(form: number, year: number, month: number, day: number): string {
  const name = MONTHS[month - 1]!;
  switch (form) {
    case 0:
      return `${day} ${name} ${year}`;
    case 1:
      return `${pad(day)}-${name.slice(0, 3)}-${year}`;
    case 2:
      // The century comes from the row's `year`.
      return `${day}-${name.slice(0, 3)}-${pad(year % 100)}`;
    case 3:
      return `${pad(day)}-${name}-${year}`;
    case 4:
      return `${year}-${pad(month)}-${pad(day)}T00:00:00Z`;
    case 5:
      return `${year}-${pad(month)}-${pad(day)}`;
    default:
      // ACLED's numeric form is day first.
      return `${pad(day)}/${pad(month)}/${year}`;
  }
}

const ACLED_HEADER =
  ',event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,ally_actor_1,actor2,ally_actor_2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';

/** The one row of the generated export with a place of its own, to find it by: a protest dated to the month. */
export const PROTEST_ROW = 4247;
export const PROTEST = {
  title: 'Peaceful protest in Omdurman',
  place: 'Omdurman, Khartoum, Sudan',
  fatalities: '2',
  // time_precision 3: the month around the coded date, 20 August 2019.
  date: '2019-08-20',
} as const;

/** Rows whose date is missing: dropped, one in a thousand. */
export const isUndated = (row: number): boolean => row % 1000 === 999;

function csvCell(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The day a row is coded on, whatever form its `event_date` is written in. */
export function codedDay(row: number): { year: number; month: number; day: number } {
  return { year: 2015 + Math.floor(row / 1000), month: 1 + (Math.floor(row / 28) % 12), day: 1 + (row % 28) };
}

/** time_precision 1 (the day), 2 (the week) or 3 (the month). */
export function timePrecision(row: number): number {
  return row % 10 === 3 ? 2 : row % 10 === 7 ? 3 : 1;
}

function acledRow(row: number): string {
  const { year, month, day } = codedDay(row);
  const protest = row === PROTEST_ROW;
  const place = protest ? 'Omdurman' : `Town ${row % 50}`;
  const actor1 = row % 2 === 0 ? 'Military Forces of Sudan (2019-)' : 'Rapid Support Forces';
  const cells = [
    String(row),
    `SDN${row + 1}`,
    isUndated(row) ? '' : dateIn(row % 7, year, month, day),
    String(year),
    String(timePrecision(row)),
    protest ? 'Protests' : 'Battles',
    protest ? 'Peaceful protest' : 'Armed clash',
    actor1,
    row % 4 === 0 ? 'Militia (Pro-Government)' : 'NA',
    // A third of the rows have the same actor on both sides.
    row % 3 === 0 ? actor1 : 'Civilians (Sudan)',
    row % 6 === 0 ? 'Civilians (Sudan)' : '',
    'Sudan',
    'Khartoum',
    place,
    (10 + (row % 80) / 10).toFixed(4),
    (20 + (row % 90) / 10).toFixed(4),
    String(1 + (row % 3)),
    'Sudan Tribune; "Radio Dabanga"',
    row % 17 === 0 ? 'NaN' : `Clashes near ${place}, as reported.`,
    row % 13 === 0 ? 'NA' : String(row % 5),
  ];
  return cells.map(csvCell).join(',');
}

/** An ACLED export of `rows` rows, as pandas' `to_csv` writes it. */
export function acledExport(rows: number): string {
  const lines = [ACLED_HEADER];
  for (let row = 0; row < rows; row += 1) lines.push(acledRow(row));
  return `${lines.join('\n')}\n`;
}
