import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../src/domain/edtf';
import type { EdtfDate } from '../../src/domain/types';
import { curatedDataset } from '../../src/testing/curated-dataset';
import { escapeJsonForScript, eventDates, eventJsonLd, isoDateCovering, jsonLdScript } from './json-ld';

function edtf(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('escapeJsonForScript', () => {
  const hostile = {
    a: '</script><script>alert(1)</script>',
    b: '<!-- x -->',
    c: 'a & b',
    d: 'line\u2028para\u2029',
  };

  it('leaves nothing an HTML parser or an old script parser would act on', () => {
    const escaped = escapeJsonForScript(JSON.stringify(hostile));
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('keeps the data: the escaped JSON parses back to the same value', () => {
    expect(JSON.parse(escapeJsonForScript(JSON.stringify(hostile)))).toEqual(hostile);
  });

  it('puts the JSON in one application/ld+json script element', () => {
    const script = String(jsonLdScript(hostile));
    expect(script.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
  });
});

describe('isoDateCovering', () => {
  it.each([
    ['2024-11-17', '2024-11-17'],
    ['2024-05', '2024-05'],
    ['2024', '2024'],
    ['2024-11-17/2024-11-18', '2024-11'],
    ['2024-05/2024-11', '2024'],
    ['2023-12/2024-01', undefined],
    // Years before 1: the minus sign is the year's, not a separator of date parts.
    ['-0300-05-01/-0300-05-02', '-0300-05'],
    ['-0300/-0299', undefined],
    ['-0044-03-15', '-0044-03-15'],
    ['2015-01-01T10:00:00/2015-01-01T12:00:00', '2015-01-01'],
    ['Y-13800000000', undefined],
    ['2024-05~', undefined],
    ['2024?', undefined],
    ['../2024-11-17', undefined],
    ['2024-11-17/..', undefined],
  ])('%s is covered by %s', (text, iso) => {
    expect(isoDateCovering(edtf(text))).toBe(iso);
  });
});

describe('eventDates', () => {
  it.each([
    ['2024-11-17', { startDate: '2024-11-17', endDate: '2024-11-17' }],
    ['2024-05', { startDate: '2024-05', endDate: '2024-05' }],
    ['2024-11-06/2024-11-17', { startDate: '2024-11-06', endDate: '2024-11-17' }],
    ['../2024-11-17', { endDate: '2024-11-17' }],
    ['2024-05~/2024-11-17', { endDate: '2024-11-17' }],
    ['2024-05?', {}],
    ['2015-01-01T01:01:01', { startDate: '2015-01-01T01:01:01', endDate: '2015-01-01T01:01:01' }],
    ['-0300/-0250', { startDate: '-0300', endDate: '-0250' }],
  ])('%s gives %j', (text, dates) => {
    expect(eventDates(edtf(text))).toEqual(dates);
  });
});

describe('eventJsonLd', () => {
  it('describes the event and cites its source as a NewsArticle', () => {
    const dataset = curatedDataset();
    const event = dataset.eventById.get('atacms-authorization')!;
    const [source] = dataset.sources;
    expect(eventJsonLd(event, dataset, { url: 'https://x.org/e/', image: 'https://x.org/e.png' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      startDate: '2024-11-17',
      endDate: '2024-11-17',
      url: 'https://x.org/e/',
      image: 'https://x.org/e.png',
      citation: [
        {
          '@type': 'NewsArticle',
          headline: source!.title,
          url: source!.url,
          publisher: { '@type': 'Organization', name: 'ICARO Media Group' },
          datePublished: '2024-11',
        },
      ],
    });
  });

  it('names the place where the event has one', () => {
    const dataset = curatedDataset();
    const event = dataset.eventById.get('north-korean-troops-kursk')!;
    expect(eventJsonLd(event, dataset, { url: '/', image: '/' })).toMatchObject({
      location: { '@type': 'Place', name: 'Kursk region, Russia' },
      endDate: '2024-11-17',
    });
  });
});
