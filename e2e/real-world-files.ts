/*
 * Files as people keep them, for the real-world journey (its ACLED export is scripts/synthetic/acled-export.ts):
 * a TimelineJS file with years BC, a time of day and an era, and a dataset whose actor has a mistyped colour.
 */

/** Knight Lab's shapes: negative years for BC, a time of day, a display date, an era. */
export const TIMELINEJS_BC = {
  title: { text: { headline: 'The Sicilian Expedition' } },
  events: [
    {
      start_date: { year: '-415', month: '6' },
      text: { headline: 'The fleet sails for Sicily', text: '<p>Athens sends its fleet west.</p>' },
      display_date: 'Summer 415 BC',
    },
    {
      start_date: { year: -413, month: 9, day: 10, hour: 6, minute: 30 },
      text: { headline: 'Nicias surrenders', text: '<p>At dawn the last Athenians give up.</p>' },
    },
  ],
  eras: [
    {
      start_date: { year: -415 },
      end_date: { year: -413 },
      text: { headline: 'The expedition' },
    },
  ],
};

/** A dataset of this app with one mistyped colour: the actor and both events that name it load. */
export const MISTYPED_COLOUR = {
  version: 2,
  title: 'A mistyped colour',
  description: 'One actor’s colour is not #rrggbb.',
  sources: [
    {
      id: 'report',
      title: 'A report',
      publisher: 'Example',
      published: '2024-11',
      text: 'The ministry met the envoys. The envoys left.',
    },
  ],
  actors: [{ id: 'ministry', name: 'The ministry', kind: 'organization', color: 'blue-ish' }],
  events: [
    ['meeting', 'The ministry meets the envoys', '2024-11-03', 'The ministry met the envoys.'],
    ['departure', 'The envoys leave', '2024-11-05', 'The envoys left.'],
  ].map(([id, title, date, exact]) => ({
    id,
    title,
    summary: `${title}.`,
    date,
    dateBasis: 'The report gives the day.',
    category: 'diplomacy',
    actors: [{ actor: 'ministry' }],
    excerpts: [{ source: 'report', exact }],
  })),
};
