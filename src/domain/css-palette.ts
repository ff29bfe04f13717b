/*
 * The app's palette has one home, src/app/app.css, as `--token: light-dark(<light>, <dark>);` pairs. Whatever
 * else needs its colours (the contrast checks, the preview images drawn at build time) reads them from there.
 */

export interface ColourPair {
  readonly light: string;
  readonly dark: string;
}

const TOKEN = /^\s*--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\);/gim;

/** Every `--name: light-dark(#light, #dark);` declaration of a stylesheet, by name (without the dashes). */
export function parsePalette(css: string): ReadonlyMap<string, ColourPair> {
  return new Map(
    [...css.matchAll(TOKEN)].map(([, name, light, dark]) => [name!, { light: light!, dark: dark! }]),
  );
}
