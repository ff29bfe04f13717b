import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../domain/types';
import { validateDataset } from '../domain/validate-dataset';

/** The built-in dataset (data/icaro-atacms.json) as tests read it from disk. */

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../data');

/** The curated dataset as raw JSON, and its source files. */
export function curatedRaw(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DATA_DIR, 'icaro-atacms.json'), 'utf8')) as Record<string, unknown>;
}

export function readCuratedTextFile(path: string): string | undefined {
  try {
    return readFileSync(join(DATA_DIR, path), 'utf8');
  } catch {
    return undefined;
  }
}

/** The curated dataset, validated. */
export function curatedDataset(): Dataset {
  const result = validateDataset(curatedRaw(), { readTextFile: readCuratedTextFile });
  if (!result.ok || result.problems.length > 0) {
    throw new Error(`curated dataset invalid: ${JSON.stringify(result.problems)}`);
  }
  return result.dataset;
}

/** The curated dataset as raw JSON with its source texts inline, so it stands alone as one file. */
export function curatedRawInline(): Record<string, unknown> {
  const raw = curatedRaw();
  const sources = raw.sources as Record<string, unknown>[];
  raw.sources = sources.map(({ textFile, ...source }) => ({
    ...source,
    text: readCuratedTextFile(String(textFile)),
  }));
  return raw;
}
