/*
 * WCAG 2 contrast: the ratio of the relative luminances of two sRGB colours, from 1:1 to 21:1. Text needs
 * 4.5:1 (AA), large text and the parts of controls and graphics a reader must see need 3:1.
 */

export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

/** `#rgb` or `#rrggbb` to channels 0-255; undefined for anything else. */
export function parseHexColor(text: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two hex colours (order does not matter). Throws on a colour it cannot read. */
export function contrastRatio(first: string, second: string): number {
  const [a, b] = [first, second].map((color) => {
    const rgb = parseHexColor(color);
    if (!rgb) throw new Error(`not a hex colour: "${color}"`);
    return relativeLuminance(rgb);
  }) as [number, number];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
