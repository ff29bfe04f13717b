import { describe, expect, it } from 'vitest';
import { isDrawable } from '../event-index';
import { formatEdtf } from '../date-format';
import type { TimelineEvent } from '../types';
import { importDataset } from './import-dataset';
import { expectImported } from '../../testing/import-fixtures';

/*
 * TimelineJS files in the shapes of Knight Lab's own examples and documentation: media credits with links and
 * protocol-relative addresses, times of day, BCE and cosmological years, display dates, eras, and the
 * TimelineJS 2 format. Written here by hand, small.
 */

function importJson(value: unknown, fileName = 'timeline.json') {
  return expectImported(importDataset(JSON.stringify(value), fileName));
}

function byTitle(events: readonly TimelineEvent[]): Record<string, TimelineEvent> {
  return Object.fromEntries(events.map((event) => [event.title, event]));
}

/** The shape of Knight Lab's "Whitney Houston" example: a title slide, media with HTML credits. */
const BIOGRAPHY = {
  title: {
    media: { url: '//www.flickr.com/photos/tm_10001/2310475988/', caption: 'On tour in Hamburg.' },
    text: { headline: 'Whitney Houston<br/> 1963 - 2012', text: '<p>A look at her career.</p>' },
  },
  events: [
    {
      media: {
        url: '//www.flickr.com/photos/11447043@N00/418180903/',
        caption: 'Houston&#8217;s mother, Cissy Houston.',
        credit: "Photo: <a href='http://www.flickr.com/photos/11447043@N00/418180903/'>Tom Marcello</a>",
      },
      start_date: { month: '8', day: '9', year: '1963' },
      text: {
        headline: 'A Musical Heritage',
        text: '<p>Born in New Jersey on August 9th, 1963, &eacute;lite <a href="https://en.wikipedia.org/wiki/Newark">Newark</a>.</p>',
      },
    },
    {
      start_date: {
        year: '1985',
        month: '2',
        day: '14',
        hour: '20',
        minute: '30',
        display_date: 'Valentine’s night, 1985',
      },
      text: { headline: 'Debut album' },
      group: 'Music',
    },
  ],
};

describe('TimelineJS files as Knight Lab writes them', () => {
  it('keeps media with its event: protocol-relative addresses as https, captions and credits as text, credit links as links', () => {
    const { dataset, problems } = importJson(BIOGRAPHY);
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('Whitney Houston 1963 - 2012');
    const heritage = byTitle(dataset.events)['A Musical Heritage'];
    expect(heritage).toMatchObject({
      summary: 'Born in New Jersey on August 9th, 1963, élite Newark.',
      media: {
        url: 'https://www.flickr.com/photos/11447043@N00/418180903/',
        caption: 'Houston’s mother, Cissy Houston.',
        credit: 'Photo: Tom Marcello',
      },
      links: [
        { url: 'https://en.wikipedia.org/wiki/Newark', text: 'Newark' },
        { url: 'http://www.flickr.com/photos/11447043@N00/418180903/', text: 'Tom Marcello' },
      ],
    });
    // Media are never the source the quotes are from.
    expect(dataset.sources[0]).not.toHaveProperty('url');
  });

  it('keeps a time of day, shows the display date, and orders the day’s events by time', () => {
    const file = {
      events: [
        { start_date: { year: 2015, month: 1, day: 1, hour: 13 }, text: { headline: 'Afternoon' } },
        {
          start_date: { year: 2015, month: 1, day: 1, hour: 1, minute: 1, second: 1, millisecond: 1 },
          text: { headline: 'Night' },
        },
        { start_date: { year: 2015, month: 1, day: 1 }, text: { headline: 'The day' } },
      ],
    };
    const { dataset, problems } = importJson(file);
    expect(problems).toEqual([]);
    expect(dataset.events.map((event) => [event.title, event.date.text])).toEqual([
      ['The day', '2015-01-01'],
      ['Night', '2015-01-01T01:01:01'],
      ['Afternoon', '2015-01-01T13:00:00'],
    ]);
    expect(formatEdtf(dataset.events[1]!.date)).toBe('Thursday 1 January 2015, 01:01:01');
    expect(dataset.events[1]!.dateBasis).toContain('The time of day is as the file gives it');
    expect(byTitle(importJson(BIOGRAPHY).dataset.events)['Debut album']).toMatchObject({
      date: { text: '1985-02-14T20:30:00' },
      displayDate: 'Valentine’s night, 1985',
    });
  });

  it('keeps BCE years as negative EDTF years, and says how TimelineJS labels them', () => {
    const { dataset, problems } = importJson({
      events: [
        { start_date: { year: '-300' }, end_date: { year: '-250' }, text: { headline: 'Third century BCE' } },
        { start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Ides of March' } },
      ],
    });
    expect(problems).toEqual([]);
    const events = byTitle(dataset.events);
    expect(events['Third century BCE']?.date.text).toBe('-0300/-0250');
    expect(events['Ides of March']).toMatchObject({
      id: 'ides-of-march-44-bce',
      date: { text: '-0044-03-15' },
      dateBasis: expect.stringContaining(
        'TimelineJS draws the year -44 where EDTF\'s -0044 is and labels it "44 BCE"; counting a year 0, as EDTF does, it is 45 BC.',
      ),
    });
    expect(dataset.events.every((event) => isDrawable(event.date))).toBe(true);
  });

  it('keeps cosmological years, listed where the browser cannot draw them', () => {
    const { dataset, problems } = importJson({
      scale: 'cosmological',
      events: [
        {
          start_date: { year: '-13800000000', display_date: '13.8 billion years ago' },
          text: { headline: 'Big Bang' },
        },
        { start_date: { year: '-65000000', month: '6' }, text: { headline: 'Dinosaurs' } },
        { start_date: { year: '-200000' }, text: { headline: 'Homo sapiens' } },
      ],
    });
    expect(problems).toEqual([
      {
        path: 'events[1].start_date.month',
        message: 'is left out: a year beyond 9999 either way is kept as a year only',
        effect: 'repaired',
      },
    ]);
    expect(dataset.events.map((event) => [event.title, event.date.text, isDrawable(event.date)])).toEqual([
      ['Big Bang', 'Y-13800000000', false],
      ['Dinosaurs', 'Y-65000000', false],
      ['Homo sapiens', 'Y-200000', true],
    ]);
    expect(dataset.events[0]?.displayDate).toBe('13.8 billion years ago');
  });

  it('keeps eras as the dataset’s eras, numbering one without a headline', () => {
    const { dataset, problems } = importJson({
      events: [{ start_date: { year: 2003 }, text: { headline: 'An event' } }],
      eras: [
        { start_date: { year: 2001 }, end_date: { year: 2005 }, text: { headline: 'First term' } },
        { start_date: { year: 2005 }, end_date: { year: 2009 } },
        { end_date: { year: 2013 }, text: { headline: 'No start' } },
      ],
    });
    expect(problems).toEqual([
      { path: 'eras[1].text.headline', message: 'is missing; the era is called "Era 2"', effect: 'repaired' },
      {
        path: 'eras[2].start_date',
        message: 'is missing; every TimelineJS era needs a start date',
        effect: 'dropped',
      },
    ]);
    expect(dataset.eras.map((era) => [era.title, era.date.text])).toEqual([
      ['First term', '2001/2005'],
      ['Era 2', '2005/2009'],
    ]);
  });

  it('decodes every named HTML entity', () => {
    const { dataset } = importJson({
      events: [
        {
          start_date: { year: 2020 },
          text: { headline: 'Caf&eacute; &ndash; &Scaron;koda &frac34; &hearts;' },
        },
      ],
    });
    expect(dataset.events[0]?.title).toBe('Café – Škoda ¾ ♥');
  });
});

describe('TimelineJS 2 files', () => {
  const TIMELINE_2 = {
    timeline: {
      headline: 'The Main Timeline Headline',
      type: 'default',
      text: '<p>Intro body text</p>',
      date: [
        {
          startDate: '2011,12,10',
          endDate: '2011,12,11',
          headline: 'Headline Goes Here',
          text: '<p>Body text, <a href="https://example.org/more">more</a></p>',
          tag: 'Optional tag',
          asset: { media: 'https://example.org/photo.jpg', credit: 'Credit Name', caption: 'Caption text' },
        },
        { startDate: '2012,1,26,07,02,10', headline: 'With a time' },
        { startDate: '-300', headline: 'BCE' },
        { startDate: 'December 10, 2011', headline: 'Unreadable' },
      ],
      era: [{ startDate: '2011,12,01', endDate: '2011,12,31', headline: 'December' }],
    },
  };

  it('is read like TimelineJS 3, and its problems named by its own paths', () => {
    const result = expectImported(importDataset(JSON.stringify(TIMELINE_2), 'tl2.json'));
    expect(result.format).toBe('timelinejs2');
    expect(result.dataset.title).toBe('The Main Timeline Headline');
    expect(result.problems).toEqual([
      {
        path: 'timeline.date[3].startDate',
        message: '"December 10" is not a whole number',
        effect: 'dropped',
      },
    ]);
    const events = byTitle(result.dataset.events);
    expect(events['Headline Goes Here']).toMatchObject({
      date: { text: '2011-12-10/2011-12-11' },
      category: 'optional-tag',
      media: { url: 'https://example.org/photo.jpg', caption: 'Caption text', credit: 'Credit Name' },
      links: [{ url: 'https://example.org/more', text: 'more' }],
    });
    expect(events['With a time']?.date.text).toBe('2012-01-26T07:02:10');
    expect(events.BCE?.date.text).toBe('-0300');
    expect(result.dataset.eras.map((era) => [era.title, era.date.text])).toEqual([
      ['December', '2011-12-01/2011-12-31'],
    ]);
  });
});
