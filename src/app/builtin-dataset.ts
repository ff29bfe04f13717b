import rawDataset from '../../data/icaro-atacms.json';
import { validateDataset, type ValidationResult } from '../domain/validate-dataset';

// Source texts are bundled as strings so the built-in dataset opens without a network round trip.
const sourceTexts = import.meta.glob<string>('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function loadBuiltinDataset(): ValidationResult {
  return validateDataset(rawDataset, { readTextFile: (path) => sourceTexts[`../../data/${path}`] });
}
