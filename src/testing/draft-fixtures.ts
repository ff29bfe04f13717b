import { addEvent, addSource, emptyDraft, type Draft, type EventFields } from '../domain/editor/draft';
import { quoteSelector } from '../domain/editor/quote-selector';

/** A short article with a repeated phrase, a source of it and event fields, for the editor's tests. */

export const ARTICLE =
  'Officials said the bridge was shelled on Monday.\n\nResidents said the bridge was shelled again on Friday.';

export const SOURCE = {
  title: 'Bridge shelled twice in one week',
  publisher: 'Example News',
  url: 'https://example.org/news/bridge',
  published: '2023-03-10',
  text: ARTICLE,
};

/** The id a draft gives SOURCE, from its title. */
export const SOURCE_ID = 'bridge-shelled-twice-in-one-week';

/** Valid event fields; a new actor "Northland". */
export function fields(overrides: Partial<EventFields> = {}): EventFields {
  return {
    title: 'Bridge shelled',
    summary: 'Officials said the bridge was shelled.',
    date: '2023-03-06',
    dateBasis: 'The article says "on Monday", the Monday before it was published.',
    category: 'attack',
    actors: [{ name: 'Northland', kind: 'state', role: 'target' }],
    place: '',
    attribution: '',
    ...overrides,
  };
}

/** The quote of the `nth` occurrence of `passage` in the article. */
export function quote(passage: string, nth = 0) {
  let start = -1;
  for (let count = 0; count <= nth; count += 1) start = ARTICLE.indexOf(passage, start + 1);
  return {
    source: SOURCE_ID,
    ...quoteSelector(ARTICLE, { start, end: start + passage.length }),
  };
}

/** A new draft holding SOURCE. */
export const draftWithSource = (): Draft => addSource(emptyDraft(), SOURCE).draft;

/** A draft holding SOURCE and one event, `fields()`, quoting "Officials said". */
export const draftWithEvent = (): Draft =>
  addEvent(draftWithSource(), fields(), [quote('Officials said')]).draft;
