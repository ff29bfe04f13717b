/*
 * An event as a short article, for readers without JavaScript and for crawlers: what the details panel says,
 * in plain HTML inside the app's root element (the app replaces it when it starts).
 */
import type { CategoryInfo } from '../../src/domain/categories';
import { describePrecision, formatEdtf } from '../../src/domain/date-format';
import { reportsWithOtherDates } from '../../src/domain/provenance';
import { relationGroups, type IncomingRelations } from '../../src/domain/relations';
import { textFragmentUrl } from '../../src/domain/text-fragment';
import type { Dataset, EdtfDate, TimelineEvent } from '../../src/domain/types';
import { fragment, h, type Child, type Markup } from './html';
import { isoDateCovering } from './json-ld';

export interface ArticleContext {
  readonly dataset: Dataset;
  readonly incoming: IncomingRelations;
  readonly categories: ReadonlyMap<string, CategoryInfo>;
  /** Root-relative links: the whole timeline, and each event's page. */
  readonly timelineHref: string;
  readonly eventHref: (eventId: string) => string;
}

/** A date in words, machine-readable where ISO 8601 can say it. */
function dateText(date: EdtfDate): Markup {
  const iso = isoDateCovering(date);
  return iso ? h('time', { datetime: iso }, formatEdtf(date)) : fragment(formatEdtf(date));
}

function fact(term: string, ...details: Child[]): Markup {
  return h('div', {}, h('dt', {}, term), h('dd', {}, ...details));
}

function facts(event: TimelineEvent, { dataset }: ArticleContext): Markup {
  const reports = reportsWithOtherDates(event, dataset.sourceById);
  return h(
    'dl',
    { class: 'static-facts' },
    fact('When', dateText(event.date)),
    fact('Date precision', describePrecision(event.date)),
    fact('How we know the date', event.dateBasis),
    reports.length > 0 &&
      fact(
        'Reported',
        reports.map((source) =>
          h(
            'p',
            {},
            dateText(source.published),
            `, by ${source.publisher}`,
            reports.length > 1 && ` in “${source.title}”`,
            '.',
            source.publishedBasis && ` ${source.publishedBasis}`,
          ),
        ),
      ),
    event.place && fact('Where', event.place),
    fact(
      'Who',
      h(
        'ul',
        {},
        event.actors.map(({ actorId, role }) =>
          h('li', {}, dataset.actorById.get(actorId)?.name ?? actorId, role && ` — ${role}`),
        ),
      ),
    ),
    event.attribution && fact('Attribution', event.attribution),
  );
}

function quotes(event: TimelineEvent, { dataset }: ArticleContext): Markup {
  return fragment(
    h('h2', {}, 'From the source'),
    event.excerpts.map((excerpt) => {
      const source = dataset.sourceById.get(excerpt.sourceId);
      return h(
        'figure',
        { class: 'static-quote' },
        h('blockquote', { cite: source?.url }, excerpt.exact),
        source &&
          h(
            'figcaption',
            {},
            h('cite', {}, source.title),
            `, ${source.publisher}. `,
            source.url !== undefined &&
              h(
                'a',
                { href: textFragmentUrl(source.url, excerpt, { text: source.text, start: excerpt.start }) },
                'Open this passage in the original',
              ),
          ),
      );
    }),
  );
}

function related(event: TimelineEvent, context: ArticleContext): Markup | false {
  const groups = relationGroups(event, context.incoming);
  if (groups.length === 0) return false;
  return fragment(
    h('h2', {}, 'Related events'),
    h(
      'dl',
      { class: 'static-related' },
      groups.map(({ label, eventIds }) =>
        fact(
          `${label}:`,
          h(
            'ul',
            {},
            eventIds.map((id) =>
              h(
                'li',
                {},
                h('a', { href: context.eventHref(id) }, context.dataset.eventById.get(id)?.title ?? id),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function timelineLink(context: ArticleContext): Markup {
  const { dataset } = context;
  return h(
    'a',
    { href: context.timelineHref },
    `All ${dataset.events.length} events on the timeline: ${dataset.title}`,
  );
}

export function eventArticle(event: TimelineEvent, context: ArticleContext): Markup {
  const category = context.categories.get(event.category);
  return h(
    'main',
    { class: 'static-page' },
    h('p', { class: 'static-back' }, timelineLink(context)),
    h(
      'article',
      {},
      category && h('p', {}, h('span', { class: `category-chip category-${category.slot}` }, category.label)),
      h('h1', {}, event.title),
      facts(event, context),
      h('p', { class: 'static-summary' }, event.summary),
      quotes(event, context),
      related(event, context),
    ),
    h('p', { class: 'static-back' }, timelineLink(context)),
  );
}
