/*
 * The words of synthetic events: titles, summaries and the sentence each event quotes, filled in with its
 * actors, place and numbers, and the filler sentences between quoted ones in a source.
 */
import type { Category } from './world';

type Template = (words: Words) => string;

export interface Words {
  readonly actor: string;
  readonly other: string;
  readonly place: string;
  readonly region: string;
  readonly n: number;
  readonly count: number;
}

export const TITLES: Record<Category, readonly Template[]> = {
  attack: [
    (w) => `Shelling hits ${w.place}`,
    (w) => `Drone strike reported near ${w.place}`,
    (w) => `${w.actor} strikes positions outside ${w.place}`,
    (w) => `Missile attack on the rail depot at ${w.place}`,
    (w) => `Artillery exchange along the road to ${w.place}`,
  ],
  military: [
    (w) => `${w.actor} moves armour towards ${w.place}`,
    (w) => `Troops reinforced around ${w.place}`,
    (w) => `Checkpoints set up on the approaches to ${w.place}`,
    (w) => `${w.actor} rotates units in ${w.region}`,
  ],
  politics: [
    (w) => `${w.actor} speaks on the conflict`,
    (w) => `Opposition rally in ${w.place}`,
    (w) => `${w.actor} calls for early elections`,
  ],
  diplomacy: [
    (w) => `Talks between ${w.actor} and ${w.other}`,
    (w) => `${w.actor} recalls its envoy`,
    (w) => `Ceasefire proposal tabled in ${w.place}`,
  ],
  aid: [
    (w) => `${w.actor} pledges aid to ${w.other}`,
    (w) => `Relief convoy reaches ${w.place}`,
    (w) => `Food distribution in ${w.place}`,
  ],
  policy: [
    (w) => `${w.actor} extends sanctions`,
    (w) => `${w.actor} eases export limits`,
    (w) => `Curfew imposed in ${w.place}`,
  ],
  protest: [(w) => `Protest in ${w.place} against the war`, (w) => `Dock workers strike in ${w.place}`],
  displacement: [
    (w) => `Families leave ${w.place}`,
    (w) => `Shelter opens for displaced people in ${w.place}`,
  ],
};

export const SUMMARIES: Record<Category, readonly Template[]> = {
  attack: [
    (w) =>
      `Strikes damaged homes and a power substation in ${w.place}. Local officials reported ${w.count} injured.`,
    (w) => `${w.actor} shelled positions near ${w.place}; the damage could not be verified independently.`,
    (w) => `A strike hit infrastructure in ${w.place}, in ${w.region}.`,
  ],
  military: [
    (w) => `${w.actor} moved about ${w.count * 100} troops and armoured vehicles towards ${w.place}.`,
    (w) => `Reinforcements arrived in ${w.region}, according to the report.`,
  ],
  politics: [
    (w) => `${w.actor} made a public statement about the conflict and its cost.`,
    (w) => `Several thousand people gathered in ${w.place} for a political rally.`,
  ],
  diplomacy: [
    (w) => `Representatives of ${w.actor} and ${w.other} met; no agreement was announced.`,
    (w) => `A proposal for a local ceasefire around ${w.place} was put forward.`,
  ],
  aid: [
    (w) => `${w.actor} announced support for ${w.other}, including food and medical supplies.`,
    (w) => `A convoy of ${w.count} trucks delivered supplies to ${w.place}.`,
  ],
  policy: [
    (w) => `${w.actor} changed the rules on trade and movement affecting ${w.other}.`,
    (w) => `Authorities restricted movement in ${w.place} at night.`,
  ],
  protest: [(w) => `Residents of ${w.place} protested against the war and its effect on prices.`],
  displacement: [
    (w) => `About ${w.count * 50} people left ${w.place} after days of fighting nearby.`,
    (w) => `Aid groups opened shelters for people displaced from ${w.region}.`,
  ],
};

/*
 * The sentence an event quotes. Each contains "incident <n>" exactly once, followed by a non-digit, and no
 * other sentence of any source contains "incident " followed by a digit, so each is unique in its source.
 * Some carry quoted speech, with curly or straight quotation marks, as real reporting does.
 */
export const QUOTED: Record<Category, readonly Template[]> = {
  attack: [
    (w) =>
      `Monitors recorded incident ${w.n} in ${w.place}, where shells struck apartment blocks before dawn.`,
    (w) =>
      `“We heard ${w.count} explosions and then the lights went out,” a resident of ${w.place} said of incident ${w.n}.`,
    (w) => `In what the mission logged as incident ${w.n}, a drone hit the rail depot at ${w.place}.`,
    (w) =>
      `"The strike came without warning," a spokesperson for ${w.other} said, referring to incident ${w.n} near ${w.place}.`,
  ],
  military: [
    (w) => `Observers counted ${w.count * 10} armoured vehicles moving towards ${w.place} (incident ${w.n}).`,
    (w) => `Incident ${w.n}: ${w.actor} set up new checkpoints on the roads around ${w.place}.`,
  ],
  politics: [
    (w) =>
      `“This war has cost us too much,” ${w.actor} told a crowd in ${w.place}, in remarks filed as incident ${w.n}.`,
    (w) => `Incident ${w.n} was a rally of several thousand people in ${w.place}.`,
  ],
  diplomacy: [
    (w) => `Delegations of ${w.actor} and ${w.other} met in ${w.place}, the report on incident ${w.n} says.`,
    (w) => `"We are ready to talk," an envoy of ${w.actor} said in ${w.place} (incident ${w.n}).`,
  ],
  aid: [
    (w) => `A convoy of ${w.count} trucks from ${w.actor} reached ${w.place}, recorded as incident ${w.n}.`,
    (w) => `“The food will last two weeks,” an aid worker in ${w.place} said of incident ${w.n}.`,
  ],
  policy: [
    (w) => `Under the measure logged as incident ${w.n}, ${w.actor} extended its restrictions on ${w.other}.`,
    (w) => `Incident ${w.n} was a night curfew imposed in ${w.place}.`,
  ],
  protest: [
    (w) => `Hundreds marched through ${w.place} chanting “Bring them home” (incident ${w.n}).`,
    (w) => `Dock workers in ${w.place} stopped work for a day, the mission noted as incident ${w.n}.`,
  ],
  displacement: [
    (w) => `About ${w.count * 50} people left ${w.place} by bus, recorded as incident ${w.n}.`,
    (w) => `“We took only our documents,” a woman from ${w.place} said of incident ${w.n}.`,
  ],
};

/** Sentences between quoted ones; never quoted, so they may repeat. They contain no "incident <digit>". */
export const FILLER = [
  'Independent verification was not possible.',
  'Officials did not respond to requests for comment.',
  'The situation along the front line remained tense.',
  'Power was restored to parts of the area by evening.',
  '“We are still counting the damage,” a local official said.',
  'Schools in the area stayed closed.',
  'Mobile networks were down for several hours.',
  'Prices of bread and fuel rose again this week.',
];
