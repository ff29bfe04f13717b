import { describe, expect, it } from 'vitest';
import type { Problem, TimelineEvent } from '../types';
import { importDataset } from './import-dataset';
import { expectImported } from '../../testing/import-fixtures';

/*
 * ACLED exports as people keep them: ACLED's current and pre-2016 layouts, and files re-saved by spreadsheets
 * or written by R and pandas. Each is small and written here by hand in the shape those tools give.
 */

function byId(events: readonly TimelineEvent[]): Record<string, TimelineEvent> {
  return Object.fromEntries(events.map((event) => [event.id, event]));
}

const notes = (problems: readonly Problem[]) => problems.filter((problem) => problem.effect === 'noted');
const losses = (problems: readonly Problem[]) => problems.filter((problem) => problem.effect !== 'noted');

/** ACLED's layout since March 2023, as its export tool writes it. */
const CURRENT_LAYOUT = [
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
  'SDN28001,2023-04-15,2023,1,Political violence,Battles,Armed clash,Military Forces of Sudan (2019-),,1,Rapid Support Forces,,2,12,,729,Northern Africa,Sudan,Khartoum,Khartoum,,Khartoum,15.5518,32.5324,1,Sudan Tribune; Reuters,National-International,"On 15 April 2023, fighting broke out in Khartoum.",56,,1681900000',
  'SDN28002,2023-04-20,2023,2,Political violence,Battles,Armed clash,Unidentified Armed Group (Sudan),Rizeigat Ethnic Militia (Sudan),3,Unidentified Armed Group (Sudan),,3,33,,729,Northern Africa,Sudan,South Darfur,Nyala,,Nyala,12.0489,24.8807,2,Radio Dabanga,Subnational,Clashes between armed men in Nyala during the week.,3,,1682000000',
  'SDN28003,2023-05-01,2023,3,Demonstrations,Protests,Peaceful protest,Protesters (Sudan),Women (Sudan),6,,,0,60,,729,Northern Africa,Sudan,Khartoum,Omdurman,,Omdurman,15.6445,32.4777,3,Sudan Tribune,National,Women protested the war in May.,0,crowd size=no report,1683000000',
].join('\n');

/** Before 2016: upper-case names, ALLY_ACTOR columns, GEO_PRECIS, no sub-event types, day-first dates. */
const PRE_2016_LAYOUT = [
  'GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECIS,SOURCE,NOTES,FATALITIES',
  '615,1ALG,1,02/01/1997,1997,1,Violence against civilians,GIA: Armed Islamic Group,,2,Civilians (Algeria),,7,27,Algeria,Blida,Blida,,Blida,36.4686,2.8289,1,Algeria Watch,5 January: 16 citizens were killed.,16',
  '615,2ALG,2,13/01/1997,1997,2,Battle-No change of territory,Military Forces of Algeria (1994-1999),Militia (Pro-Government),1,GIA: Armed Islamic Group,,2,12,Algeria,Tipaza,Douaouda,,Douaouda,36.6722,2.7894,2,Algeria Watch,Clashes near Douaouda.,NA',
].join('\r\n');

describe('ACLED exports as they come', () => {
  it('reads the current layout: time precision, coordinates, tags, source scale, an actor on both sides', () => {
    const result = expectImported(importDataset(CURRENT_LAYOUT, 'sudan-2023.csv'));
    expect(losses(result.problems)).toEqual([]);
    const events = byId(result.dataset.events);
    expect(events.sdn28001).toMatchObject({
      date: { text: '2023-04-15' },
      place: 'Khartoum, Sudan',
      location: { lat: 15.5518, lon: 32.5324, precision: 'place' },
      fatalities: 56,
      attribution: 'Sudan Tribune; Reuters (source scale: National-International)',
    });
    expect(events.sdn28002).toMatchObject({
      // time_precision 2: the week around the coded date, approximate.
      date: { text: '2023-04-17~/2023-04-23~' },
      dateBasis: expect.stringContaining('time_precision 2: the source gives only the week'),
      location: { precision: 'near' },
      actors: [
        { actorId: 'unidentified-armed-group-sudan', role: 'actor 1 and actor 2' },
        { actorId: 'rizeigat-ethnic-militia-sudan', role: 'associated with actor 1' },
      ],
    });
    expect(events.sdn28003).toMatchObject({
      date: { text: '2023-04-16~/2023-05-16~' },
      dateBasis: expect.stringContaining('time_precision 3: the source gives only the month'),
      summary: 'Women protested the war in May. ACLED tags: crowd size=no report.',
      location: { precision: 'region' },
    });
  });

  it('reads the layout before 2016: ALLY_ACTOR as associated actors, day-first dates, NA as empty', () => {
    const result = expectImported(importDataset(PRE_2016_LAYOUT, 'algeria-1997.csv'));
    expect(losses(result.problems)).toEqual([]);
    expect(notes(result.problems)).toEqual([
      {
        path: 'event_date',
        message:
          'numeric dates such as "02/01/1997" are read day first (2 January 1997), ACLED\'s order; nothing in the file says otherwise',
        effect: 'noted',
      },
    ]);
    const events = byId(result.dataset.events);
    expect(events['1alg']).toMatchObject({
      date: { text: '1997-01-02' },
      category: 'violence-against-civilians',
      title: 'Violence against civilians in Blida',
      fatalities: 16,
    });
    expect(events['2alg']).toMatchObject({
      date: { text: '1997-01-10~/1997-01-16~' },
      actors: [
        { actorId: 'military-forces-of-algeria-1994-1999', role: 'actor 1' },
        { actorId: 'militia-pro-government', role: 'associated with actor 1' },
        { actorId: 'gia-armed-islamic-group', role: 'actor 2' },
      ],
    });
    expect(events['2alg']).not.toHaveProperty('fatalities');
  });

  it('reads an Excel re-save in the United States: m/d/yyyy, proved month first by the file itself', () => {
    const text = [
      'event_id_cnty,event_date,year,event_type,actor1,location,notes',
      'NIG1,1/2/2021,2021,Riots,Rioters (Nigeria),Kano,First.',
      'NIG2,1/17/2021,2021,Riots,Rioters (Nigeria),Kano,Second.',
    ].join('\r\n');
    const result = expectImported(importDataset(text, 'nigeria.csv'));
    expect(result.dataset.events.map((event) => event.date.text)).toEqual(['2021-01-02', '2021-01-17']);
    expect(notes(result.problems)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('because line 3 has "1/17/2021": there is no month 17'),
      }),
    ]);
  });

  it('reads a European spreadsheet’s re-save: semicolons, dotted dates, decimal commas', () => {
    const text = [
      'event_id_cnty;event_date;year;event_type;actor1;location;latitude;longitude;notes',
      'UKR1;17.11.2024;2024;Battles;Military Forces of Ukraine (2019-);Kupiansk;49,71;37,61;"Clashes; then shelling."',
    ].join('\r\n');
    const result = expectImported(importDataset(text, 'ukraine.csv'));
    expect(losses(result.problems)).toEqual([]);
    expect(result.dataset.events[0]).toMatchObject({
      date: { text: '2024-11-17' },
      location: { lat: 49.71, lon: 37.61 },
      summary: 'Clashes; then shelling.',
    });
  });

  it('reads R’s write.csv: an unnamed row-name column, everything quoted, NA for missing values', () => {
    const text = [
      '"","event_id_cnty","event_date","year","event_type","actor1","assoc_actor_1","actor2","location","notes","fatalities"',
      '"1","UKR1","2024-11-17",2024,"Battles","Military Forces of Ukraine (2019-)",NA,NA,"Kupiansk","Clashes.",0',
      '"2","UKR2","2024-11-18",2024,"Protests","Protesters (Ukraine)",NA,NA,"Kyiv",NA,NA',
    ].join('\n');
    const result = expectImported(importDataset(text, 'from-r.csv'));
    expect(losses(result.problems)).toEqual([]);
    expect(result.dataset.actors.map((actor) => actor.name)).not.toContain('NA');
    expect(byId(result.dataset.events).ukr2).toMatchObject({
      summary: expect.stringContaining('the export gives no notes'),
      actors: [{ actorId: 'protesters-ukraine', role: 'actor 1' }],
    });
    expect(byId(result.dataset.events).ukr2).not.toHaveProperty('fatalities');
  });

  it.each([
    [
      'to_csv with its index',
      ',event_id_cnty,event_date,actor1,notes,fatalities\n0,UKR1,2024-11-17,Rioters (Ukraine),Riot.,NaN',
    ],
    [
      'a re-read and re-written frame',
      'Unnamed: 0,event_id_cnty,event_date,actor1,notes,fatalities\n0,UKR1,2024-11-17,Rioters (Ukraine),Riot.,nan',
    ],
  ])('reads pandas’ %s, NaN as empty', (_name, text) => {
    const result = expectImported(importDataset(text, 'from-pandas.csv'));
    expect(result.problems).toEqual([]);
    expect(result.dataset.events[0]).toMatchObject({ id: 'ukr1', summary: 'Riot.' });
    expect(result.dataset.events[0]).not.toHaveProperty('fatalities');
  });

  it('reads the forms of older exports and tools, two-digit years from the row’s year', () => {
    const text = [
      'event_id_cnty,event_date,year,notes',
      'A1,9 May 2020,2020,One.',
      'A2,09-May-2020,2020,Two.',
      'A3,9-May-20,2020,Three.',
      'A4,01-January-2015,2015,Four.',
      'A5,2021-01-02T00:00:00Z,2021,Five.',
      'A6,2021-01-02,2021,Six.',
    ].join('\n');
    const result = expectImported(importDataset(text));
    expect(result.problems).toEqual([]);
    expect(Object.fromEntries(result.dataset.events.map((event) => [event.id, event.date.text]))).toEqual({
      a1: '2020-05-09',
      a2: '2020-05-09',
      a3: '2020-05-09',
      a4: '2015-01-01',
      a5: '2021-01-02',
      a6: '2021-01-02',
    });
  });

  it('says where it had to guess a century or read a date serial number', () => {
    const text = ['event_id_cnty,event_date,notes', 'A1,9-May-20,One.', 'A2,44198,Two.'].join('\n');
    const result = expectImported(importDataset(text));
    expect(result.dataset.events.map((event) => event.date.text)).toEqual(['2020-05-09', '2021-01-02']);
    expect(notes(result.problems).map((problem) => problem.message)).toEqual([
      'two-digit years without a matching "year" are read as 1990 to 2089 (first at line 2: "9-May-20")',
      'numbers are read as a spreadsheet\'s date serial numbers, days since 30 December 1899 (first at line 3: "44198")',
    ]);
  });

  it('ignores the empty cells a spreadsheet leaves past the last column', () => {
    const text = ['event_id_cnty,event_date,notes', 'A1,2024-11-17,One.,,', 'A2,2024-11-18,Two.,,'].join(
      '\n',
    );
    expect(expectImported(importDataset(text)).problems).toEqual([]);
  });

  it('reads a time_precision it does not know as the coded day, and says so', () => {
    const text = ['event_id_cnty,event_date,time_precision,notes', 'A1,2024-11-17,9,One.'].join('\n');
    const result = expectImported(importDataset(text));
    expect(result.problems).toEqual([
      {
        path: 'line 2.time_precision',
        message: '"9" is not 1, 2 or 3; the date is read as the day ACLED coded',
        effect: 'repaired',
      },
    ]);
    expect(result.counts.events).toEqual({ loaded: 1, repaired: 1, dropped: 0 });
  });
});
