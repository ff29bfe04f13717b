import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet';

describe('embedSnippet', () => {
  it('frames the embed page at 640x480, named by its title', () => {
    expect(
      embedSnippet('https://example.org/embed/?event=strike&actors=russia,ukraine', 'Strike — A timeline'),
    ).toBe(
      '<iframe src="https://example.org/embed/?event=strike&amp;actors=russia,ukraine" ' +
        'title="Strike — A timeline" width="640" height="480" style="border: 0; max-width: 100%" ' +
        'loading="lazy"></iframe>',
    );
  });

  it('keeps a hostile title inside its attribute', () => {
    const hostile = '"><script>alert(1)</script><b a="&amp;';
    const snippet = embedSnippet('https://example.org/embed/', hostile);
    const title = /^<iframe src="[^"<>]*" title="([^"<>]*)" width="640" [^<>]*><\/iframe>$/.exec(snippet);
    expect(decodeHTML(title![1]!)).toBe(hostile);
  });
});
