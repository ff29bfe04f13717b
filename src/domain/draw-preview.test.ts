import { describe, expect, it } from 'vitest';
import { previewIndex, previewOf } from './draw-preview';
import { countInRange, drawnRange } from './event-index';
import { edtf } from './test-fixtures';

const DAY = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

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
    expect(countInRange(index, all, utc('2024-11-18'), utc('2024-11-18') + DAY, 10)).toBe(0);
  });
});
