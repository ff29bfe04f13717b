/*
 * Sample files for the importer tests, written as they arrive: an ACLED export with a byte order mark, CRLF line
 * ends, extra columns in ACLED's own order, quoted notes with commas, quotes and a line break, and rows the
 * importer must drop or mend; a TimelineJS file with HTML (and a script) in its texts and events it must drop.
 */
import type { ImportResult } from '../domain/import/import-dataset';

/** Narrows an import result to the successful case, failing the test otherwise. */
export function expectImported(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems)}`);
  return result;
}

const ACLED_LINES = [
  // line 1: header, with columns the importer ignores and upper-case names
  'EVENT_ID_CNTY,event_date,year,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,iso,country,admin1,location,latitude,longitude,source,notes,fatalities,timestamp',
  // line 2
  'UKR100001,2024-11-17,2024,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Russia (2000-),,8,Civilians (Ukraine),,804,Ukraine,Kharkivska,Kharkiv,49.99,36.23,Ukrainska Pravda,"On 17 November 2024, Russian forces shelled Kharkiv city, damaging a school, a hospital and homes. 3 civilians were killed.",3,1732000000',
  // lines 3-4: notes with a line break and escaped quotes
  'UKR100002,17 November 2024,2024,Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),,1,Military Forces of Russia (2000-),,804,Ukraine,Kharkivska,Kupiansk,49.71,37.61,"Ukrinform; Ministry of Defence of Ukraine","Ukrainian forces clashed with Russian forces near Kupiansk.\r\nThe ""Kupiansk axis"" saw heavy fighting.",0,1732000000',
  // line 5: empty notes, several associated actors
  'UKR100003,16-November-2024,2024,Demonstrations,Protests,Peaceful protest,Protesters (Ukraine),Women (Ukraine); Labor Group (Ukraine),6,,,804,Ukraine,Kyiv City,Kyiv,50.45,30.52,Kyiv Independent,,0,1732000000',
  // line 6: no date
  'UKR100004,,2024,Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),,1,Military Forces of Russia (2000-),,804,Ukraine,Donetska,Pokrovsk,48.28,37.18,Ukrinform,Fighting near Pokrovsk.,0,1732000000',
  // line 7: a date that does not exist
  'UKR100005,2024-13-45,2024,Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),,1,Military Forces of Russia (2000-),,804,Ukraine,Donetska,Kurakhove,47.98,37.28,Ukrinform,Fighting near Kurakhove.,0,1732000000',
  // line 8: the id of line 3 again, in a different row
  'UKR100002,2024-11-14,2024,Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),,1,Military Forces of Russia (2000-),,804,Ukraine,Kharkivska,Vovchansk,50.29,36.94,Ukrinform,A second row with the same id.,0,1732000000',
  // line 9: a US-style date, which proves the file's numeric dates month first
  'UKR100006,11/15/2024,2024,Strategic developments,Strategic developments,Looting/property destruction,Unidentified Armed Group (Ukraine),,3,Civilians (Ukraine),,804,Ukraine,Khersonska,Kherson,46.64,32.61,Suspilne,"Unidentified men looted shops, a pharmacy and a warehouse in Kherson.",,1732000000',
  // line 10: another country, a source list, an abbreviated month
  'RUS200001,15 Nov 2024,2024,Political violence,Violence against civilians,Attack,Military Forces of Ukraine (2019-),,8,Civilians (Russia),,643,Russia,Belgorod,Belgorod,50.6,36.59,Telegram; BBC News Russian,"A drone hit a car in Belgorod, injuring its driver.",1,1732000000',
];

/** The ACLED sample: BOM, CRLF, trailing CRLF. Lines 6 and 7 are dropped, line 8 renamed. */
export const ACLED_SAMPLE = `\ufeff${ACLED_LINES.join('\r\n')}\r\n`;

export const ACLED_KEPT_IDS = [
  'ukr100001',
  'ukr100002',
  'ukr100003',
  'ukr100002-2',
  'ukr100006',
  'rus200001',
];

/** The required header and a row, for building small ACLED inputs. */
export const ACLED_MINIMAL_HEADER =
  'event_id_cnty,event_date,actor1,event_type,sub_event_type,location,notes';

export const TIMELINEJS_SAMPLE = {
  title: {
    text: { headline: 'The <b>war</b> in 2024', text: '<p>Events &amp; their sources</p>' },
  },
  events: [
    {
      // events[0]
      start_date: { year: '2024', month: '11', day: '17' },
      text: {
        headline: 'Biden <i>approves</i> ATACMS &amp; more',
        text: '<p>The decision became public on <a href="https://example.org" title="a > b">Sunday</a>.</p><script>alert("x")</script>',
      },
      unique_id: 'ATACMS Approval',
      group: 'Policy',
      media: { url: 'javascript:alert(1)' },
    },
    {
      // events[1]
      start_date: { year: 2024, month: 5 },
      end_date: { year: 2024, month: 6 },
      text: {
        headline: 'Restrictions <em>partly</em> lifted',
        text: 'Text with &#8220;quotes&#8221; and&nbsp;spaces<br>on two lines<!-- a comment -->',
      },
      group: 'Policy',
      media: { url: 'https://example.org/photo.jpg', caption: '<b>caption</b>' },
    },
    // events[2]: no start_date
    { text: { headline: 'No date' } },
    // events[3]: a day February 2024 does not have
    { start_date: { year: 2024, month: 2, day: 30 }, text: { headline: 'Bad day' } },
    {
      // events[4]
      start_date: { year: 2024 },
      end_date: {},
      text: { headline: '<img src=x onerror=alert(1)>Year only', text: '<style>p { color: red }</style>' },
    },
    // events[5]: the same headline and year as events[4]
    { start_date: { year: 2024, month: '', day: '' }, text: { headline: 'Year only' } },
    // events[6]
    'not an object',
    // events[7]: ends before it starts
    {
      start_date: { year: 2024, month: 11, day: 20 },
      end_date: { year: 2024, month: 11, day: 18 },
      text: { headline: 'Backwards' },
    },
  ],
};
