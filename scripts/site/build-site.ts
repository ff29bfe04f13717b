/*
 * Everything the build writes beside the app for links that travel: a page per event (readable without
 * JavaScript, with its own card), a preview image per event and for the dataset, the root page's card,
 * sitemap.xml and robots.txt.
 */
import { categoriesOf } from '../../src/domain/categories';
import { formatEdtf } from '../../src/domain/date-format';
import { incomingRelations } from '../../src/domain/relations';
import type { Dataset, TimelineEvent } from '../../src/domain/types';
import {
  DATASET_IMAGE_PATH,
  eventImagePath,
  eventPagePath,
  SITEMAP_PATH,
  type SiteAddresses,
} from './addresses';
import { eventArticle, type ArticleContext } from './event-article';
import { firstPaint } from './first-paint';
import { fragment, h } from './html';
import { datasetJsonLd, eventJsonLd } from './json-ld';
import { openingWords } from './opening-words';
import { fillTemplate, siteNameOf, type PageCard } from './page-card';
import { renderPreview, type PreviewContent } from './preview-image';
import { robotsTxt, sitemapXml } from './sitemap';

export interface SiteInput {
  /** The built index.html. */
  readonly template: string;
  readonly dataset: Dataset;
  readonly addresses: SiteAddresses;
  /** Root-relative address of the event pages' stylesheet. */
  readonly stylesheetHref: string;
  /** Draws a preview image; tests that do not look at the images pass a quicker one. */
  readonly drawImage?: (content: PreviewContent) => Promise<Uint8Array>;
}

export interface SiteFile {
  /** Path under the build's output folder. */
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

const QUOTE_LENGTH = 160;

/** The image's alt text says what the image shows, in the order it shows it. */
export function describePreview(content: PreviewContent): string {
  return [
    `${content.kicker}${content.date ? `, ${content.date}` : ''}: ${content.title}.`,
    content.passage && (content.passage.quoted ? `“${content.passage.text}”` : content.passage.text),
    `${content.source}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

function eventPreview(
  event: TimelineEvent,
  dataset: Dataset,
  context: ArticleContext,
  siteName: string,
): PreviewContent {
  const [excerpt] = event.excerpts;
  const source = excerpt && dataset.sourceById.get(excerpt.sourceId);
  const category = context.categories.get(event.category);
  return {
    kicker: category?.label ?? event.category,
    date: formatEdtf(event.date),
    title: event.title,
    passage: excerpt && { text: openingWords(excerpt.exact, QUOTE_LENGTH), quoted: true },
    source: source ? `${source.publisher} · ${source.title}` : dataset.title,
    slots: [category?.slot ?? 0],
    siteName,
  };
}

function datasetPreview(dataset: Dataset, context: ArticleContext, siteName: string): PreviewContent {
  const publishers = [...new Set(dataset.sources.map((source) => source.publisher))];
  return {
    kicker: `${dataset.events.length} events`,
    title: dataset.title,
    passage: { text: openingWords(dataset.description, QUOTE_LENGTH), quoted: false },
    source: `From ${publishers.join(', ')}`,
    slots: [...context.categories.values()].map((category) => category.slot),
    siteName,
  };
}

interface Site extends SiteInput {
  readonly siteName: string;
  readonly context: ArticleContext;
}

/** An image and the card that shows it. */
async function imageCard(site: Site, imagePath: string, preview: PreviewContent) {
  const draw = site.drawImage ?? renderPreview;
  const file: SiteFile = { fileName: imagePath, source: await draw(preview) };
  return { file, image: { url: site.addresses.published(imagePath), alt: describePreview(preview) } };
}

function firstPaintOf(site: Site, selectedId?: string) {
  const { dataset, siteName, context } = site;
  return firstPaint({ dataset, siteName, eventHref: context.eventHref, ...(selectedId && { selectedId }) });
}

async function eventFiles(site: Site, event: TimelineEvent): Promise<SiteFile[]> {
  const { addresses, dataset } = site;
  const path = eventPagePath(event.id);
  const url = addresses.published(path);
  const preview = eventPreview(event, dataset, site.context, site.siteName);
  const { file, image } = await imageCard(site, eventImagePath(event.id), preview);
  const card: PageCard = {
    title: event.title,
    description: event.summary,
    url,
    type: 'article',
    image,
    jsonLd: eventJsonLd(event, dataset, { url, image: image.url }),
  };
  const head = h('link', { rel: 'stylesheet', href: site.stylesheetHref });
  const root = fragment(firstPaintOf(site, event.id), eventArticle(event, site.context));
  return [file, { fileName: `${path}index.html`, source: fillTemplate(site.template, { card, head, root }) }];
}

async function rootFiles(site: Site): Promise<SiteFile[]> {
  const { addresses, dataset } = site;
  const url = addresses.published('');
  const preview = datasetPreview(dataset, site.context, site.siteName);
  const { file, image } = await imageCard(site, DATASET_IMAGE_PATH, preview);
  const card: PageCard = {
    title: dataset.title,
    description: dataset.description,
    url,
    type: 'website',
    image,
    jsonLd: datasetJsonLd(dataset, { url, image: image.url }),
  };
  const root = firstPaintOf(site);
  return [file, { fileName: 'index.html', source: fillTemplate(site.template, { card, root }) }];
}

function crawlerFiles({ addresses, dataset }: Site): SiteFile[] {
  const pages = ['', ...dataset.events.map((event) => eventPagePath(event.id))];
  return [
    { fileName: SITEMAP_PATH, source: sitemapXml(pages.map(addresses.published)) },
    { fileName: 'robots.txt', source: robotsTxt(addresses.published(SITEMAP_PATH)) },
  ];
}

export async function buildSite(input: SiteInput): Promise<SiteFile[]> {
  const { dataset, addresses } = input;
  const site: Site = {
    ...input,
    siteName: siteNameOf(input.template),
    context: {
      dataset,
      incoming: incomingRelations(dataset.events),
      categories: new Map(categoriesOf(dataset.events).map((category) => [category.id, category])),
      timelineHref: addresses.link(''),
      eventHref: (eventId) => addresses.link(eventPagePath(eventId)),
    },
  };
  const pages = await Promise.all([
    rootFiles(site),
    ...dataset.events.map((event) => eventFiles(site, event)),
  ]);
  return [...pages.flat(), ...crawlerFiles(site)];
}
