/*
 * The editor bench's long article and its draft: 100,000 characters in paragraphs, 200 events each quoting a
 * sentence of its own, built with the editor's own operations so that the draft is exactly what an author
 * would have made (and what the editor opens as a dataset to edit).
 */
import { addEvent, addSource, emptyDraft, type Draft } from '../src/domain/editor/draft';
import { quoteSelector } from '../src/domain/editor/quote-selector';

export const ARTICLE_LENGTH = 100_000;
export const EVENT_COUNT = 200;
const CATEGORIES = ['attack', 'diplomacy', 'aid', 'policy'];

/** The sentence event `index` quotes; "at dawn" after the number keeps "5" from matching inside "50". */
export const quotedSentence = (index: number) =>
  `Report ${index + 1} says the convoy reached checkpoint ${index + 1} at dawn.`;

const FILLER =
  'Residents described long queues for water, and officials repeated that repairs to the grid would take weeks. ';

/** The article: one quoted sentence per paragraph among filler, cut to exactly ARTICLE_LENGTH characters. */
export function longArticle(): string {
  const perParagraph = Math.ceil(ARTICLE_LENGTH / EVENT_COUNT);
  const paragraphs = Array.from({ length: EVENT_COUNT }, (_, index) => {
    const quoted = quotedSentence(index);
    const filler = FILLER.repeat(Math.ceil(perParagraph / FILLER.length)).slice(
      0,
      perParagraph - quoted.length - 3,
    );
    return `${quoted} ${filler.trim()}.`;
  });
  const text = paragraphs.join('\n\n');
  return text.length >= ARTICLE_LENGTH ? text.slice(0, ARTICLE_LENGTH) : text.padEnd(ARTICLE_LENGTH, '.');
}

/** A valid draft of the article with EVENT_COUNT events, one day apart. */
export function longDraft(): Draft {
  const text = longArticle();
  const source = addSource(emptyDraft(), {
    title: 'A long report',
    publisher: 'Bench News',
    url: 'https://example.org/long-report',
    published: '2024-12-31',
    text,
  });
  let draft = { ...source.draft, description: 'The editor bench: a long article with many events.' };
  for (let index = 0; index < EVENT_COUNT; index += 1) {
    const exact = quotedSentence(index);
    const start = text.indexOf(exact);
    const day = new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
    const fields = {
      title: `Convoy reaches checkpoint ${index + 1}`,
      summary: `The convoy reached checkpoint ${index + 1}.`,
      date: day,
      dateBasis: 'The report gives the day.',
      category: CATEGORIES[index % CATEGORIES.length]!,
      actors: [
        { ...(index > 0 && { id: 'convoy' }), name: 'Convoy', kind: 'organization' as const, role: '' },
      ],
      place: '',
      attribution: '',
    };
    const excerpt = { source: source.id, ...quoteSelector(text, { start, end: start + exact.length }) };
    draft = addEvent(draft, fields, [excerpt]).draft;
  }
  return draft;
}
