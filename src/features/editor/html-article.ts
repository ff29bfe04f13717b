/*
 * An HTML page as article text. The page is parsed by DOMParser into a document that has no browsing context:
 * none of its scripts run and none of its images, styles or frames load. Only text is read out of it, block by
 * block, and the page's own metadata where it names its title, publisher, address and date.
 */

export interface HtmlArticle {
  /** The text of each block (paragraph, heading, list item...), in order. */
  readonly paragraphs: string[];
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string;
}

/** Elements that hold no article text: code, embedded things and the page's furniture. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
]);

/** Elements that start a new paragraph; inline ones (a, em, span...) run on. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

function collectParagraphs(root: Element): string[] {
  const paragraphs: string[] = [''];
  const breakParagraph = () => {
    if (paragraphs.at(-1) !== '') paragraphs.push('');
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      paragraphs[paragraphs.length - 1] += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    const name = node.localName;
    if (SKIPPED.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) breakParagraph();
    node.childNodes.forEach(visit);
    if (block) breakParagraph();
  };
  visit(root);
  return paragraphs;
}

function meta(document: Document, property: string): string {
  const element = document.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return element?.getAttribute('content')?.trim() ?? '';
}

function httpAddress(address: string): string {
  return /^https?:\/\//i.test(address) ? address : '';
}

export function htmlArticle(html: string): HtmlArticle {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const root = document.querySelector('article') ?? document.body;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? '';
  const publishedTime = /^\d{4}-\d{2}-\d{2}/.exec(meta(document, 'article:published_time'))?.[0] ?? '';
  return {
    paragraphs: root ? collectParagraphs(root) : [],
    title: meta(document, 'og:title') || document.title.trim(),
    publisher: meta(document, 'og:site_name'),
    url: httpAddress(canonical) || httpAddress(meta(document, 'og:url')),
    published: publishedTime,
  };
}
