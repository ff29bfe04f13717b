import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { h } from './html';
import { fillTemplate, siteNameOf, type PageCard } from './page-card';

const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

const card: PageCard = {
  title: 'A $& title',
  description: 'What <b>happened</b>',
  url: 'https://example.org/events/a/',
  type: 'article',
  image: { url: 'https://example.org/events/a/preview.png', alt: 'The card' },
  jsonLd: { '@type': 'Event', name: 'A' },
};

describe('siteNameOf', () => {
  it("is the template's own title", () => {
    expect(siteNameOf(template)).toBe('Conflict timeline');
  });
});

describe('fillTemplate', () => {
  const page = fillTemplate(template, { card, root: h('p', {}, 'Article') });

  it('replaces the title and description, keeping dataset text literal (no replacement patterns)', () => {
    expect(page).toContain('<title>A $&amp; title — Conflict timeline</title>');
    expect(page).toContain('<meta name="description" content="What &lt;b&gt;happened&lt;/b&gt;">');
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page.match(/name="description"/g)).toHaveLength(1);
  });

  it('adds the card to the head', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    for (const tag of [
      '<link rel="canonical" href="https://example.org/events/a/">',
      '<meta property="og:type" content="article">',
      '<meta property="og:url" content="https://example.org/events/a/">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<script type="application/ld+json">{"@type":"Event","name":"A"}</script>',
    ])
      expect(head).toContain(tag);
  });

  it("fills the app's root element and keeps the app's script", () => {
    expect(page).toContain('<div id="root"><p>Article</p></div>');
    expect(page).toContain('<script type="module" src="/src/main.tsx"></script>');
  });

  it('refuses a template without the parts it fills, or one that already has a card', () => {
    expect(() =>
      fillTemplate(template.replace('<div id="root"></div>', ''), { card, root: h('p', {}) }),
    ).toThrow(/one empty root element, not 0/);
    expect(() => fillTemplate(page, { card })).toThrow(/already has a card/);
  });
});
