import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate-dataset';
import {
  addActor,
  addEvent,
  addQuote,
  addRelation,
  addSource,
  blankFields,
  deleteEvent,
  draftFromDataset,
  editEvent,
  emptyDraft,
  eventFieldsOf,
  removeQuote,
  removeRelation,
} from './draft';
import { curatedDataset } from '../../testing/curated-dataset';
import { draftWithEvent, draftWithSource, fields, quote, SOURCE } from '../../testing/draft-fixtures';

const NORTHLAND = { id: 'northland', name: 'Northland', kind: 'state', role: '' } as const;

describe('draft operations', () => {
  it('start from an empty raw dataset', () => {
    expect(emptyDraft()).toEqual({
      version: 1,
      title: '',
      description: '',
      sources: [],
      actors: [],
      events: [],
    });
  });

  it('add a source with an id from its title; the first one names the draft', () => {
    const { draft, id } = addSource(emptyDraft(), {
      ...SOURCE,
      title: '  Bridge shelled twice in one week ',
    });
    expect(id).toBe('bridge-shelled-twice-in-one-week');
    expect(draft.title).toBe('Bridge shelled twice in one week');
    expect(draft.sources[0]).toEqual({ id, ...SOURCE });
    const second = addSource({ ...draft, title: 'My timeline' }, SOURCE);
    expect(second.id).toBe('bridge-shelled-twice-in-one-week-2');
    expect(second.draft.title).toBe('My timeline');
  });

  it('keep the article text exactly as given', () => {
    const text = '  “Quoted”\r\n\r\nline  ';
    expect(addSource(emptyDraft(), { ...SOURCE, text }).draft.sources[0]?.text).toBe(text);
  });

  it('add an actor with an id from its name', () => {
    const { draft, id } = addActor(emptyDraft(), ' Kyiv’s army ', 'armed-force');
    expect(draft.actors).toEqual([{ id: 'kyiv-s-army', name: 'Kyiv’s army', kind: 'armed-force' }]);
    expect(id).toBe('kyiv-s-army');
  });

  it('add an event with its quote, its new actors and only the optional fields given', () => {
    const { draft, id } = addEvent(draftWithSource(), fields({ place: ' Northland bridge ' }), [
      quote('Officials said'),
    ]);
    expect(id).toBe('bridge-shelled');
    expect(draft.actors).toEqual([{ id: 'northland', name: 'Northland', kind: 'state' }]);
    expect(draft.events).toEqual([
      {
        id: 'bridge-shelled',
        title: 'Bridge shelled',
        summary: 'Officials said the bridge was shelled.',
        date: '2023-03-06',
        dateBasis: 'The article says "on Monday", the Monday before it was published.',
        category: 'attack',
        actors: [{ actor: 'northland', role: 'target' }],
        place: 'Northland bridge',
        excerpts: [{ source: 'bridge-shelled-twice-in-one-week', exact: 'Officials said' }],
      },
    ]);
    expect(validateDataset(draft)).toMatchObject({ ok: true, problems: [] });
  });

  it('edit an event: new fields, the same id, quotes and relations; an existing actor can change kind', () => {
    let draft = draftWithEvent();
    draft = addEvent(draft, fields({ title: 'Shelled again', actors: [NORTHLAND] }), [
      quote('the bridge was shelled', 1),
    ]).draft;
    draft = addRelation(draft, 'bridge-shelled', { event: 'shelled-again', relation: 'follows' });
    const edited = editEvent(draft, 'bridge-shelled', {
      ...fields({ title: 'Bridge hit', date: '2023-03' }),
      actors: [{ id: 'northland', name: 'Northland', kind: 'organization', role: '' }],
    });
    const event = edited.events[0]!;
    expect(event).toMatchObject({ id: 'bridge-shelled', title: 'Bridge hit', date: '2023-03' });
    expect(event.actors).toEqual([{ actor: 'northland' }]);
    expect(event.excerpts).toEqual(draft.events[0]!.excerpts);
    expect(event.related).toEqual([{ event: 'shelled-again', relation: 'follows' }]);
    expect(edited.actors).toEqual([{ id: 'northland', name: 'Northland', kind: 'organization' }]);
  });

  it('store a category as typed by its slug', () => {
    const { draft } = addEvent(draftWithSource(), fields({ category: 'Ceasefire talks' }), [
      quote('Officials said'),
    ]);
    expect(draft.events[0]?.category).toBe('ceasefire-talks');
  });

  it('turn a validated dataset into a draft that validates to the same dataset', () => {
    const dataset = curatedDataset();
    const draft = draftFromDataset(dataset);
    expect(draft.sources[0]?.text).toBe(dataset.sources[0]?.text);
    const again = validateDataset(draft);
    expect(again).toMatchObject({ ok: true, problems: [] });
    expect(again.ok && again.dataset.events).toEqual(dataset.events);
  });

  it('give the form a saved event’s fields, which save back unchanged', () => {
    let draft = addEvent(draftWithSource(), fields({ place: 'Northland bridge' }), [
      quote('Officials said'),
    ]).draft;
    draft = addEvent(draft, fields({ title: 'Shelled again', category: 'military', actors: [NORTHLAND] }), [
      quote('Residents said'),
    ]).draft;
    const saved = eventFieldsOf(draft, 'bridge-shelled')!;
    expect(saved).toEqual({
      ...fields({ place: 'Northland bridge' }),
      actors: [{ ...NORTHLAND, role: 'target' }],
    });
    expect(editEvent(draft, 'bridge-shelled', saved)).toEqual(draft);
    expect(eventFieldsOf(draft, 'no-such-event')).toBeUndefined();
    expect(blankFields(draft)).toMatchObject({ title: '', category: 'military', actors: [] });
    expect(blankFields(emptyDraft()).category).toBe('');
  });

  it('give two events with one title different ids', () => {
    let draft = draftWithEvent();
    const second = addEvent(draft, fields(), [quote('Residents said')]);
    draft = second.draft;
    expect(second.id).toBe('bridge-shelled-2');
    expect(draft.actors).toHaveLength(2);
  });

  it('add a quote once and remove it', () => {
    let draft = draftWithEvent();
    draft = addQuote(draft, 'bridge-shelled', quote('the bridge was shelled', 0));
    draft = addQuote(draft, 'bridge-shelled', quote('the bridge was shelled', 0));
    expect(draft.events[0]!.excerpts.map((excerpt) => excerpt.exact)).toEqual([
      'Officials said',
      'the bridge was shelled',
    ]);
    draft = removeQuote(draft, 'bridge-shelled', 0);
    expect(draft.events[0]!.excerpts).toEqual([quote('the bridge was shelled', 0)]);
  });

  it('add a relation once, never to the event itself, and remove it', () => {
    let draft = draftWithEvent();
    draft = addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft;
    const relation = { event: 'bridge-shelled', relation: 'follows' } as const;
    draft = addRelation(draft, 'shelled-again', relation);
    draft = addRelation(draft, 'shelled-again', relation);
    draft = addRelation(draft, 'shelled-again', { event: 'shelled-again', relation: 'follows' });
    expect(draft.events[1]!.related).toEqual([relation]);
    expect(validateDataset(draft)).toMatchObject({ ok: true, problems: [] });
    draft = removeRelation(draft, 'shelled-again', 0);
    expect(draft.events[1]).not.toHaveProperty('related');
  });

  it('delete an event and the relations other events state towards it', () => {
    let draft = draftWithEvent();
    draft = addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft;
    draft = addRelation(draft, 'shelled-again', { event: 'bridge-shelled', relation: 'follows' });
    draft = deleteEvent(draft, 'bridge-shelled');
    expect(draft.events.map((event) => event.id)).toEqual(['shelled-again']);
    expect(draft.events[0]).not.toHaveProperty('related');
    expect(validateDataset(draft)).toMatchObject({ ok: true, problems: [] });
  });
});
