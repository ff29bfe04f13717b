import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Problem } from '../types';
import { validateDataset, type ValidationResult } from '../validate-dataset';
import { ACLED_COLUMNS } from './acled-columns';
import { importDataset, type ImportResult } from './import-dataset';
import { ACLED_SAMPLE, TIMELINEJS_SAMPLE } from '../../testing/import-fixtures';
import { curatedRawInline } from '../../testing/curated-dataset';
import { pathsOf, replaceAt } from '../../testing/json-paths';

/*
 * Whatever a file holds, the importer and the validator answer with problems, never a throw, and what they load
 * is consistent: every quote is the text at its range of its source.
 */

const RUNS = { numRuns: 2000 };

function expectProblems(problems: readonly Problem[]) {
  expect(Array.isArray(problems)).toBe(true);
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message).not.toContain('internal error');
  }
}

function expectConsistent(dataset: Dataset) {
  for (const event of dataset.events) {
    for (const excerpt of event.excerpts) {
      expect(dataset.sourceById.get(excerpt.sourceId)?.text.slice(excerpt.start, excerpt.end)).toBe(
        excerpt.exact,
      );
    }
    for (const actor of event.actors) expect(dataset.actorById.has(actor.actorId)).toBe(true);
    for (const relation of event.related) expect(dataset.eventById.has(relation.eventId)).toBe(true);
  }
}

function checkValidation(result: ValidationResult) {
  expectProblems(result.problems);
  if (result.ok) expectConsistent(result.dataset);
}

function checkImport(result: ImportResult) {
  expectProblems(result.problems);
  if (result.ok) {
    expect(result.dataset.events.length).toBeGreaterThan(0);
    expectConsistent(result.dataset);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
  }
}

const CURATED = curatedRawInline();
const CURATED_PATHS = pathsOf(CURATED);

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Characters that matter to the CSV parser and the date reader. */
const csvChars = fc.string({
  unit: fc.constantFrom(
    ',',
    '"',
    '\n',
    '\r',
    ';',
    ' ',
    '-',
    '/',
    '1',
    '2',
    '0',
    'a',
    'Nov',
    '\ufeff',
    '’',
    '<',
  ),
  maxLength: 60,
});

const MONTHS = [
  'January',
  'Feb',
  'March',
  'apr',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'October',
  'Nov',
  'December',
];

/** An ACLED event_date in any accepted form (some of them not calendar dates), or noise. */
const acledDate = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.nat(3),
    )
    .map(([year, month, day, form]) => {
      const yyyy = String(year).padStart(4, '0');
      if (form === 0) return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (form === 3) return `${month}/${day}/${yyyy}`;
      const name = MONTHS[(month + 11) % 12] ?? 'May';
      return form === 1 ? `${day} ${name} ${yyyy}` : `${day}-${name}-${yyyy}`;
    }),
  csvChars,
);

const acledId = fc.oneof(fc.stringMatching(/^[A-Z]{3}[0-9]{1,3}$/), csvChars);
const acledFatalities = fc.oneof(fc.nat().map(String), csvChars);
const acledText = fc.oneof(csvChars, fc.string({ maxLength: 30 }), fc.constant(''));

function acledField(column: string): fc.Arbitrary<string> {
  if (column === 'event_id_cnty') return acledId;
  if (column === 'event_date') return acledDate;
  if (column === 'fatalities') return acledFatalities;
  return acledText;
}

describe('validateDataset never throws', () => {
  it('on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => checkValidation(validateDataset(value))),
      RUNS,
    );
  });

  it('on the curated dataset with one field anywhere replaced by any value', () => {
    fc.assert(
      fc.property(fc.nat({ max: CURATED_PATHS.length - 1 }), fc.anything(), (index, value) => {
        const mutated = replaceAt(CURATED, CURATED_PATHS[index] ?? [], value);
        checkValidation(validateDataset(mutated));
        checkImport(importDataset(JSON.stringify(mutated)));
      }),
      RUNS,
    );
  });
});

describe('importDataset never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => checkImport(importDataset(text))),
      RUNS,
    );
  });

  it('on any string of any code units, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string(), (text, fileName) =>
        checkImport(importDataset(text, fileName)),
      ),
      RUNS,
    );
  });

  it('on any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => checkImport(importDataset(text))),
      RUNS,
    );
  });

  it('on any ACLED export: any header order, any field values', () => {
    const header = fc
      .shuffledSubarray([...ACLED_COLUMNS, 'extra'], { minLength: 2 })
      .map((names) => [
        ...names.filter((name) => name !== 'event_id_cnty' && name !== 'event_date'),
        'EVENT_ID_CNTY',
        ' event_date ',
      ]);
    const file = header.chain((columns) =>
      fc.tuple(
        fc.constant(columns),
        fc.array(
          fc.tuple(
            fc.tuple(...columns.map((column) => acledField(column.trim().toLowerCase()))),
            fc.option(csvChars, { freq: 8 }),
          ),
          { maxLength: 8 },
        ),
        fc.constantFrom('\n', '\r\n', '\r'),
      ),
    );
    const ok: boolean[] = [];
    fc.assert(
      fc.property(file, ([columns, rows, newline]) => {
        const lines = rows.map(([fields, extra]) => (extra === null ? fields : [...fields, extra]));
        const text = [columns, ...lines].map((row) => row.map(csvField).join(',')).join(newline);
        const result = importDataset(text, 'acled.csv');
        checkImport(result);
        ok.push(result.ok);
      }),
      RUNS,
    );
    // the generator reaches both outcomes
    expect(ok).toContain(true);
    expect(ok).toContain(false);
  });

  it('on raw CSV-like text after an ACLED header, and on the sample with any cut or insertion', () => {
    fc.assert(
      fc.property(csvChars, fc.nat({ max: ACLED_SAMPLE.length }), (chars, at) => {
        checkImport(importDataset(`event_id_cnty,event_date,notes\n${chars}`));
        checkImport(importDataset(ACLED_SAMPLE.slice(0, at)));
        checkImport(importDataset(`${ACLED_SAMPLE.slice(0, at)}${chars}${ACLED_SAMPLE.slice(at)}`));
      }),
      RUNS,
    );
  });

  it('on any TimelineJS-shaped file', () => {
    const datePart = fc.oneof(
      fc.integer({ min: -20, max: 10_050 }),
      fc.string({ maxLength: 5 }),
      fc.jsonValue(),
    );
    const date = fc.oneof(
      fc.record({ year: datePart, month: datePart, day: datePart }, { requiredKeys: [] }),
      fc.jsonValue(),
    );
    const html = fc.oneof(
      fc.string({ maxLength: 40 }),
      csvChars,
      fc.jsonValue(),
      fc.constant('<b>x</b>&amp;<script>y'),
    );
    const event = fc.record(
      {
        start_date: date,
        end_date: date,
        text: fc.oneof(fc.record({ headline: html, text: html }, { requiredKeys: [] }), fc.jsonValue()),
        unique_id: fc.oneof(fc.string({ maxLength: 10 }), fc.jsonValue()),
        group: html,
        media: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) }), fc.jsonValue()),
      },
      { requiredKeys: ['start_date'] },
    );
    const file = fc.record({
      title: fc.oneof(fc.record({ text: fc.record({ headline: html, text: html }) }), fc.jsonValue()),
      events: fc.array(fc.oneof(event, fc.jsonValue()), { maxLength: 6 }),
    });
    const ok: boolean[] = [];
    fc.assert(
      fc.property(file, (value) => {
        const result = importDataset(JSON.stringify(value), 'timeline.json');
        checkImport(result);
        ok.push(result.ok);
      }),
      RUNS,
    );
    expect(ok).toContain(true);
    expect(ok).toContain(false);
  });

  it('on the TimelineJS sample with one field anywhere replaced by any value', () => {
    const paths = pathsOf(TIMELINEJS_SAMPLE);
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), fc.jsonValue(), (index, value) => {
        const mutated = replaceAt(TIMELINEJS_SAMPLE, paths[index] ?? [], value);
        checkImport(importDataset(JSON.stringify(mutated)));
      }),
      RUNS,
    );
  });
});
