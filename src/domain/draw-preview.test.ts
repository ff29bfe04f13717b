import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewIndex, previewOf, previewScanner } from './draw-preview';
import { countInRange, drawnRange } from './event-index';
import { edtf } from '../testing/dataset-fixtures';
import { utc } from '../testing/days';
import { DAY_MS } from './calendar';

describe('previewOf', () => {
  it('reads where each raw event is drawn and its category, in file order', () => {
    const preview = previewOf([
      { date: '2024-11-17', category: 'attack' },
      { date: '2024-05', category: 'aid' },
      { date: '2024-11-17', category: 'attack' },
    ]);
    expect([...preview.starts]).toEqual([utc('2024-11-17'), utc('2024-05-01'), utc('2024-11-17')]);
    expect([...preview.ends]).toEqual([utc('2024-11-18'), utc('2024-06-01'), utc('2024-11-18')]);
    expect(preview.categories).toEqual(['attack', 'aid']);
    expect([...preview.categoryCodes]).toEqual([0, 1, 0]);
  });

  it('leaves out records without a readable date or a category', () => {
    const preview = previewOf([
      null,
      'text',
      { date: 'next Tuesday', category: 'attack' },
      { date: '2024-02-30', category: 'attack' },
      { date: '2024-11-17' },
      { date: 20241117, category: 'attack' },
      { date: '2024-11-17', category: 'aid' },
    ]);
    expect(preview.starts).toHaveLength(1);
    expect(preview.categories).toEqual(['aid']);
  });

  it('orders the drawn events by start and knows the longest span', () => {
    const preview = previewOf([
      { date: '2024-11-17', category: 'attack' },
      { date: '2024', category: 'policy' },
      { date: '2024-05-03', category: 'aid' },
    ]);
    expect([...preview.byStart]).toEqual([1, 2, 0]);
    const year = drawnRange(edtf('2024'));
    expect(preview.maxSpan).toBe(year.end - year.start);
  });
});

describe('previewIndex', () => {
  it('answers window queries like the index of the checked dataset', () => {
    const preview = previewOf([
      { date: '2024-11-17', category: 'attack' },
      { date: '2024-05', category: 'aid' },
      { date: '2024-11-06/2024-11-17', category: 'military' },
    ]);
    const index = previewIndex(preview);
    const all = new Uint8Array(3).fill(1);
    expect(index.events).toEqual([]);
    expect(countInRange(index, all, utc('2024-11-10'), utc('2024-11-11'), 10)).toBe(1);
    expect(countInRange(index, all, utc('2024-05-20'), utc('2024-11-18'), 10)).toBe(3);
    expect(countInRange(index, all, utc('2024-11-18'), utc('2024-11-18') + DAY_MS, 10)).toBe(0);
  });
});

describe('previewScanner', () => {
  const events = [
    { id: 'a', date: '2024-11-17', category: 'attack', summary: 'Said: "date": "1999-01-01".' },
    { id: 'b', category: 'aid', date: '2024-05', actors: [{ actor: 'x', role: 'date' }] },
    { id: 'c', date: '../2024-11-17', category: 'policy', title: '{"category":"trap"}' },
  ];
  const dataset = { version: 1, sources: [{ id: 's', published: '2024-11-18' }], events };
  const scan = (chunks: readonly string[]) => {
    const scanner = previewScanner();
    chunks.forEach(scanner.push);
    return scanner.preview();
  };

  it('reads the dates and categories of events, not text that only looks like them', () => {
    const preview = scan([JSON.stringify(dataset)]);
    expect(preview).toEqual(previewOf(events));
    expect(preview.starts).toHaveLength(3);
  });

  it('reads the same however the text is cut into pieces, compact or indented', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), (indented, cuts) => {
        const text = JSON.stringify(dataset, null, indented ? 2 : undefined);
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, at) => text.slice(from, points[at] ?? text.length));
        expect(scan(chunks)).toEqual(previewOf(events));
      }),
    );
  });

  it('draws nothing when the dates and categories do not pair up', () => {
    const uneven = { events: [...events, { id: 'd', date: '2024-01-02' }] };
    expect(scan([JSON.stringify(uneven)]).starts).toHaveLength(0);
  });

  it('finds nothing in a file of another format', () => {
    const timelineJs = { events: [{ start_date: { year: 2024, month: 5 }, text: { headline: 'A' } }] };
    expect(scan([JSON.stringify(timelineJs)]).starts).toHaveLength(0);
    expect(scan(['event_date,event_type\n17 November 2024,Battles\n']).starts).toHaveLength(0);
  });
});
