import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawEvent } from '../src/domain/contract';

/** The curated dataset as the specs read it: straight from data/, so expectations follow the data. */
const dataUrl = new URL('../data/', import.meta.url);
const dataset = JSON.parse(readFileSync(fileURLToPath(new URL('icaro-atacms.json', dataUrl)), 'utf8')) as {
  title: string;
  events: RawEvent[];
  sources: { id: string; textFile: string }[];
};

export const curatedEvents = dataset.events;
export const curatedTitle = dataset.title;
export const sourceText = readFileSync(fileURLToPath(new URL(dataset.sources[0]!.textFile, dataUrl)), 'utf8');

export function curatedEvent(id: string): RawEvent {
  const event = curatedEvents.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event "${id}" in data/icaro-atacms.json`);
  return event;
}
