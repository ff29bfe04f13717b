import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromTransfer, datasetToTransfer } from './dataset-transfer';
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
