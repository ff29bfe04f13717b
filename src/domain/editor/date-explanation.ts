import { describePrecision, formatEdtf } from '../date-format';
import { parseEdtf } from '../edtf';

/*
 * What the editor's date fields say as the author types: the date in words, or what is wrong with it. The
 * wording is the app's own (date-format.ts), from the one EDTF parser, so the editor accepts exactly what the
 * validator and the timeline do.
 */

export type DateExplanation =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly reading: string; readonly precision: string }
  | { readonly kind: 'problem'; readonly problem: string };

/** The forms a date may take, for the field's description. */
export const DATE_FORMS_HINT =
  'EDTF: 2024-11-17, 2024-11 (month only) or 2024 (year only); add ~ for approximately, ? for uncertain; ' +
  '2024-11-06/2024-11-17 for a span, ../2024-11-17 when only its end is known.';

export function explainDate(input: string): DateExplanation {
  if (input.trim() === '') return { kind: 'empty' };
  const parsed = parseEdtf(input);
  if (!parsed.ok) return { kind: 'problem', problem: parsed.error };
  return { kind: 'date', reading: formatEdtf(parsed.value), precision: describePrecision(parsed.value) };
}

/** The explanation as one sentence: "Understood as: May 2024, month only. Known to the month; …". */
export function dateExplanationText(explanation: DateExplanation): string {
  switch (explanation.kind) {
    case 'empty':
      return 'No date yet.';
    case 'date':
      return `Understood as: ${explanation.reading}. ${explanation.precision}.`;
    case 'problem':
      return `Not a date: ${explanation.problem}.`;
  }
}
