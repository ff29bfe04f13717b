import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/domain/import/import-dataset';
import { eventOf } from '../../src/testing/dataset-fixtures';
import { expectImported } from '../../src/testing/import-fixtures';
import { acledExport, codedDay, isUndated, PROTEST, PROTEST_ROW, timePrecision } from './acled-export';

const pad = (value: number) => String(value).padStart(2, '0');

describe('acledExport', () => {
  const rows = 2000;
  const result = expectImported(importDataset(acledExport(rows), 'acled.csv'));

  it('loads every dated row and names each undated one', () => {
    const undated = Array.from({ length: rows }, (_, row) => row).filter(isUndated);
    expect(result.counts.events).toEqual({
      loaded: rows - undated.length,
      repaired: 0,
      dropped: undated.length,
    });
    expect(result.problems.filter((problem) => problem.effect === 'dropped')).toHaveLength(undated.length);
  });

  it('reads every row’s day right, whatever form it is written in', () => {
    for (let row = 0; row < rows; row += 1) {
      if (isUndated(row) || timePrecision(row) !== 1) continue;
      const { year, month, day } = codedDay(row);
      expect(eventOf(result.dataset, `sdn${row + 1}`).date.text).toBe(`${year}-${pad(month)}-${pad(day)}`);
    }
  });

  it('is the same text every time', () => {
    expect(acledExport(50)).toBe(acledExport(50));
  });
});

describe('the protest row the journey looks for', () => {
  it('is a protest dated to its month, with its place and toll', () => {
    const result = expectImported(importDataset(acledExport(PROTEST_ROW + 1), 'acled.csv'));
    const { year, month, day } = codedDay(PROTEST_ROW);
    expect(`${year}-${pad(month)}-${pad(day)}`).toBe(PROTEST.date);
    expect(eventOf(result.dataset, `sdn${PROTEST_ROW + 1}`)).toMatchObject({
      title: PROTEST.title,
      place: PROTEST.place,
      fatalities: Number(PROTEST.fatalities),
      date: { kind: 'interval', start: { approximate: true } },
    });
  });
});
