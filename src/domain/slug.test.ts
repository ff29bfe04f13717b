import { describe, expect, it } from 'vitest';
import { claimUniqueSlug, cutSlug, isId, MAX_ID_LENGTH, slugify } from './slug';

describe('isId', () => {
  it.each(['atacms-authorization', 'a', '2024', 'ukr-12345-b', 'x'.repeat(MAX_ID_LENGTH)])(
    'accepts %j',
    (value) => expect(isId(value)).toBe(true),
  );

  it.each([
    '',
    'Upper',
    'two--hyphens',
    '-leading',
    'trailing-',
    'under_score',
    'space d',
    'région',
    'x'.repeat(MAX_ID_LENGTH + 1),
  ])('rejects %j', (value) => expect(isId(value)).toBe(false));
});

describe('slugify', () => {
  it.each([
    ['UKR12345', 'ukr12345'],
    ['Explosions/Remote violence', 'explosions-remote-violence'],
    ['Violence against civilians', 'violence-against-civilians'],
    ['Military Forces of Russia (2000-)', 'military-forces-of-russia-2000'],
    ['  Kyiv’s Région  ', 'kyiv-s-region'],
    ['Łódź', 'odz'],
    ['---', ''],
    ['Київ', ''],
  ])('%j -> %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('gives ids: every non-empty slug passes isId', () => {
    for (const text of ['Port Harlow', 'Valdoria Conflict Monitor', '  Kyiv’s Région  ', 'word '.repeat(40)])
      expect(isId(slugify(text))).toBe(true);
  });

  it('cuts long slugs to 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug).toBe('a'.repeat(79));
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(80);
    expect(slugify('word '.repeat(40))).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugify('Port Harlow Docks', 8)).toBe('port-har');
    expect(slugify('Port Harlow Docks', 5)).toBe('port');
  });

  it('breaks the slug at accented letters instead of folding them when asked', () => {
    expect(slugify('Région de Kyiv', MAX_ID_LENGTH, { foldAccents: false })).toBe('r-gion-de-kyiv');
    expect(slugify('Région de Kyiv', MAX_ID_LENGTH, { foldAccents: true })).toBe('region-de-kyiv');
    expect(slugify('ﬁnal', MAX_ID_LENGTH, { foldAccents: false })).toBe('nal');
  });
});

describe('cutSlug', () => {
  it('keeps short slugs and drops the hyphens a cut leaves at the end', () => {
    expect(cutSlug('kyiv', 10)).toBe('kyiv');
    expect(cutSlug('kyiv-oblast', 5)).toBe('kyiv');
    expect(cutSlug('kyiv-oblast', Number.POSITIVE_INFINITY)).toBe('kyiv-oblast');
  });
});

describe('claimUniqueSlug', () => {
  it('claims -2, -3 for ids already taken, within 80 characters', () => {
    const used = new Set<string>();
    expect(['event', 'event', 'event'].map((base) => claimUniqueSlug(base, used))).toEqual([
      'event',
      'event-2',
      'event-3',
    ]);
    const long = 'x'.repeat(80);
    expect(claimUniqueSlug(long, used)).toBe(long);
    expect(claimUniqueSlug(long, used)).toBe(`${'x'.repeat(78)}-2`);
  });

  it('skips suffixed ids that later records have of their own', () => {
    const used = new Set(['event']);
    expect(claimUniqueSlug('event', used, new Set(['event-2']))).toBe('event-3');
    // A record's own id is its own, reserved or not.
    expect(claimUniqueSlug('event-2', used, new Set(['event-2']))).toBe('event-2');
  });
});
