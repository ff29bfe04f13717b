import { describe, expect, it } from 'vitest';
import {
  claimUniqueSlug,
  decodeEntities,
  htmlToParagraphs,
  htmlToText,
  slugOrHash,
  stableHash,
  truncate,
} from './text';

describe('slugOrHash and claimUniqueSlug', () => {
  it('falls back to a stable hash for text without letters or digits', () => {
    expect(slugOrHash('Київ', 'actor')).toBe(`actor-${stableHash('Київ')}`);
    expect(slugOrHash('Київ', 'actor')).toMatch(/^actor-[0-9a-f]{8}$/);
    expect(slugOrHash('Kyiv', 'actor')).toBe('kyiv');
    expect(stableHash('Київ')).not.toBe(stableHash('Харків'));
  });

  it('claims -2, -3 for ids already taken, within 80 characters', () => {
    const used = new Set<string>();
    expect(['event', 'event', 'event'].map((base) => claimUniqueSlug(base, used))).toEqual([
      'event',
      'event-2',
      'event-3',
    ]);
    const long = 'x'.repeat(80);
    expect(claimUniqueSlug(long, used)).toBe(long);
    expect(claimUniqueSlug(long, used)).toBe(`${'x'.repeat(78)}-2`);
  });
});

describe('truncate', () => {
  it('keeps short text and ends cut text with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a long sentence here', 10)).toBe('a long se…');
    expect(truncate('a long sentence here', 10)).toHaveLength(10);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate(`abc${'😀'.repeat(5)}`, 5);
    expect(cut).toBe('abc…');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &#39; &apos;', `& < > " ' '`],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&#8220;x&#8221; &#x2019;', '“x” ’'],
    ['&amp;lt;', '&lt;'],
    ['&unknown; & &amp', '&unknown; & &amp'],
    ['&#0; &#xD800; &#99999999;', '\ufffd \ufffd \ufffd'],
  ])('%j -> %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>two</p>', 'One two'],
    ['<b>Kyiv</b>’s <i>air</i> force', 'Kyiv’s air force'],
    ['line<br>break<br/>here', 'line break here'],
    ['<a href="x" title="a > b">link</a> text', 'link text'],
    ["<a title='it > is'>x</a>", 'x'],
    ['before<script>alert("<b>x</b>")</script>after', 'before after'],
    ['<SCRIPT type="text/javascript">evil()</SCRIPT >ok', 'ok'],
    ['<style>p { color: red }</style>text', 'text'],
    ['a<!-- hidden <b>comment</b> -->b', 'ab'],
    ['<!DOCTYPE html><?xml version="1.0"?>text', 'text'],
    ['<img src=x onerror=alert(1)>caption', 'caption'],
    ['5 < 6 and 7 > 3', '5 < 6 and 7 > 3'],
    ['5 &lt; 6 &amp;&amp; 7 &gt; 3', '5 < 6 && 7 > 3'],
    ['unclosed <b tag runs to the end', 'unclosed'],
    ['<script>never closed', ''],
    ['  spaced \n\t out\u00a0text  ', 'spaced out text'],
    ['bell\u0007 and\u0000 nul', 'bell and nul'],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('leaves no tag of a hostile fragment', () => {
    const html =
      '<div onclick="x()"><scr<script>ipt>alert(1)</script><svg><script>x</script></svg><iframe src="//x"></iframe>Safe</div>';
    const text = htmlToText(html);
    expect(text).not.toMatch(/<\/?[a-z]/i);
    expect(text).toContain('Safe');
  });

  it('reads adversarial input in one pass', () => {
    // Patterns that make backtracking tag regexes quadratic; the scanner reads each character a few times.
    const unclosedQuotes = '<a title="'.repeat(50_000);
    const manyOpenings = '<a '.repeat(100_000);
    const manyScripts = '<script>'.repeat(50_000);
    expect(htmlToText(unclosedQuotes)).toBe('');
    expect(htmlToText(manyOpenings)).toBe('');
    expect(htmlToText(`${manyScripts}x`)).toBe('');
    expect(htmlToText('&#'.repeat(100_000))).toBe('&#'.repeat(100_000));
  });
});

describe('htmlToParagraphs', () => {
  it('ends a paragraph at every block element and keeps inline ones in their sentence', () => {
    const html =
      '<h1>Port struck</h1><p>The port was <em>struck</em>\n at dawn.</p><ul><li>One</li><li>Two</li></ul>a<br>b';
    expect(htmlToParagraphs(html)).toEqual([
      'Port struck',
      'The port was struck at dawn.',
      'One',
      'Two',
      'a',
      'b',
    ]);
  });

  it('leaves out the head, scripts, styles and the page’s furniture', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><nav>Home</nav><p>Text &amp; more</p>' +
      '<script>evil()</script><form><button>Go</button></form><footer>©</footer></body></html>';
    expect(htmlToParagraphs(html)).toEqual(['Text & more']);
  });

  it('gives nothing for a page without text', () => {
    expect(htmlToParagraphs('<p> </p><img src="x.png"><p>\u00a0</p>')).toEqual([]);
  });
});
