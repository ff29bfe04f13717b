import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, FIELDS, LIMITS } from './contract';
import { parseEdtf } from './edtf';
import { OLDEST_VERSION } from './migrations';

/*
 * data/dataset.schema.json helps editors; the contract the app reads is contract.ts with restore/. These checks
 * keep the two saying the same: the same fields on every record, the same versions, limits and date forms.
 */

interface SchemaNode {
  readonly properties?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
  readonly $ref?: string;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly maxLength?: number;
}

const schema = JSON.parse(
  readFileSync(new URL('../../data/dataset.schema.json', import.meta.url), 'utf8'),
) as SchemaNode & { readonly $defs: Record<string, SchemaNode> };

function resolve(node: SchemaNode | undefined): SchemaNode {
  if (!node) throw new Error('no such schema node');
  return node.$ref ? resolve(schema.$defs[node.$ref.replace('#/$defs/', '')]) : node;
}

function fieldsOf(node: SchemaNode | undefined): string[] {
  return Object.keys(resolve(node).properties ?? {}).sort();
}

const event = resolve(schema.$defs.event).properties!;

describe('data/dataset.schema.json against the contract', () => {
  it.each([
    ['dataset', schema],
    ['source', schema.$defs.source],
    ['actor', schema.$defs.actor],
    ['event', schema.$defs.event],
    ['excerpt', event.excerpts?.items],
    ['eventActor', event.actors?.items],
    ['relation', event.related?.items],
    ['location', event.location],
    ['media', event.media],
    ['link', event.links?.items],
    ['era', schema.$defs.era],
  ] as const)('gives %s records the fields the contract reads', (record, node) => {
    expect(fieldsOf(node)).toEqual([...FIELDS[record]].sort());
  });

  it('names every version the app reads', () => {
    const versions = Array.from(
      { length: CURRENT_VERSION - OLDEST_VERSION + 1 },
      (_, index) => OLDEST_VERSION + index,
    );
    expect(resolve(schema.properties?.version).enum).toEqual(versions);
  });

  it('has the contract’s length limits', () => {
    expect(resolve(schema.$defs.title).maxLength).toBe(LIMITS.title);
    expect(resolve(event.summary).maxLength).toBe(LIMITS.summary);
    expect(resolve(event.displayDate).maxLength).toBe(LIMITS.displayDate);
    expect(resolve(event.media?.properties?.caption).maxLength).toBe(LIMITS.caption);
    expect(resolve(event.media?.properties?.credit).maxLength).toBe(LIMITS.credit);
    expect(resolve(event.links?.items?.properties?.text).maxLength).toBe(LIMITS.linkText);
  });

  const edtf = new RegExp(resolve(schema.$defs.edtf).pattern ?? '', 'u');
  it.each([
    '2024',
    '2024-05',
    '2024-11-17',
    '2024-11-17~',
    '2024-05?',
    '2024%',
    '-0300',
    '-0044-03-15',
    '0000',
    'Y-13800000000',
    'Y170000',
    '2015-01-01T01:01:01',
    '2015-01-01T23:59:59Z',
    '2024-11-06/2024-11-17',
    '-0300/-0298',
    '../2024-11-17',
    '2024-11-06/..',
    '/2024-11',
    '2024-11/',
    '2015-01-01T01:01:01/2015-01-01T02:00:00',
    '24-11-17',
    '2024-13',
    '2024-11-17T25:00:00',
    '2024-11-17T01:01',
    '2024-11-17T01:01:01~',
    'Y2024',
    'Y-1234-05',
    '2024-11-17 ',
    '17/11/2024',
    '../..',
    '',
  ])('accepts %j exactly where the parser does', (text) => {
    expect(edtf.test(text)).toBe(parseEdtf(text).ok);
  });
});
