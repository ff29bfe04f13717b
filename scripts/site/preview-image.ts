/*
 * Preview images (1200x630 PNG, the size chat apps and social networks ask for), drawn at build time without
 * a browser: satori lays the card out into SVG, resvg turns the SVG into a PNG. Satori draws every letter as
 * a path (its default), so no dataset string reaches the SVG as text or markup.
 *
 * Colours are the light theme's, read from the palette in src/app/app.css (`--cat-N` for the category);
 * fonts come from npm font packages (satori reads woff, not woff2).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { createElement, type CSSProperties, type ReactNode } from 'react';
import satori, { type Font } from 'satori';
import { parsePalette } from '../../src/domain/css-palette';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from './page-card';

export interface PreviewContent {
  /** Above the title: the category ("POLICY") or what the card stands for. */
  readonly kicker: string;
  readonly date?: string;
  readonly title: string;
  /** The opening words of a quote (shown in quotation marks) or of a description, already cut. */
  readonly passage?: { readonly text: string; readonly quoted: boolean };
  /** Under the quote: where it comes from. */
  readonly source: string;
  /** Category colour slots: one for an event, every category's for the dataset. */
  readonly slots: readonly number[];
  /** The site's name, in the corner. */
  readonly siteName: string;
}

const SERIF = 'Source Serif 4';
const SANS = 'Source Sans 3';

const require = createRequire(import.meta.url);

function fontFile(family: string, pkg: string, weight: 400 | 600 | 700, style: 'normal' | 'italic'): Font[] {
  // Latin and Latin Extended: satori falls back from one font to the next for a letter the first lacks.
  return ['latin', 'latin-ext'].map((subset) => ({
    name: family,
    weight,
    style,
    data: readFileSync(require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-${style}.woff`)),
  }));
}

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  fonts ??= [
    ...fontFile(SERIF, 'source-serif-4', 700, 'normal'),
    ...fontFile(SERIF, 'source-serif-4', 400, 'italic'),
    ...fontFile(SANS, 'source-sans-3', 400, 'normal'),
    ...fontFile(SANS, 'source-sans-3', 600, 'normal'),
  ];
  return fonts;
}

type Palette = (token: string) => string;
let palette: Palette | undefined;
function lightPalette(): Palette {
  if (!palette) {
    const tokens = parsePalette(readFileSync(new URL('../../src/app/app.css', import.meta.url), 'utf8'));
    palette = (token) => {
      const pair = tokens.get(token);
      if (!pair) throw new Error(`src/app/app.css defines no --${token} as light-dark(#…, #…)`);
      return pair.light;
    };
  }
  return palette;
}

const box = (style: CSSProperties, ...children: ReactNode[]) =>
  createElement('div', { style: { display: 'flex', ...style } }, ...children);

/** Text cut with "…" after `lines` lines. */
const clamped = (lines: number, text: string) =>
  createElement('div', { style: { display: 'block', lineClamp: lines } }, text);

/** The card as satori lays it out: a band in the category colours, then kicker, title, quote and source. */
function previewLayout(content: PreviewContent, colour: Palette): ReactNode {
  const [firstSlot = 0] = content.slots;
  const band = box(
    { flexDirection: 'column', width: 28, height: '100%' },
    ...content.slots.map((slot) => box({ flexGrow: 1, backgroundColor: colour(`cat-${slot}`) })),
  );
  const kicker = box(
    { alignItems: 'center', gap: 24, fontFamily: SANS, fontSize: 30 },
    box(
      {
        padding: '4px 18px',
        borderRadius: 999,
        fontWeight: 600,
        letterSpacing: 1.5,
        textTransform: 'uppercase',
        color: colour('ink'),
        backgroundColor: colour(`cat-${firstSlot}-fill`),
        border: `2px solid ${colour(`cat-${firstSlot}`)}`,
      },
      content.kicker,
    ),
    content.date && box({ color: colour('ink-muted') }, content.date),
  );
  const title = box(
    { fontFamily: SERIF, fontWeight: 700, fontSize: 60, lineHeight: 1.15, color: colour('ink') },
    clamped(3, content.title),
  );
  const { passage } = content;
  const quote =
    passage &&
    box(
      {
        flexShrink: 1,
        overflow: 'hidden',
        lineHeight: 1.3,
        color: colour('ink'),
        ...(passage.quoted
          ? {
              paddingLeft: 24,
              borderLeft: `6px solid ${colour(`cat-${firstSlot}`)}`,
              fontFamily: SERIF,
              fontStyle: 'italic',
              fontSize: 36,
            }
          : { fontFamily: SANS, fontSize: 34 }),
      },
      clamped(3, passage.quoted ? `“${passage.text}”` : passage.text),
    );
  const footer = box(
    {
      marginTop: 'auto',
      justifyContent: 'space-between',
      gap: 32,
      fontFamily: SANS,
      fontSize: 30,
      color: colour('ink-muted'),
    },
    clamped(1, content.source),
    box({ flexShrink: 0, fontWeight: 600, color: colour('ink') }, content.siteName),
  );
  return box(
    { width: '100%', height: '100%', backgroundColor: colour('paper') },
    band,
    box(
      { flexDirection: 'column', flexGrow: 1, gap: 28, padding: '52px 64px 48px 56px', overflow: 'hidden' },
      kicker,
      title,
      quote,
      footer,
    ),
  );
}

export async function previewSvg(content: PreviewContent): Promise<string> {
  return satori(previewLayout(content, lightPalette()), {
    width: IMAGE_WIDTH,
    height: IMAGE_HEIGHT,
    fonts: loadFonts(),
  });
}

export async function renderPreview(content: PreviewContent): Promise<Uint8Array> {
  const svg = await previewSvg(content);
  // Off the main thread, so one image is drawn while the next is laid out.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return image.asPng();
}
