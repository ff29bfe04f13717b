import type { RawActor, RawEvent } from '../contract';
import { collapseWhitespace, truncate } from '../plain-text';
import type { LocationPrecision } from '../types';
import type { AcledColumn } from './acled-columns';
import { UNATTRIBUTED_ACTOR } from './conversion';
import { slugOrHash } from './text';

/*
 * The fields of an event that one ACLED row gives, apart from its id, date and quote: title, summary, place and
 * coordinates, fatalities, attribution, category and actors. See data/README.md for the mapping.
 */

/** A row's cells by column name (see acled-columns.ts). */
export type Field = (column: AcledColumn) => string;

/** ACLED names state forces "Military Forces of Russia (2000-)", "Police Forces of Ukraine (2019-)". */
const STATE_FORCE = /^(?:military|police) forces of /i;

const ACTOR_FIELDS = [
  ['actor1', 'actor 1'],
  ['assoc_actor_1', 'associated with actor 1'],
  ['actor2', 'actor 2'],
  ['assoc_actor_2', 'associated with actor 2'],
] as const;

export class ActorRegistry {
  readonly actors = new Map<string, RawActor>();
  /** Ids by the names as rows write them: a large export names the same few actors in every row. */
  private readonly idOfName = new Map<string, string>();

  /** The id of the actor called `name`, added on first sight. */
  add(name: string): string {
    const known = this.idOfName.get(name);
    if (known !== undefined) return known;
    const display = truncate(collapseWhitespace(name), 200);
    const id = slugOrHash(display, 'actor');
    this.idOfName.set(name, id);
    if (!this.actors.has(id)) {
      this.actors.set(id, {
        id,
        name: display,
        kind: STATE_FORCE.test(display) ? 'armed-force' : 'organization',
      });
    }
    return id;
  }
}

/** Every actor of the row once, with each role it has ("actor 1 and actor 2" for one on both sides). */
export function eventActors(field: Field, registry: ActorRegistry): RawEvent['actors'] {
  const roles = new Map<string, string[]>();
  for (const [column, role] of ACTOR_FIELDS) {
    // Associated actors may list several names: "Civilians (Ukraine); Health Workers (Ukraine)".
    const names = column.startsWith('assoc') ? field(column).split(';') : [field(column)];
    for (const name of names) {
      if (collapseWhitespace(name) === '') continue;
      const actor = registry.add(name);
      const held = roles.get(actor);
      if (!held) roles.set(actor, [role]);
      else if (!held.includes(role)) held.push(role);
    }
  }
  if (roles.size === 0) {
    registry.actors.set(UNATTRIBUTED_ACTOR.id, UNATTRIBUTED_ACTOR);
    return [{ actor: UNATTRIBUTED_ACTOR.id }];
  }
  return [...roles].slice(0, 50).map(([actor, held]) => ({ actor, role: held.join(' and ') }));
}

/** `<location>, <admin3>, <admin2>, <admin1>, <country>`, empty parts and repeats of the part before left out. */
export function place(field: Field): string | undefined {
  const parts: string[] = [];
  for (const column of ['location', 'admin3', 'admin2', 'admin1', 'country'] as const) {
    const part = collapseWhitespace(field(column));
    if (part !== '' && part !== parts.at(-1)) parts.push(part);
  }
  return parts.length > 0 ? truncate(parts.join(', '), 200) : undefined;
}

const GEO_PRECISIONS: Readonly<Record<string, LocationPrecision>> = { 1: 'place', 2: 'near', 3: 'region' };

/** A coordinate; a decimal comma (from a spreadsheet's re-save) reads as a point. */
function coordinate(text: string): number {
  return text === '' ? NaN : Number(text.replace(',', '.'));
}

export function location(field: Field): RawEvent['location'] {
  const lat = coordinate(field('latitude'));
  const lon = coordinate(field('longitude'));
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) return undefined;
  const precision = GEO_PRECISIONS[field('geo_precision')];
  return { lat, lon, ...(precision && { precision }) };
}

/** Fatalities as a whole number, where the row gives one. */
export function fatalities(field: Field): number | undefined {
  const text = field('fatalities');
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

function kindOf(field: Field): string {
  return collapseWhitespace(field('sub_event_type') || field('event_type')) || 'Event';
}

export function title(field: Field): string {
  const where = collapseWhitespace(field('location'));
  return truncate(where ? `${kindOf(field)} in ${where}` : kindOf(field), 200);
}

/** The notes (or a sentence standing in for them), then ACLED's tags. */
export function summary(field: Field, where: string | undefined): string {
  const tags = collapseWhitespace(field('tags'));
  const tail = tags ? ` ACLED tags: ${truncate(tags, 300)}.` : '';
  const notes = collapseWhitespace(field('notes'));
  const actors = [field('actor1'), field('actor2')].map(collapseWhitespace).filter(Boolean);
  const generated =
    `${kindOf(field)}${actors.length > 0 ? ` involving ${actors.join(' and ')}` : ''}` +
    `${where ? ` in ${where}` : ''}, as coded by ACLED; the export gives no notes.`;
  return `${truncate(notes || generated, 2000 - tail.length)}${tail}`;
}

/** The sources ACLED names, and the scale of their coverage where given. */
export function attribution(field: Field): string | undefined {
  const sources = collapseWhitespace(field('source'));
  const scale = collapseWhitespace(field('source_scale'));
  const text = scale ? `${sources || 'Sources not named'} (source scale: ${scale})` : sources;
  return text === '' ? undefined : truncate(text, 500);
}
