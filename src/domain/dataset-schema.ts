import * as v from 'valibot';
import { isHttpUrl, MAX_URL_LENGTH } from './http-url';
import { MAX_ID_LENGTH, SLUG_PATTERN } from './slug';
import { ACTOR_KINDS, RELATION_KINDS } from './types';

/*
 * The shape of one raw record of dataset contract v1, checked record by record so that one bad event is
 * dropped on its own. Meaning that needs more than one record (references, quotes in their sources, EDTF)
 * is checked in validate-dataset.ts.
 */

function text(maxLength: number) {
  return v.pipe(
    v.string(),
    v.check((value) => value.trim() !== '', 'must not be empty'),
    v.maxLength(maxLength, `must be at most ${maxLength} characters`),
  );
}

const slug = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
  v.regex(
    SLUG_PATTERN,
    'must be a slug: lowercase letters, digits and single hyphens, e.g. "atacms-authorization"',
  ),
);

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`),
  v.check((value) => isHttpUrl(value), 'must be an absolute http: or https: address'),
);

const MAX_SOURCE_TEXT = 5_000_000;

export const sourceSchema = v.strictObject({
  id: slug,
  title: text(200),
  publisher: text(200),
  url: httpUrl,
  published: v.string(),
  publishedBasis: v.optional(text(1000)),
  text: v.optional(
    v.pipe(v.string(), v.maxLength(MAX_SOURCE_TEXT, `must be at most ${MAX_SOURCE_TEXT} characters`)),
  ),
  textFile: v.optional(text(500)),
});

export const actorSchema = v.strictObject({
  id: slug,
  name: text(200),
  kind: v.picklist(ACTOR_KINDS, `must be one of ${ACTOR_KINDS.map((kind) => `"${kind}"`).join(', ')}`),
  color: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1f77b4"'))),
});

const excerptSchema = v.strictObject({
  source: slug,
  exact: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(5000, 'must be at most 5000 characters'),
  ),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters'))),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters'))),
});

const relationSchema = v.strictObject({
  event: slug,
  relation: v.picklist(
    RELATION_KINDS,
    `must be one of ${RELATION_KINDS.map((kind) => `"${kind}"`).join(', ')}`,
  ),
});

export const eventSchema = v.strictObject({
  id: slug,
  title: text(200),
  summary: text(2000),
  date: v.string(),
  dateBasis: text(1000),
  category: slug,
  actors: v.pipe(
    v.array(v.strictObject({ actor: slug, role: v.optional(text(100)) })),
    v.minLength(1, 'must name at least one actor'),
    v.maxLength(50, 'must name at most 50 actors'),
  ),
  place: v.optional(text(200)),
  attribution: v.optional(text(500)),
  excerpts: v.pipe(
    v.array(excerptSchema),
    v.minLength(1, 'must have at least one excerpt'),
    v.maxLength(50, 'must have at most 50 excerpts'),
  ),
  related: v.optional(v.pipe(v.array(relationSchema), v.maxLength(100, 'must have at most 100 relations'))),
});

export const datasetHeaderSchema = v.object({
  version: v.literal(1, 'must be 1 (this app reads dataset contract version 1)'),
  title: text(200),
  description: v.pipe(v.string(), v.maxLength(5000, 'must be at most 5000 characters')),
  sources: v.array(v.unknown()),
  actors: v.array(v.unknown()),
  events: v.array(v.unknown()),
});

export const KNOWN_TOP_LEVEL_KEYS = new Set([
  '$schema',
  'version',
  'title',
  'description',
  'sources',
  'actors',
  'events',
]);

export type RawSource = v.InferOutput<typeof sourceSchema>;
export type RawActor = v.InferOutput<typeof actorSchema>;
export type RawEvent = v.InferOutput<typeof eventSchema>;
