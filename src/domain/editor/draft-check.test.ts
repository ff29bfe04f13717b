import { describe, expect, it } from 'vitest';
import { draftWithEvent, draftWithSource, fields, quote, SOURCE } from '../../testing/draft-fixtures';
import { addEvent, emptyDraft } from './draft';
import {
  draftDataset,
  draftProblems,
  editedEventProblems,
  newEventProblems,
  newSourceProblems,
} from './draft-check';

const withSource = draftWithSource();
const withEvent = draftWithEvent();

describe('newSourceProblems', () => {
  it('accepts a complete source', () => {
    expect(newSourceProblems(emptyDraft(), SOURCE)).toEqual([]);
  });

  it('says what is wrong with each field, with the path of the new source', () => {
    const problems = newSourceProblems(withSource, {
      title: ' ',
      publisher: 'Example News',
      url: 'example.org/news',
      published: '2023-02-30',
      text: '  ',
    });
    const published = '"2023-02-30" has day 30, but that month has 28 days';
    expect(problems).toEqual([
      { path: 'sources[1].title', message: 'is empty', effect: 'dropped' },
      { path: 'sources[1].published', message: published, effect: 'dropped' },
      {
        path: 'sources[1].url',
        message:
          '"example.org/news" is not an absolute http: or https: address; the source is kept without a link',
        effect: 'repaired',
      },
      { path: 'sources[1].text', message: 'must not be empty' },
    ]);
    expect(newSourceProblems(withSource, { ...SOURCE, published: '2023-02-30' })).toEqual([
      { path: 'sources[1].published', message: published, effect: 'dropped' },
    ]);
  });
});

describe('newEventProblems', () => {
  it('accepts a complete event', () => {
    expect(newEventProblems(withSource, fields(), [quote('Officials said')])).toEqual([]);
  });

  it('refuses an impossible date and empty required fields, naming the new event', () => {
    expect(
      newEventProblems(withSource, fields({ date: '2024-02-30', summary: '' }), [quote('Officials said')]),
    ).toEqual([
      {
        path: 'events[0].date',
        message: '"2024-02-30" has day 30, but that month has 29 days',
        effect: 'dropped',
      },
      { path: 'events[0].summary', message: 'is empty; "Bridge shelled" is used', effect: 'repaired' },
    ]);
  });

  it('refuses an event without actors or quotes', () => {
    expect(newEventProblems(withSource, fields({ actors: [] }), [])).toEqual([
      {
        path: 'events[0].excerpts',
        message: 'has no quote; the event is kept, marked as not verified against a source',
        effect: 'repaired',
      },
      {
        path: 'events[0].actors',
        message: 'names no actor; the event is kept without one',
        effect: 'repaired',
      },
    ]);
  });

  it('reports a new actor’s problem as one of the event’s actors', () => {
    const actors = [{ name: 'N'.repeat(201), kind: 'state', role: '' }] as const;
    expect(newEventProblems(withSource, fields({ actors }), [quote('Officials said')])).toEqual([
      {
        path: 'events[0].actors',
        message: `“${'N'.repeat(201)}”: has 201 characters, more than 200; shortened`,
      },
    ]);
  });

  it('checks the event even while the timeline has no title', () => {
    const untitled = { ...withSource, title: '' };
    expect(newEventProblems(untitled, fields({ date: 'soon' }), [quote('Officials said')])).toEqual([
      {
        path: 'events[0].date',
        message:
          '"soon" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %), or YYYY-MM-DDThh:mm:ss',
        effect: 'dropped',
      },
    ]);
  });
});

describe('editedEventProblems', () => {
  it('checks the saved event with the form’s fields', () => {
    expect(editedEventProblems(withEvent, 'bridge-shelled', fields({ date: '2024-02' }))).toEqual([]);
    expect(editedEventProblems(withEvent, 'bridge-shelled', fields({ title: '' }))).toEqual([
      { path: 'events[0].title', message: 'is empty', effect: 'dropped' },
    ]);
  });
});

describe('draftProblems', () => {
  it('finds nothing wrong with a draft built by the operations', () => {
    expect(draftProblems(withEvent)).toEqual([]);
  });

  it('lists the timeline’s own problems and its records’ problems together', () => {
    const broken = { ...withEvent, title: '', events: [{ ...withEvent.events[0]!, date: '2024-13' }] };
    expect(draftProblems(broken)).toEqual([
      { path: 'dataset.title', message: 'is empty; "Untitled dataset" is used', effect: 'repaired' },
      { path: 'events[0].date', message: '"2024-13" has month 13, not 01 to 12', effect: 'dropped' },
    ]);
  });
});

describe('draftDataset', () => {
  it('is the draft as the app opens it, before the timeline has a title', () => {
    const dataset = draftDataset({ ...withEvent, title: '' });
    expect(dataset?.events.map((event) => event.id)).toEqual(withEvent.events.map((event) => event.id));
    expect(dataset?.events[0]?.excerpts[0]).toMatchObject({
      start: expect.any(Number),
      end: expect.any(Number),
    });
    expect(draftDataset(emptyDraft())?.events).toEqual([]);
  });

  it('checks the same records once: an equal draft, as saved from the form, gives the very same dataset', () => {
    const dataset = draftDataset(withEvent);
    expect(draftDataset(structuredClone(withEvent))).toBe(dataset);
    expect(draftDataset({ ...withEvent, title: 'Another title' })).toBe(dataset);
    const { draft } = addEvent(withEvent, fields({ title: 'Shelled again' }), [quote('Residents said')]);
    expect(draftDataset(draft)).not.toBe(dataset);
  });

  it('leaves out an event the validator refuses, and keeps the rest', () => {
    const { draft } = addEvent(withEvent, fields({ title: 'Impossible', date: '2023-02-30' }), [
      quote('Residents said'),
    ]);
    expect(draftDataset(draft)?.events.map((event) => event.title)).toEqual(['Bridge shelled']);
  });
});
