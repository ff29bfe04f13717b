import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder: every path the bench reads or writes starts here. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
