/*
 * `npm run validate`: checks every dataset in data/ against contract v1 and exits non-zero on any problem.
 * Curated data is held to zero problems; the app's importer is the lenient one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../src/domain/validate-dataset';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../data');

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

function validateFile(file: string): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
  const result = validateDataset(raw, { readTextFile: readTextFileWithin(dirname(file)) });
  return result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

const files = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .map((name) => join(dataDir, name));

let failed = 0;
for (const file of files) {
  const problems = validateFile(file);
  const name = relative(process.cwd(), file);
  if (problems.length === 0) {
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.error(`FAIL ${name}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ${problem}`);
  }
}
if (files.length === 0) {
  console.error(`No datasets found in ${dataDir}`);
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
