import { describe, expect, it } from 'vitest';
import { parsePalette } from './css-palette';

describe('parsePalette', () => {
  it('reads each light-dark() pair of hex colours by token name', () => {
    const css =
      ':root {\n  --ink: light-dark(#1b1f24, #e8e6e1);\n  --cat-0-fill: light-dark( #abc , #123456 );\n}';
    expect(parsePalette(css)).toEqual(
      new Map([
        ['ink', { light: '#1b1f24', dark: '#e8e6e1' }],
        ['cat-0-fill', { light: '#abc', dark: '#123456' }],
      ]),
    );
  });

  it('skips tokens that are not a pair of hex colours', () => {
    const css =
      ':root {\n  --backdrop: light-dark(rgb(0 0 0 / 0.45), rgb(0 0 0 / 0.7));\n  --sans: system-ui;\n}';
    expect(parsePalette(css).size).toBe(0);
  });
});
