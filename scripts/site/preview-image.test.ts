import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePalette } from '../../src/domain/css-palette';
import { pngSize } from './png-size';
import { previewSvg, renderPreview, type PreviewContent } from './preview-image';

const content: PreviewContent = {
  kicker: 'Policy',
  date: 'Sunday 17 November 2024',
  title: "Biden approves Ukraine's use of ATACMS inside Russia",
  passage: { text: 'In a significant policy shift, President Joe Biden has approved…', quoted: true },
  source: 'ICARO Media Group',
  slots: [2],
  siteName: 'Conflict timeline',
};

const palette = parsePalette(readFileSync(new URL('../../src/app/app.css', import.meta.url), 'utf8'));

describe('renderPreview', () => {
  it('draws a 1200x630 PNG', async () => {
    expect(pngSize(await renderPreview(content))).toEqual({ width: 1200, height: 630 });
  });
});

describe('previewSvg', () => {
  it("paints the category's colour from the app's palette (light theme)", async () => {
    const svg = await previewSvg(content);
    expect(svg).toContain(palette.get('cat-2')!.light);
    expect(svg).not.toContain(palette.get('cat-0')!.light);
  });

  it('draws text as shapes, so no dataset string reaches the SVG as text or markup', async () => {
    const payload = '<script>window.__pwned=1</script>"><svg onload=window.__pwned=1>';
    const svg = await previewSvg({
      ...content,
      kicker: payload,
      date: payload,
      title: payload,
      passage: { text: payload, quoted: false },
      source: payload,
    });
    expect(svg).not.toMatch(/<script|onload|__pwned|<text/i);
  });
});

describe('pngSize', () => {
  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('GIF89a and more bytes here'))).toThrow(/not a PNG/);
  });
});
