import { monthFromName } from '../calendar';
import { edtfText, parseEdtf } from '../edtf';

/*
 * ACLED's event_date, as its exports write it. The API and current CSV exports give ISO dates; older exports and
 * files saved from spreadsheets give the other forms. Slash dates are read as month/day/year, the order ACLED's
 * spreadsheet exports use; a "month" over 12 is reported, never silently swapped.
 */

export const ACLED_DATE_FORMS = '2024-11-17, 17 November 2024, 17-November-2024, 17 Nov 2024 or 11/17/2024';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})([ -])([A-Za-z]{3,9})\.?\2(\d{4})$/;
const MONTH_DAY_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export type AcledDateResult = { ok: true; edtf: string } | { ok: false; error: string };

function dayDate(original: string, year: string, month: number, day: number): AcledDateResult {
  const edtf = edtfText(Number(year), month, day);
  const parsed = parseEdtf(edtf);
  if (parsed.ok) return { ok: true, edtf };
  return { ok: false, error: edtf === original ? parsed.error : `"${original}" is read as ${parsed.error}` };
}

/** The EDTF day (`2024-11-17`) of an ACLED event_date, or why it is not one. */
export function parseAcledDate(text: string): AcledDateResult {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [, year = '', month = '', day = ''] = iso;
    return dayDate(value, year, Number(month), Number(day));
  }
  const named = DAY_MONTH_YEAR.exec(value);
  if (named) {
    const [, day = '', , monthName = '', year = ''] = named;
    const month = monthFromName(monthName);
    if (month === undefined) return { ok: false, error: `"${value}": "${monthName}" is not a month name` };
    return dayDate(value, year, month, Number(day));
  }
  const slashed = MONTH_DAY_YEAR.exec(value);
  if (slashed) {
    const [, month = '', day = '', year = ''] = slashed;
    if (Number(month) > 12) {
      return {
        ok: false,
        error: `"${value}" has month ${month}: dates with slashes are read as month/day/year, e.g. 11/17/2024`,
      };
    }
    return dayDate(value, year, Number(month), Number(day));
  }
  return {
    ok: false,
    error: `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" is not a date in a form ACLED exports use (${ACLED_DATE_FORMS})`,
  };
}
