/*
 * Writes the pages and images for links that travel into a finished build (run by vite.config.ts after Vite
 * has written dist/, or by hand):
 *
 *   node --import tsx scripts/site/write-site.ts --out dist --base /
 *
 * It reads the built index.html and the built-in dataset, and writes events/<id>/index.html, the preview
 * images, sitemap.xml and robots.txt, and rewrites index.html with the dataset's card. SITE_URL (e.g.
 * `SITE_URL=https://example.org/timeline/ npm run build`) is the address the build is served at; without it,
 * published addresses are root-relative and it says so.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Dataset } from '../../src/domain/types';
import { validateDatasetFile } from '../dataset-file';
import { parseSiteUrl, siteAddresses } from './addresses';
import { buildSite, type SiteFile } from './build-site';

const BUILTIN_DATASET = fileURLToPath(new URL('../../data/icaro-atacms.json', import.meta.url));
const STYLESHEET = new URL('./static-page.css', import.meta.url);

function builtinDataset(): Dataset {
  const result = validateDatasetFile(BUILTIN_DATASET);
  if (!result.ok || result.problems.length > 0) {
    const problems = result.problems.map((problem) => `  ${problem.path}: ${problem.message}`);
    throw new Error(`${BUILTIN_DATASET} is not a valid dataset:\n${problems.join('\n')}`);
  }
  return result.dataset;
}

function warn(message: string) {
  console.warn(`\x1b[33mwarning:\x1b[0m ${message}`);
}

function siteUrlOf(text: string | undefined, base: string): URL | undefined {
  if (!text) {
    warn(
      'SITE_URL is not set, so the event pages, their cards, sitemap.xml and robots.txt carry root-relative ' +
        'addresses, which chat apps and crawlers cannot follow. Set it to the address the build is served at, ' +
        'e.g. SITE_URL=https://example.org/timeline/ npm run build',
    );
    return undefined;
  }
  const url = parseSiteUrl(text);
  if (url.pathname !== base) {
    warn(
      `SITE_URL's path (${url.pathname}) is not the build's base (${base}), where the pages load their ` +
        `scripts from. Build with --base=${url.pathname} if that is where the build is served.`,
    );
  }
  return url;
}

/** The stylesheet under a name that changes with its content, like Vite's own assets. */
function stylesheetFile(): SiteFile {
  const source = readFileSync(STYLESHEET);
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  return { fileName: `assets/static-page-${hash}.css`, source };
}

async function main() {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, base: { type: 'string', default: '/' } },
  });
  if (!values.out) throw new Error('usage: write-site.ts --out <built folder> [--base /]');
  const started = performance.now();
  const addresses = siteAddresses(values.base, siteUrlOf(process.env.SITE_URL, values.base));
  const stylesheet = stylesheetFile();
  const files = await buildSite({
    template: readFileSync(join(values.out, 'index.html'), 'utf8'),
    dataset: builtinDataset(),
    addresses,
    stylesheetHref: addresses.link(stylesheet.fileName),
  });
  for (const { fileName, source } of [stylesheet, ...files]) {
    const target = join(values.out, fileName);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
  }
  const pages = files.filter((file) => file.fileName.endsWith('.html')).length;
  const images = files.filter((file) => file.fileName.endsWith('.png')).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `event pages: ${pages} pages, ${images} preview images, sitemap.xml and robots.txt in ${seconds} s`,
  );
}

await main();
