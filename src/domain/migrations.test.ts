import { describe, expect, it } from 'vitest';
import { curatedRaw } from '../testing/curated-dataset';
import { editedDataset, expectLoaded, validateFixture } from '../testing/dataset-fixtures';
import { CURRENT_VERSION } from './contract';
import { migrate } from './migrations';

/* Versions of the contract: older files are brought up to date, a newer one is read and told so. */

describe('migrate', () => {
  it('brings a version-1 file to the current version, changing nothing else', () => {
    const raw = editedDataset(() => {});
    expect(raw.version).toBe(1);
    const { raw: migrated, problems } = migrate(raw);
    expect(problems).toEqual([]);
    expect(migrated).toEqual({ ...raw, version: CURRENT_VERSION });
  });

  it('keeps every version-1 file valid: the curated dataset and the fixture load without a problem', () => {
    expect(curatedRaw().version).toBe(1);
    expect(expectLoaded(validateFixture(editedDataset(() => {}))).problems).toEqual([]);
  });

  it('reads a file of the current version as it is', () => {
    const raw = editedDataset((d) => {
      d.version = CURRENT_VERSION;
    });
    expect(migrate(raw)).toEqual({ raw, problems: [] });
  });

  it.each([
    [
      'a newer version',
      3,
      'noted',
      /^is 3, newer than the versions this app reads \(1 to 2\); read as version 2/,
    ],
    ['the version as text', '1', 'repaired', /^must be a number, not "1"; read as 1$/],
    ['no version', undefined, 'repaired', /^is missing; read as version 2$/],
    ['version 0', 0, 'repaired', /^number 0 is not a version of the contract; read as version 2$/],
    ['a fractional version', 1.5, 'repaired', /^number 1.5 is not a version of the contract/],
  ])('reads %s and says so', (_name, version, effect, message) => {
    const raw = editedDataset((d) => {
      if (version === undefined) delete d.version;
      else d.version = version;
    });
    const result = expectLoaded(validateFixture(raw));
    expect(result.problems).toEqual([
      { path: 'dataset.version', message: expect.stringMatching(message), effect },
    ]);
    expect(result.dataset.version).toBe(CURRENT_VERSION);
    expect(result.dataset.events).toHaveLength(3);
  });
});
