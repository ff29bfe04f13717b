import { parseEdtf } from './edtf';
import type { AnchoredExcerpt, Dataset, EdtfDate, Era, Source, TimelineEvent } from './types';

/*
 * Moving a validated dataset from the loading worker to the page. Structured cloning 100,000 event objects
 * costs several times more than JSON text, so the worker sends text: dates as their EDTF strings (parsed
 * again, cheaply) and quotes without their text, which is cut back out of the source (a slice shares the
 * source's memory). Strings that repeat across events are shared. Only data this app's own validator
 * produced may come through here: it is not checked again.
 */

type TransferExcerpt = Omit<AnchoredExcerpt, 'exact'>;
type TransferEvent = Omit<TimelineEvent, 'date' | 'excerpts'> & { date: string; excerpts: TransferExcerpt[] };
type TransferSource = Omit<Source, 'published'> & { published: string };
type TransferEra = Omit<Era, 'date'> & { date: string };
interface TransferDataset extends Pick<Dataset, 'version' | 'title' | 'description' | 'actors'> {
  sources: TransferSource[];
  events: TransferEvent[];
  eras: TransferEra[];
}

export function datasetToTransfer(dataset: Dataset): string {
  const transfer: TransferDataset = {
    version: dataset.version,
    title: dataset.title,
    description: dataset.description,
    actors: [...dataset.actors],
    sources: dataset.sources.map((source) => ({ ...source, published: source.published.text })),
    events: dataset.events.map((event) => ({
      ...event,
      date: event.date.text,
      excerpts: event.excerpts.map(({ exact: _exact, ...excerpt }) => excerpt),
    })),
    eras: dataset.eras.map((era) => ({ ...era, date: era.date.text })),
  };
  return JSON.stringify(transfer);
}

function validatedDate(text: string): EdtfDate {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(`transferred date "${text}" is invalid: ${parsed.error}`);
  return parsed.value;
}

function stringPool() {
  const pool = new Map<string, string>();
  return <T extends string | undefined>(text: T): T => {
    if (text === undefined) return text;
    const shared = pool.get(text);
    if (shared !== undefined) return shared as T;
    pool.set(text, text);
    return text;
  };
}

export function datasetFromTransfer(json: string): Dataset {
  const plain = JSON.parse(json) as TransferDataset;
  const share = stringPool();
  const sources = plain.sources.map((source) => ({ ...source, published: validatedDate(source.published) }));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const events: TimelineEvent[] = plain.events.map((event) => ({
    ...event,
    date: validatedDate(event.date),
    dateBasis: share(event.dateBasis),
    category: share(event.category),
    ...(event.place !== undefined && { place: share(event.place) }),
    ...(event.attribution !== undefined && { attribution: share(event.attribution) }),
    actors: event.actors.map((actor) => ({
      ...actor,
      actorId: share(actor.actorId),
      role: share(actor.role),
    })),
    excerpts: event.excerpts.map((excerpt) => ({
      ...excerpt,
      sourceId: share(excerpt.sourceId),
      exact: sourceById.get(excerpt.sourceId)!.text.slice(excerpt.start, excerpt.end),
    })),
  }));
  return {
    version: plain.version,
    title: plain.title,
    description: plain.description,
    sources,
    actors: plain.actors,
    events,
    sourceById,
    actorById: new Map(plain.actors.map((actor) => [actor.id, actor])),
    eventById: new Map(events.map((event) => [event.id, event])),
    eras: plain.eras.map((era) => ({ ...era, date: validatedDate(era.date) })),
  };
}
