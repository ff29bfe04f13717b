import { it } from 'vitest';
import { importDataset } from './domain/import/import-dataset';
import { eventsSentence, effectLabel } from './features/datasets/report-wording';
import { FORMAT_NAMES } from './domain/import/formats';
const problemText = (ps: readonly {path:string;message:string}[]) => ps.map((p) => `${p.path}: ${p.message}`).join('; ');
const DEEP = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const ONE_SOURCE = [{ id: 'report', title: 'A report', publisher: 'Example', url: 'https://example.org/report', published: '2024-11', text: 'Some text. More text.' }];
const eventRecord = (id: string, title: string, extra: Record<string, unknown> = {}) => ({ id, title, summary: 'A summary.', date: '2024-11', dateBasis: 'The report says November.', category: 'report', actors: [{ actor: 'someone' }], excerpts: [{ source: 'report', exact: 'Some text.' }], ...extra });
const dataset = (events: unknown[], actors: unknown[] = [{ id: 'someone', name: 'Someone', kind: 'person' }]) => JSON.stringify({ version: 1, title: 'Broken', description: '', sources: ONE_SOURCE, actors, events });
const files: [string,string][] = [
 ['empty.json',''],['not-json.json','this is not JSON at all'],['truncated.json',dataset([eventRecord('cut-off', 'Cut off')]).slice(0, 120)],
 ['notes.txt','Dear diary, today I made a timeline.'],['list.json','[]'],['version-only.json','{"version":1}'],
 ['wrong-types.json','{"version":1,"title":5,"description":[],"sources":{},"actors":"none","events":null}'],
 ['wrong-version.json','{"version":2,"title":"Future","description":"","sources":[],"actors":[],"events":[]}'],
 ['future-version.json','{"version":3,"title":"Future","description":"","sources":[],"actors":[],"events":[]}'],
 ['deep.json',DEEP],['deep-events.json',`{"version":1,"title":"Deep","description":"","sources":[],"actors":[],"events":${DEEP}}`],
 ['dangling.json',dataset([eventRecord('orphan', 'Orphan', { actors: [{ actor: 'ghost' }] })])],
 ['no-events.json',dataset([])],
 ['duplicates.json', dataset([eventRecord('first', 'First event'), eventRecord('first', 'Second event, same id'), eventRecord('second', 'Third event', { related: [{ event: 'nowhere', relation: 'follows' }] }), eventRecord('stranger', 'Fourth event', { actors: [{ actor: 'nobody' }] })], [{ id: 'someone', name: 'Someone', kind: 'person' }, { id: 'someone', name: 'Someone else', kind: 'person' }])],
];
it('p', () => {
  for (const [f, text] of files) {
    const r = importDataset(text, f);
    if (!r.ok) { console.log(f, 'REFUSED:', `Could not open “${f}”: ${problemText(r.problems.slice(0,5))}`); continue; }
    console.log(f, 'LOADED:', eventsSentence(f, FORMAT_NAMES[r.format], r.counts), JSON.stringify(r.dataset.events.map(e=>e.title)));
    for (const p of r.problems) console.log('   ', effectLabel(p), p.path + ': ' + p.message);
  }
});
