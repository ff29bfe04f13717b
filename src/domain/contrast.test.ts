import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor, relativeLuminance } from './contrast';

describe('parseHexColor', () => {
  it.each([
    ['#000', [0, 0, 0]],
    ['#fff', [255, 255, 255]],
    ['#1A4f8b', [26, 79, 139]],
    [' #abc ', [170, 187, 204]],
  ])('reads %s', (text, rgb) => {
    expect(parseHexColor(text)).toEqual(rgb);
  });

  it.each(['', 'red', '#abcd', '#12345g', 'rgb(0 0 0)'])('refuses %j', (text) => {
    expect(parseHexColor(text)).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1a4f8b', '#1a4f8b')).toBe(1);
  });

  it('does not depend on the order', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBe(contrastRatio('#ffffff', '#767676'));
  });

  it('matches the WCAG reference points', () => {
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(relativeLuminance([255, 255, 255])).toBe(1);
  });

  it('throws on a colour it cannot read', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow('not a hex colour: "red"');
  });
});
