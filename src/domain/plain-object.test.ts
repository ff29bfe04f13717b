import { describe, expect, it } from 'vitest';
import { isPlainObject } from './plain-object';

describe('isPlainObject', () => {
  it('accepts what JSON.parse gives for an object', () => {
    expect(isPlainObject(JSON.parse('{"date": "2024"}'))).toBe(true);
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
  });

  it.each([null, undefined, [], [{}], 'text', 42, true])('rejects %j', (value) =>
    expect(isPlainObject(value)).toBe(false),
  );
});
