import { describe, expect, it } from 'vitest';
import {
  at,
  editedDataset,
  expectLoaded,
  validateFixture,
  type RawDataset,
  type RawRecord,
} from '../../testing/dataset-fixtures';
import { itRestores, type RestoreCase } from '../../testing/restore-cases';

/* The fields contract version 2 added: location, fatalities, displayDate, media, links, and the eras. */

const event = (dataset: RawDataset, index: number): RawRecord => at(dataset.events, index);

describe('the fields of version 2, as written', () => {
  it('reads them into the event and the dataset', () => {
    const raw = editedDataset((d) => {
      Object.assign(event(d, 1), {
        location: { lat: 50.45, lon: 30.52, precision: 'near' },
        fatalities: 3,
        displayDate: 'Sunday night',
        media: { url: 'https://example.org/photo.jpg', caption: 'The square', credit: 'A. Photographer' },
        links: [{ url: 'https://example.org/report', text: 'the report' }, { url: 'http://example.org/x' }],
      });
      d.eras = [{ title: 'The autumn offensive', date: '2024-10/2024-11' }];
    });
    const { dataset, problems } = expectLoaded(validateFixture(raw));
    expect(problems).toEqual([]);
    expect(dataset.eventById.get('second-event')).toMatchObject({
      location: { lat: 50.45, lon: 30.52, precision: 'near' },
      fatalities: 3,
      displayDate: 'Sunday night',
      media: { url: 'https://example.org/photo.jpg', caption: 'The square', credit: 'A. Photographer' },
      links: [{ url: 'https://example.org/report', text: 'the report' }, { url: 'http://example.org/x' }],
    });
    expect(dataset.eras).toEqual([
      { title: 'The autumn offensive', date: expect.objectContaining({ text: '2024-10/2024-11' }) },
    ]);
  });
});

const cases: RestoreCase[] = [
  {
    name: 'a latitude out of range leaves out the location',
    edit: (d) => {
      event(d, 1).location = { lat: 91, lon: 30 };
    },
    problems: [
      ['events[1].location', 'needs lat (-90 to 90) and lon (-180 to 180) in degrees; left out', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'coordinates as text leave out the location',
    edit: (d) => {
      event(d, 1).location = { lat: '50.45', lon: '30.52' };
    },
    problems: [
      ['events[1].location', 'needs lat (-90 to 90) and lon (-180 to 180) in degrees; left out', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'an unknown location precision is left out, the coordinates kept',
    edit: (d) => {
      event(d, 1).location = { lat: 50, lon: 30, precision: 2 };
    },
    problems: [
      [
        'events[1].location.precision',
        'number 2 is not one of "place", "near", "region"; left out',
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) => expect(dataset.eventById.get('second-event')?.location).toEqual({ lat: 50, lon: 30 }),
  },
  {
    name: 'fatalities that are not a whole number are left out',
    edit: (d) => {
      event(d, 1).fatalities = '3';
    },
    problems: [
      ['events[1].fatalities', 'must be a whole number of 0 or more, not "3"; left out', 'repaired'],
    ],
    changed: { events: { repaired: 1 } },
  },
  {
    name: 'a media address that is not http(s) is left out, its caption kept',
    edit: (d) => {
      event(d, 1).media = { url: 'javascript:alert(1)', caption: 'A caption' };
    },
    problems: [
      [
        'events[1].media.url',
        '"javascript:alert(1)" is not an absolute http: or https: address; the media is kept without it',
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) =>
      expect(dataset.eventById.get('second-event')?.media).toEqual({ caption: 'A caption' }),
  },
  {
    name: 'a link that is not http(s) is left out, the others kept',
    edit: (d) => {
      event(d, 1).links = [{ url: 'data:text/html,x' }, { url: 'https://example.org/ok' }];
    },
    problems: [
      [
        'events[1].links[0].url',
        '"data:text/html,x" is not an absolute http: or https: address; the link is left out',
        'repaired',
      ],
    ],
    changed: { events: { repaired: 1 } },
    check: (dataset) =>
      expect(dataset.eventById.get('second-event')?.links).toEqual([{ url: 'https://example.org/ok' }]),
  },
  {
    name: 'an era without a date is dropped, the others kept',
    edit: (d) => {
      d.eras = [{ title: 'Undated' }, { title: 'Dated', date: '2024' }];
    },
    problems: [['eras[0].date', 'is missing', 'dropped']],
    changed: { eras: { dropped: 1 } },
    check: (dataset) => expect(dataset.eras.map((era) => era.title)).toEqual(['Dated']),
  },
  {
    name: 'eras that are not a list read as none',
    edit: (d) => {
      d.eras = 'none';
    },
    problems: [['dataset.eras', 'must be a list, not "none"; read as an empty list', 'repaired']],
  },
];

describe('the fields of version 2, mended', () => {
  itRestores(cases);
});
