import { describe, expect, it } from 'vitest';
import { listGroupOf, listRows, rowIndexOf } from './list-rows';
import { edtf, eventOn, fixtureDataset } from '../testing/dataset-fixtures';

describe('listGroupOf', () => {
  it.each([
    ['2024-11-17', '2024-11', 'November 2024'],
    ['2024-05', '2024-05', 'May 2024'],
    ['2024-05~', '2024-05', 'May 2024'],
    ['2024', '2024', '2024'],
    ['2024?', '2024', '2024'],
    ['2024-11-06/2024-12-01', '2024-11', 'November 2024'],
    ['2023/2024-05', '2023', '2023'],
    ['../2024-11-17', '2024-11', 'November 2024'],
    ['/2024-03', '2024-03', 'March 2024'],
    ['2024-02-10/..', '2024-02', 'February 2024'],
    ['0005-03-10', '0005-03', 'March 5'],
    ['0099', '0099', '99'],
    ['-0300', '-0300', '301 BC'],
    ['-0044-03-15', '-0044-03', 'March 45 BC'],
  ])('%s is filed under %s ("%s")', (date, key, label) => {
    expect(listGroupOf(edtf(date))).toEqual({ key, label });
  });

  it('files a date with neither end (which the parser refuses) under "No date"', () => {
    const neither = {
      kind: 'interval',
      text: '../..',
      start: { kind: 'open' },
      end: { kind: 'unknown' },
    } as const;
    expect(listGroupOf(neither)).toEqual({ key: 'undated', label: 'No date' });
  });
});

describe('listRows', () => {
  it('puts a heading with the run length on the first event of each month', () => {
    const rows = listRows([
      eventOn('a', '2024-05'),
      eventOn('b', '2024-05-20'),
      eventOn('c', '2024-11-06/2024-11-17'),
      eventOn('d', '../2024-11-17'),
      eventOn('e', '2024-11-17'),
    ]);
    expect(rows.map((row) => [row.event.id, row.group?.label, row.group?.size])).toEqual([
      ['a', 'May 2024', 2],
      ['b', undefined, undefined],
      ['c', 'November 2024', 3],
      ['d', undefined, undefined],
      ['e', undefined, undefined],
    ]);
  });

  it('keeps the order it is given, so a month that comes back gets a heading again', () => {
    // A year-only date sorts at the start of its year, between events of January.
    const rows = listRows([eventOn('a', '2024-01'), eventOn('b', '2024'), eventOn('c', '2024-01-05')]);
    expect(rows.map((row) => row.group?.key)).toEqual(['2024-01', '2024', '2024-01']);
  });

  it('gives no rows for no events', () => {
    expect(listRows([])).toEqual([]);
  });

  it('files the validated fixture dataset in its sorted order', () => {
    const dataset = fixtureDataset();
    const rows = listRows(dataset.events);
    expect(rows.map((row) => row.event.id)).toEqual(dataset.events.map((event) => event.id));
    expect(rows.filter((row) => row.group).map((row) => row.group?.label)).toEqual([
      'May 2024',
      'November 2024',
    ]);
  });

  it('handles 100,000 events in one pass', () => {
    const dates = ['2020-01-15', '2020-01', '2021-06-30', '../2021-07-01'];
    const events = Array.from({ length: 100_000 }, (_, index) =>
      eventOn(`event-${index}`, dates[Math.floor((index / 25_000) % dates.length)] ?? '2020'),
    );
    const rows = listRows(events);
    expect(rows).toHaveLength(100_000);
    expect(rows.filter((row) => row.group).map((row) => [row.group?.key, row.group?.size])).toEqual([
      ['2020-01', 50_000],
      ['2021-06', 25_000],
      ['2021-07', 25_000],
    ]);
  });
});

describe('rowIndexOf', () => {
  const rows = listRows([eventOn('a', '2024-05'), eventOn('b', '2024-06')]);

  it('finds the row of an event', () => {
    expect(rowIndexOf(rows, 'b')).toBe(1);
  });

  it('gives -1 for no selection or an event not listed', () => {
    expect(rowIndexOf(rows, null)).toBe(-1);
    expect(rowIndexOf(rows, 'zzz')).toBe(-1);
  });
});
