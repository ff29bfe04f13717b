import type { Problem } from '../types';

/** The largest file the importer reads: 200 MB. The caller checks the file's size before reading it. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A problem when a file of `bytes` bytes is too large (or its size is unknown) to import; else undefined. */
export function checkImportSize(bytes: number): Problem | undefined {
  if (!Number.isFinite(bytes) || bytes < 0) {
    return { path: 'file', message: 'has an unknown size, so it cannot be imported' };
  }
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      path: 'file',
      message: `is ${megabytes(bytes)}; files of up to ${megabytes(MAX_IMPORT_BYTES)} can be imported. Split it into smaller files, e.g. by year or region.`,
    };
  }
  return undefined;
}
