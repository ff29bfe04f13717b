import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromTransfer, datasetToTransfer } from './dataset-transfer';
import { at, editedDataset, fixtureDataset, S1_TEXT } from '../testing/dataset-fixtures';
import { validateDataset } from './validate-dataset';

const dataDir = new URL('../../data/', import.meta.url);
const raw = JSON.parse(readFileSync(new URL('icaro-atacms.json', dataDir), 'utf8'));
const result = validateDataset(raw, { readTextFile: (path) => readFileSync(new URL(path, dataDir), 'utf8') });

describe('dataset transfer', () => {
  it('gives back an equal dataset, id maps included', () => {
    if (!result.ok) throw new Error('curated dataset invalid');
    const restored = datasetFromTransfer(datasetToTransfer(result.dataset));
    expect(restored).toEqual(result.dataset);
    expect(restored.eventById.get('atacms-authorization')).toBe(
      restored.events.find((event) => event.id === 'atacms-authorization'),
    );
    expect([...restored.actorById.keys()]).toEqual(result.dataset.actors.map((actor) => actor.id));
  });
});

describe('dataset transfer of every date form', () => {
  /** EDTF forms the contract allows, besides the fixture's month, day and closed interval. */
  const DATES = [
    '2023',
    '2024-05~',
    '2024?',
    '2024-11-17%',
    '../2024-11-17',
    '/2024-11-17',
    '2024-11-06/..',
    '2024-11-06/',
    '2024-05~/2024-11-17?',
  ];
  const original = fixtureDataset(
    editedDataset((raw) => {
      const second = at(raw.events, 1);
      second.excerpts = [
        { source: 's1', exact: 'the strike was confirmed', prefix: 'spokesman said ', suffix: ' again' },
      ];
      const { related: _related, ...template } = at(raw.events, 2);
      raw.events.push(
        ...DATES.map((date, position) => ({
          ...template,
          id: `dated-${position}`,
          date,
          dateBasis: 'The same basis for every dated event.',
          actors: [{ actor: 'a1', role: 'named' }, { actor: 'a2' }],
          related: [{ event: 'first-event', relation: 'background' }],
        })),
      );
    }),
  );
  const restored = datasetFromTransfer(datasetToTransfer(original));

  it('gives back an equal dataset', () => {
    expect(original.events).toHaveLength(3 + DATES.length);
    expect(restored).toEqual(original);
    expect(restored.sources.map((source) => source.published)).toEqual(
      original.sources.map((source) => source.published),
    );
  });

  it('parses every date form again, open and unknown ends and qualifiers included', () => {
    const dateOf = (id: string) => restored.eventById.get(id)?.date;
    expect(new Set(restored.events.map((event) => event.date.text))).toEqual(
      new Set(['2024-05', '2024-11-17', '2024-11-06/2024-11-17', ...DATES]),
    );
    expect(dateOf('dated-0')).toMatchObject({ kind: 'point', point: { precision: 'year', year: 2023 } });
    expect(dateOf('dated-3')).toMatchObject({ point: { approximate: true, uncertain: true } });
    expect(dateOf('dated-4')).toMatchObject({ kind: 'interval', start: { kind: 'open' } });
    expect(dateOf('dated-5')).toMatchObject({ kind: 'interval', start: { kind: 'unknown' } });
    expect(dateOf('dated-6')).toMatchObject({ kind: 'interval', end: { kind: 'open' } });
    expect(dateOf('dated-7')).toMatchObject({ kind: 'interval', end: { kind: 'unknown' } });
    expect(dateOf('dated-8')).toMatchObject({
      start: { precision: 'month', approximate: true, uncertain: false },
      end: { precision: 'day', approximate: false, uncertain: true },
    });
  });

  it('cuts each quote back out of its source, prefix and suffix kept', () => {
    original.events.forEach((event, position) => {
      const back = at(restored.events, position);
      expect(back.excerpts.map((excerpt) => excerpt.exact)).toEqual(
        event.excerpts.map((excerpt) => excerpt.exact),
      );
    });
    expect(restored.eventById.get('second-event')?.excerpts).toEqual([
      {
        sourceId: 's1',
        exact: 'the strike was confirmed',
        prefix: 'spokesman said ',
        suffix: ' again',
        start: S1_TEXT.indexOf('the strike was confirmed again'),
        end: S1_TEXT.indexOf('the strike was confirmed again') + 'the strike was confirmed'.length,
      },
    ]);
  });

  it('keeps relations and actors with and without roles', () => {
    const dated = restored.eventById.get('dated-0');
    expect(dated?.related).toEqual([{ eventId: 'first-event', relation: 'background' }]);
    expect(dated?.actors.map((actor) => [actor.actorId, actor.role])).toEqual([
      ['a1', 'named'],
      ['a2', undefined],
    ]);
    expect(restored.eventById.get('second-event')?.related).toEqual([
      { eventId: 'first-event', relation: 'follows' },
    ]);
  });

  // Strings shared by the transfer cannot be told apart from equal copies here: Object.is and === compare
  // strings by value, so two events' dateBasis are "the same" either way. Equal values are checked above.

  it('throws on a corrupted date in the transfer text', () => {
    const text = datasetToTransfer(original);
    expect(text).toContain('"date":"2024-11-17"');
    expect(() => datasetFromTransfer(text.replace('"date":"2024-11-17"', '"date":"2024-11-31"'))).toThrow(
      /transferred date "2024-11-31" is invalid/,
    );
    expect(() =>
      datasetFromTransfer(text.replace('"published":"2024-05"', '"published":"May 2024"')),
    ).toThrow(/transferred date "May 2024" is invalid/);
  });
});
