import { parseEdtf } from './edtf';
import { drawnRange, type EventIndex } from './event-index';

/*
 * A first look at a large dataset while it is still being checked: where its events fall and in which
 * category, read from the raw records with nothing but their dates. It is drawn as counts only, and replaced
 * by the checked dataset (which may have dropped a few records) as soon as that is ready.
 */

export interface DrawPreview {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly categoryCodes: Uint16Array;
  readonly categories: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The drawable part of raw events; records without a readable date or category are left out. */
export function previewOf(rawEvents: readonly unknown[]): DrawPreview {
  const starts: number[] = [];
  const ends: number[] = [];
  const codes: number[] = [];
  const codeOf = new Map<string, number>();
  for (const raw of rawEvents) {
    if (!isRecord(raw) || typeof raw.date !== 'string' || typeof raw.category !== 'string') continue;
    const date = parseEdtf(raw.date);
    if (!date.ok) continue;
    const { start, end } = drawnRange(date.value);
    if (!codeOf.has(raw.category)) codeOf.set(raw.category, codeOf.size);
    starts.push(start);
    ends.push(end);
    codes.push(codeOf.get(raw.category)!);
  }
  return {
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    categoryCodes: Uint16Array.from(codes),
    categories: [...codeOf.keys()],
  };
}

/** An index over a preview: positions and categories only, no event records and no actors. */
export function previewIndex(preview: DrawPreview): EventIndex {
  const count = preview.starts.length;
  let maxSpan = 0;
  for (let position = 0; position < count; position += 1) {
    maxSpan = Math.max(maxSpan, preview.ends[position]! - preview.starts[position]!);
  }
  const byStart = Uint32Array.from({ length: count }, (_, position) => position).sort(
    (a, b) => preview.starts[a]! - preview.starts[b]!,
  );
  return {
    events: [],
    starts: preview.starts,
    ends: preview.ends,
    categoryCodes: preview.categoryCodes,
    categories: preview.categories,
    actorOffsets: new Uint32Array(count + 1),
    actorCodes: new Uint32Array(0),
    actors: [],
    maxSpan,
    byStart,
  };
}
