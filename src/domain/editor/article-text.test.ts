import { describe, expect, it } from 'vitest';
import { articleOfHtml, joinParagraphs, paragraphsOfPlainText, readArticleFile } from './article-text';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('joinParagraphs', () => {
  it('puts each paragraph on one line, a blank line between, and drops empty ones', () => {
    expect(joinParagraphs(['  First\n  paragraph. ', '', ' \n', 'Second\u00a0one.'])).toBe(
      'First paragraph.\n\nSecond one.',
    );
  });
});

describe('paragraphsOfPlainText', () => {
  it('joins the lines of a hard-wrapped paragraph where blank lines separate paragraphs', () => {
    const text = '\uFEFFThe strike hit\r\nthe port on Monday.\r\n\r\n\r\nOfficials said\nit was over.\n';
    expect(paragraphsOfPlainText(text)).toBe(
      'The strike hit the port on Monday.\n\nOfficials said it was over.',
    );
  });

  it('makes every line a paragraph where there are no blank lines', () => {
    expect(paragraphsOfPlainText('Title\nFirst paragraph.\nSecond paragraph.')).toBe(
      'Title\n\nFirst paragraph.\n\nSecond paragraph.',
    );
  });

  it('keeps curly quotes and dashes as they are', () => {
    expect(paragraphsOfPlainText('“We’ll see” — he said.')).toBe('“We’ll see” — he said.');
  });
});

describe('readArticleFile', () => {
  it('reads a UTF-8 text file', () => {
    expect(readArticleFile('article.txt', 'text/plain', bytes('Kyiv’s report'))).toEqual({
      ok: true,
      format: 'text',
      text: 'Kyiv’s report',
    });
  });

  it('reads an older Western European file that is not UTF-8', () => {
    const latin1 = Uint8Array.from([0x52, 0xe9, 0x67, 0x69, 0x6f, 0x6e]);
    expect(readArticleFile('old.txt', '', latin1)).toMatchObject({ ok: true, text: 'Région' });
  });

  it.each([
    ['its name', 'page.HTML', '', 'Hello'],
    ['its type', 'page', 'text/html', 'Hello'],
    ['its content', 'page.txt', 'text/plain', '  <!DOCTYPE html><p>Hello</p>'],
  ])('knows an HTML file by %s', (_by, name, type, content) => {
    expect(readArticleFile(name, type, bytes(content))).toMatchObject({ ok: true, format: 'html' });
  });

  it('refuses a file that is not text, naming it', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(readArticleFile('photo.png', 'image/png', png)).toEqual({
      ok: false,
      message: '“photo.png” is not a text file. Open a .txt or .html file, or paste the article’s text.',
    });
    const noisy = Uint8Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 3 : 65));
    expect(readArticleFile('data.bin', '', noisy)).toMatchObject({ ok: false });
  });

  it('refuses a file too large for an article', () => {
    const huge = new Uint8Array(20 * 1024 * 1024 + 1).fill(65);
    expect(readArticleFile('huge.txt', 'text/plain', huge)).toEqual({
      ok: false,
      message: '“huge.txt” is larger than 20 MB, too large for one article.',
    });
  });
});

describe('articleOfHtml', () => {
  it('keeps the paragraphs of the page’s article and its title', () => {
    const html = `<!doctype html><html><head><title>Port &amp; city</title><script>x()</script></head>
      <body><nav>Home</nav><p>Teaser elsewhere</p><article><h1>Port struck</h1><p>At <b>dawn</b>.</p>
      <img src="/tracker.png" onerror="x()"><p>Crews worked.</p></article><footer>©</footer></body></html>`;
    expect(articleOfHtml(html)).toEqual({
      title: 'Port & city',
      text: 'Port struck\n\nAt dawn.\n\nCrews worked.',
    });
  });

  it('reads the whole body of a page without an article, and a page without a title', () => {
    expect(articleOfHtml('<p>One</p><div>Two</div>')).toEqual({ title: '', text: 'One\n\nTwo' });
  });
});
