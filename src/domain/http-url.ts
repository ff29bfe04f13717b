/** The longest web address a dataset or an imported file may give. */
export const MAX_URL_LENGTH = 2048;

/**
 * True when `value` is an http: or https: address: the only kind the app links to or fetches. With a
 * `base`, `value` may be relative to it; without one, it must be absolute.
 */
export function isHttpUrl(value: string, base?: string): boolean {
  try {
    const { protocol } = new URL(value, base);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
