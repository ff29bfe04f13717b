/*
 * The built-in dataset's events as the page's first paint, before (or without) the app's scripts: the header
 * and, in the timeline's place, every event in time order as a link to its page. It is laid out with the
 * app's own classes and stylesheets (src/app/first-paint.css), so that the header and the events sit where
 * the app will put them; the app then takes the events' box over until its timeline is drawn (src/main.tsx),
 * so nothing jumps. e2e/first-paint.spec.ts measures that the timeline takes the same place.
 */
import { formatEdtf } from '../../src/domain/date-format';
import type { Dataset, Source } from '../../src/domain/types';
import { sortEvents } from '../../src/domain/validate-dataset';
import { fragment, h, type Markup } from './html';

export interface FirstPaintContext {
  readonly dataset: Dataset;
  readonly siteName: string;
  readonly eventHref: (eventId: string) => string;
  /** The event whose page this is; none on the root page. */
  readonly selectedId?: string;
}

/** As the app's header credits a source (src/app/Header.tsx). */
function sourceCredit(source: Source): Markup {
  return fragment(
    `${source.publisher}, `,
    h(
      'a',
      { href: source.url, target: '_blank', rel: 'noopener noreferrer' },
      `“${source.title}”`,
      h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
    ),
    ' ',
    h('span', { class: 'source-date' }, `(${formatEdtf(source.published)})`),
  );
}

function header({ dataset, siteName }: FirstPaintContext): Markup {
  const [source, ...more] = dataset.sources;
  return h(
    'header',
    { class: 'site-header' },
    h('p', { class: 'site-name visually-hidden-when-narrow' }, siteName),
    h('div', { class: 'site-tools' }),
    h(
      'div',
      { class: 'dataset-heading' },
      h('h1', { class: 'dataset-title', title: dataset.title }, dataset.title),
      h(
        'div',
        { class: 'dataset-about-line' },
        source && more.length === 0 && h('p', { class: 'dataset-sources' }, 'Source: ', sourceCredit(source)),
        dataset.description &&
          h(
            'details',
            { class: 'dataset-about' },
            h('summary', {}, 'About', h('span', { class: 'visually-hidden-when-narrow' }, ' this dataset')),
            h(
              'div',
              { class: 'dataset-about-body' },
              h('p', { class: 'dataset-description' }, dataset.description),
            ),
          ),
      ),
    ),
  );
}

function eventList(context: FirstPaintContext): Markup {
  const { dataset } = context;
  return h(
    'section',
    { class: 'first-paint-events', 'aria-labelledby': 'first-paint-heading' },
    h('h2', { id: 'first-paint-heading', class: 'first-paint-heading' }, `${dataset.events.length} events`),
    h(
      'ol',
      {},
      sortEvents([...dataset.events]).map((event) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: context.eventHref(event.id),
              'aria-current': event.id === context.selectedId ? 'page' : undefined,
            },
            h('span', { class: 'first-paint-date' }, formatEdtf(event.date)),
            ' ',
            h('span', { class: 'first-paint-title' }, event.title),
          ),
        ),
      ),
    ),
  );
}

/** The page's first paint: the header, and the events where the timeline will be. */
export function firstPaint(context: FirstPaintContext): Markup {
  return h(
    'div',
    { class: 'app-shell first-paint' },
    header(context),
    h(
      'div',
      { class: 'app-main first-paint-main' },
      h('div', { class: 'filter-column' }),
      h(
        'div',
        { class: 'main-column' },
        h('div', { class: 'events-view' }, h('div', { class: 'events-bar' }), eventList(context)),
      ),
    ),
  );
}
