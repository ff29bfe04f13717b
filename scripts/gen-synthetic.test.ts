import { describe, expect, it } from 'vitest';
import { parseArgs } from './gen-synthetic';

describe('parseArgs', () => {
  it('reads --events, --seed and --out, with the default path in bench/data', () => {
    expect(parseArgs(['--events', '10000', '--seed', '3'], '/repo')).toEqual({
      events: 10000,
      seed: 3,
      out: '/repo/bench/data/synthetic-10000.json',
      validate: false,
    });
    expect(parseArgs(['--events=5', '--out=x.json', '--validate'], '/repo')).toMatchObject({
      events: 5,
      seed: 1,
      out: '/repo/x.json',
      validate: true,
    });
  });

  it('explains bad arguments', () => {
    expect(parseArgs([], '/repo')).toMatch(/--events is required/);
    expect(parseArgs(['--events', 'many'], '/repo')).toMatch(/must be an integer/);
    expect(parseArgs(['--events', '0'], '/repo')).toMatch(/between 1 and/);
    expect(parseArgs(['--frobnicate'], '/repo')).toMatch(/unknown option/);
  });
});
