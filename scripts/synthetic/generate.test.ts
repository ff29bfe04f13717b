import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../src/domain/edtf';
import { validateDataset } from '../../src/domain/validate-dataset';
import { generateSynthetic, serializeDataset } from './generate';

const small = generateSynthetic({ events: 300, seed: 1 });
const larger = generateSynthetic({ events: 3000, seed: 7 });

describe('generateSynthetic', () => {
  it('writes a dataset the validator accepts with zero problems', () => {
    for (const dataset of [small, larger]) {
      const result = validateDataset(JSON.parse(serializeDataset(dataset)));
      expect(result.problems).toEqual([]);
      expect(result.ok && result.dataset.events.length).toBe(dataset.events.length);
    }
  });

  it('is valid for tiny sizes and an explicit number of sources', () => {
    for (const options of [
      { events: 1, seed: 3 },
      { events: 7, seed: 3 },
      { events: 500, seed: 3, sources: 1 },
    ]) {
      const dataset = generateSynthetic(options);
      expect(dataset.events).toHaveLength(options.events);
      expect(validateDataset(dataset).problems).toEqual([]);
    }
  });

  it('gives the same output for the same seed and a different one for another seed', () => {
    const again = serializeDataset(generateSynthetic({ events: 300, seed: 1 }));
    expect(again).toBe(serializeDataset(small));
    expect(serializeDataset(generateSynthetic({ events: 300, seed: 2 }))).not.toBe(again);
  });

  it('has several actors of every kind, 6 to 8 categories and 20 or more sources', () => {
    expect(small.actors.length).toBeGreaterThanOrEqual(8);
    expect(small.actors.length).toBeLessThanOrEqual(20);
    expect(new Set(small.actors.map((actor) => actor.kind))).toEqual(
      new Set(['state', 'person', 'armed-force', 'organization']),
    );
    const categories = new Set(larger.events.map((event) => event.category));
    expect(categories.size).toBeGreaterThanOrEqual(6);
    expect(categories.size).toBeLessThanOrEqual(8);
    for (const slug of ['policy', 'military', 'attack', 'politics', 'aid', 'diplomacy'])
      expect(categories).toContain(slug);
    expect(small.sources.length).toBeGreaterThanOrEqual(20);
  });

  it('mixes date precisions: mostly days, some months, intervals, qualifiers and open starts', () => {
    const dates = larger.events.map((event) => event.date);
    const share = (pattern: RegExp) => dates.filter((date) => pattern.test(date)).length / dates.length;
    expect(share(/^\d{4}-\d{2}-\d{2}$/)).toBeGreaterThan(0.6);
    expect(share(/^\d{4}-\d{2}$/)).toBeGreaterThan(0.03);
    expect(share(/^\d{4}-\d{2}(-\d{2})?\/\d{4}/)).toBeGreaterThan(0.02);
    expect(share(/~$/)).toBeGreaterThan(0.005);
    expect(share(/\?$/)).toBeGreaterThan(0.005);
    expect(share(/^\.\.\//)).toBeGreaterThan(0.005);
  });

  it('spans about six years with dense bursts and quiet months', () => {
    const months = new Map<string, number>();
    for (const event of larger.events) {
      const result = parseEdtf(event.date);
      if (!result.ok) throw new Error(result.error);
      const month = /\d{4}-\d{2}/.exec(event.date)?.[0] ?? event.date;
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    const keys = [...months.keys()].filter((key) => key.length === 7).sort();
    const first = keys[0] ?? '';
    const last = keys.at(-1) ?? '';
    expect(Number(last.slice(0, 4)) - Number(first.slice(0, 4))).toBeGreaterThanOrEqual(5);
    const counts = [...months.values()].sort((a, b) => a - b);
    const busiest = counts.at(-1) ?? 0;
    // The busiest month holds many times an even share; quiet months hold almost nothing.
    expect(busiest).toBeGreaterThan((larger.events.length / 72) * 4);
    expect(72 - keys.length + counts.filter((count) => count <= 5).length).toBeGreaterThan(3);
  });

  it('quotes a unique sentence per event, some with quotation marks, and links a few events', () => {
    const exacts = larger.events.map((event) => event.excerpts[0]?.exact ?? '');
    expect(new Set(exacts).size).toBe(exacts.length);
    expect(exacts.some((exact) => exact.includes('“'))).toBe(true);
    expect(exacts.some((exact) => exact.includes('"'))).toBe(true);
    const related = larger.events.filter((event) => event.related?.length).length / larger.events.length;
    expect(related).toBeGreaterThan(0.01);
    expect(related).toBeLessThan(0.06);
  });
});
