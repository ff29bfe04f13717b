import { describe, expect, it } from 'vitest';
import type { Dataset } from '../types';
import { importDataset, type ImportResult } from './import-dataset';
import { TIMELINEJS_DATE_BASIS } from './timelinejs';
import { TIMELINEJS_SAMPLE, expectImported } from '../../testing/import-fixtures';

/** Every string in the dataset's records, for checks that must hold everywhere. */
function allStrings(dataset: Dataset): string[] {
  const strings: string[] = [dataset.title, dataset.description];
  for (const source of dataset.sources)
    strings.push(source.title, source.publisher, source.url ?? '', source.text);
  for (const actor of dataset.actors) strings.push(actor.id, actor.name);
  for (const event of dataset.events) {
    strings.push(event.id, event.title, event.summary, event.category, event.dateBasis);
    strings.push(...event.excerpts.map((excerpt) => excerpt.exact));
  }
  return strings;
}

function importJson(value: unknown, fileName?: string): ImportResult {
  return importDataset(JSON.stringify(value), fileName);
}

describe('TimelineJS import: the sample file', () => {
  const result = expectImported(importJson(TIMELINEJS_SAMPLE, 'war.json'));
  const { dataset } = result;

  it('keeps every event with a start date, mends the rest, and names each by its index in the file', () => {
    expect(result.format).toBe('timelinejs');
    expect(dataset.events.map((event) => event.id)).toEqual([
      'year-only-2024',
      'year-only-2024-2',
      'bad-day-2024',
      'restrictions-partly-lifted-2024',
      'atacms-approval',
      'backwards-2024',
    ]);
    expect(result.problems).toEqual([
      {
        path: 'events[0].media.url',
        message: '"javascript:alert(1)" is not an http: or https: address; the media is left out',
        effect: 'repaired',
      },
      {
        path: 'events[2].start_date',
        message: 'is missing; every TimelineJS event needs a start date',
        effect: 'dropped',
      },
      {
        path: 'events[3].start_date.day',
        message: '30 is not 1 to 29; the day is left out',
        effect: 'repaired',
      },
      { path: 'events[6]', message: 'must be an object, not "not an object"', effect: 'dropped' },
      {
        path: 'events[7].end_date',
        message: '"2024-11-20/2024-11-18" ends before it starts; the end is left out',
        effect: 'repaired',
      },
    ]);
    expect(result.counts.events).toEqual({ loaded: 6, repaired: 3, dropped: 2 });
  });

  it('keeps media with its event and the links of its text as plain links', () => {
    expect(dataset.eventById.get('restrictions-partly-lifted-2024')?.media).toEqual({
      url: 'https://example.org/photo.jpg',
      caption: 'caption',
    });
    expect(dataset.eventById.get('atacms-approval')?.links).toEqual([
      { url: 'https://example.org', text: 'Sunday' },
    ]);
    expect(dataset.eventById.get('atacms-approval')).not.toHaveProperty('media');
  });

  it('turns HTML into plain text, with no markup or script left anywhere', () => {
    expect(dataset.title).toBe('The war in 2024');
    expect(dataset.description).toBe('Events & their sources');
    expect(dataset.eventById.get('atacms-approval')).toMatchObject({
      title: 'Biden approves ATACMS & more',
      summary: 'The decision became public on Sunday.',
    });
    expect(dataset.eventById.get('restrictions-partly-lifted-2024')).toMatchObject({
      title: 'Restrictions partly lifted',
      summary: 'Text with “quotes” and spaces on two lines',
    });
    const strings = allStrings(dataset);
    for (const text of strings) {
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/alert|onerror|color: red|&[a-z]+;|&#/);
    }
  });

  it('takes dates at the precision given, intervals from end_date', () => {
    expect(Object.fromEntries(dataset.events.map((event) => [event.id, event.date.text]))).toEqual({
      'atacms-approval': '2024-11-17',
      'restrictions-partly-lifted-2024': '2024-05/2024-06',
      'year-only-2024': '2024',
      'year-only-2024-2': '2024',
      'bad-day-2024': '2024-02',
      'backwards-2024': '2024-11-20',
    });
    expect(dataset.events.every((event) => event.dateBasis === TIMELINEJS_DATE_BASIS)).toBe(true);
  });

  it('makes categories and actors from groups, "Unattributed" where there is none', () => {
    expect(dataset.actors).toEqual([
      { id: 'policy', name: 'Policy', kind: 'organization' },
      { id: 'unattributed', name: 'Unattributed', kind: 'organization' },
    ]);
    expect(dataset.eventById.get('atacms-approval')).toMatchObject({
      category: 'policy',
      actors: [{ actorId: 'policy' }],
    });
    expect(dataset.eventById.get('year-only-2024')).toMatchObject({
      category: 'uncategorized',
      actors: [{ actorId: 'unattributed' }],
    });
  });

  it('stores the texts as one source, each event quoting its own line', () => {
    expect(dataset.sources).toHaveLength(1);
    const [source] = dataset.sources;
    expect(source).toMatchObject({
      id: 'timelinejs',
      title: 'The war in 2024',
      publisher: 'TimelineJS file',
      published: { text: '2024/..' },
      text: [
        'atacms-approval: Biden approves ATACMS & more — The decision became public on Sunday.',
        'restrictions-partly-lifted-2024: Restrictions partly lifted — Text with “quotes” and spaces on two lines',
        'bad-day-2024: Bad day',
        'year-only-2024: Year only',
        'year-only-2024-2: Year only',
        'backwards-2024: Backwards',
      ].join('\n'),
    });
    // A TimelineJS file gives no address for itself; its media are pictures, not the text quoted.
    expect(source).not.toHaveProperty('url');
    for (const event of dataset.events) {
      const [excerpt] = event.excerpts;
      expect(source?.text.slice(excerpt?.start, excerpt?.end)).toBe(excerpt?.exact);
      expect(excerpt?.exact.startsWith(`${event.id}: `)).toBe(true);
    }
  });
});

describe('TimelineJS import: other files', () => {
  const event = (extra: Record<string, unknown>) => ({ start_date: { year: 2024 }, ...extra });

  it('names the dataset after the file', () => {
    const result = expectImported(
      importJson({ events: [event({ text: { headline: 'Only event' } })] }, 'dir/my timeline.json'),
    );
    expect(result.dataset.title).toBe('my timeline.json');
    expect(result.dataset.description).toBe('1 events imported from the TimelineJS file "my timeline.json".');
  });

  it('takes ids from unique_id first, then headline and year, deduplicated', () => {
    const result = expectImported(
      importJson({
        events: [
          event({ text: { headline: 'Same' } }),
          event({ unique_id: 'same-2024', text: { headline: 'Other' } }),
          event({ unique_id: 'same-2024', text: { headline: 'Third' } }),
          event({ unique_id: 'Ünïcode ID!', text: {} }),
          event({ text: { headline: 'Київ' } }),
        ],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.dataset.events.map((item) => item.id).sort()).toEqual(
      ['same-2024', 'same-2024-2', 'same-2024-3', 'unicode-id', 'event-2024'].sort(),
    );
    expect(result.dataset.eventById.get('same-2024')?.title).toBe('Other');
    expect(result.dataset.eventById.get('unicode-id')?.title).toBe('Untitled event');
  });

  it('drops events without a readable year, keeps a date at the precision left, ignores an end_date without a year', () => {
    const result = importJson({
      events: [
        event({ start_date: { year: 'MMXXIV' } }),
        event({ start_date: { year: -500 }, text: { headline: 'BC' } }),
        event({ start_date: { year: 2024, day: 3 }, text: { headline: 'No month' } }),
        event({ start_date: { year: 2024, month: 13 }, text: { headline: 'Month 13' } }),
        event({ start_date: { month: 5 } }),
        event({ start_date: '2024-11-17' }),
        event({ start_date: { year: 2024.5 } }),
        event({ end_date: { year: '', month: '' }, text: { headline: 'Kept' } }),
      ],
    });
    expect(result.problems).toEqual([
      { path: 'events[0].start_date.year', message: '"MMXXIV" is not a whole number', effect: 'dropped' },
      {
        path: 'events[2].start_date.day',
        message: 'is given without a month; the day is left out',
        effect: 'repaired',
      },
      {
        path: 'events[3].start_date.month',
        message: '13 is not 1 to 12; the month and day are left out',
        effect: 'repaired',
      },
      { path: 'events[4].start_date.year', message: 'is missing', effect: 'dropped' },
      {
        path: 'events[5].start_date',
        message: 'must be an object like { "year": 2024, "month": 11, "day": 17 }, not "2024-11-17"',
        effect: 'dropped',
      },
      { path: 'events[6].start_date.year', message: '2024.5 is not a whole number', effect: 'dropped' },
    ]);
    expect(
      Object.fromEntries(expectImported(result).dataset.events.map((item) => [item.title, item.date.text])),
    ).toEqual({
      BC: '-0500',
      'No month': '2024',
      'Month 13': '2024',
      Kept: '2024',
    });
  });

  it('names validation problems by the event’s index in the file', () => {
    const result = importJson({
      events: [
        event({ text: { headline: 'Fine' } }),
        'x',
        event({ group: 'x'.repeat(300), text: { headline: 'Long group' } }),
      ],
    });
    expect(expectImported(result).problems).toEqual([
      { path: 'events[1]', message: 'must be an object, not "x"', effect: 'dropped' },
    ]);
    // group names are shortened to the contract's 200 characters rather than dropping the event
    expect(expectImported(result).dataset.actors.map((actor) => actor.name.length)).toContain(200);
  });

  it('fails a file none of whose events can be read', () => {
    expect(importJson({ events: [{ start_date: {} }] })).toEqual({
      ok: false,
      format: 'timelinejs',
      problems: [
        { path: 'events[0].start_date.year', message: 'is missing', effect: 'dropped' },
        { path: 'file', message: 'has no TimelineJS event that could be read' },
      ],
    });
  });
});
