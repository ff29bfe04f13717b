/*
 * Reads a dataset file from disk the way the app reads its built-in dataset: the JSON through
 * `validateDataset`, each source's `textFile` from the dataset's own folder tree.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { validateDataset, type ValidationResult } from '../src/domain/validate-dataset';

function readTextFileWithin(datasetDir: string) {
  return (path: string): string | undefined => {
    const target = resolve(datasetDir, path);
    // A dataset may only point at files in its own folder tree.
    if (relative(datasetDir, target).startsWith('..')) return undefined;
    try {
      return readFileSync(target, 'utf8');
    } catch {
      return undefined;
    }
  };
}

export function validateDatasetFile(file: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validateDataset(raw, { readTextFile: readTextFileWithin(dirname(file)) });
}
