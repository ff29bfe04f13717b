/*
 * The one slug rule: what an id of the dataset contract looks like (restore/ checks the ids of a
 * dataset with it, url/view-params.ts the ids in an address) and how any text becomes one (importers,
 * export file names, the synthetic dataset generator).
 */

/** Lowercase ASCII letters and digits, in runs joined by single hyphens: "atacms-authorization". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id the dataset contract allows. */
export const MAX_ID_LENGTH = 80;

/** True for an id the dataset contract allows: a slug of at most MAX_ID_LENGTH characters. */
export function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && SLUG_PATTERN.test(value);
}

/** `slug` cut to at most `max` characters, without a hyphen left at its end. */
export function cutSlug(slug: string, max: number): string {
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-+$/, '');
}

export interface SlugOptions {
  /**
   * True (the default): accented letters lose their accents ("Région" -> "region"). False: they are not
   * ASCII letters, so they break the slug like any other character ("Région" -> "r-gion").
   */
  readonly foldAccents?: boolean;
}

/**
 * A slug from any text, at most `max` characters long: lowercase, every run of characters other than ASCII
 * letters and digits becomes one hyphen, none at either end ("Kyiv’s Région" -> "kyiv-s-region"). Empty
 * when nothing is left (text in non-Latin scripts); callers supply their own fallback.
 */
export function slugify(text: string, max = MAX_ID_LENGTH, { foldAccents = true }: SlugOptions = {}): string {
  // Ids like "UKR12345" are slugs but for case; skip the Unicode work for them.
  if (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(text)) return cutSlug(text.toLowerCase(), max);
  const letters = foldAccents ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
  const slug = letters
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return cutSlug(slug, max);
}

/**
 * `base`, or `base-2`, `base-3`, ... whichever is not in `used` yet (nor, for a suffixed one, in `reserved`:
 * ids that records later in the list have of their own); the result is added to `used`.
 */
export function claimUniqueSlug(
  base: string,
  used: Set<string>,
  reserved: ReadonlySet<string> = new Set(),
): string {
  let candidate = base;
  for (
    let counter = 2;
    used.has(candidate) || (candidate !== base && reserved.has(candidate));
    counter += 1
  ) {
    const suffix = `-${counter}`;
    candidate = `${cutSlug(base, MAX_ID_LENGTH - suffix.length)}${suffix}`;
  }
  used.add(candidate);
  return candidate;
}
