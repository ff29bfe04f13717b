/*
 * `npm run validate`: checks every dataset in data/ against contract v1 and exits non-zero on any problem.
 * Curated data is held to zero problems; the app's importer is the lenient one.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDatasetFile } from './dataset-file';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../data');

function validateFile(file: string): string[] {
  return validateDatasetFile(file).problems.map((problem) =>
    problem.path ? `${problem.path}: ${problem.message}` : problem.message,
  );
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
