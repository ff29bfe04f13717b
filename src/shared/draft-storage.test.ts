import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../domain/editor/draft';
import { draftWithEvent } from '../testing/draft-fixtures';
import { draftTitle, openDraftStorage } from './draft-storage';

let databases = 0;
/** A storage of its own for each test. */
const freshStorage = () => openDraftStorage(`drafts-test-${(databases += 1)}`);

const draft = draftWithEvent();

describe('draft storage', () => {
  it('keeps a draft whole under its id', async () => {
    const storage = freshStorage();
    await storage.save('a', draft, 1000);
    expect(await storage.load('a')).toEqual({ id: 'a', updatedAt: 1000, draft });
    expect(await storage.load('missing')).toBeUndefined();
  });

  it('lists summaries, the latest first, and replaces a draft saved again', async () => {
    const storage = freshStorage();
    await storage.save('older', emptyDraft(), 1000);
    await storage.save('newer', draft, 2000);
    await storage.save('older', { ...draft, title: 'Renamed' }, 3000);
    expect(await storage.list()).toEqual([
      { id: 'older', title: 'Renamed', events: 1, updatedAt: 3000 },
      { id: 'newer', title: 'Bridge shelled twice in one week', events: 1, updatedAt: 2000 },
    ]);
  });

  it('removes a draft and its summary', async () => {
    const storage = freshStorage();
    await storage.save('a', draft, 1000);
    await storage.remove('a');
    expect(await storage.load('a')).toBeUndefined();
    expect(await storage.list()).toEqual([]);
  });

  it('is shared by every connection to the same database', async () => {
    const name = `drafts-test-shared-${(databases += 1)}`;
    await openDraftStorage(name).save('a', draft, 1000);
    expect((await openDraftStorage(name).load('a'))?.draft).toEqual(draft);
  });
});

describe('draftTitle', () => {
  it('is the title, else the first source’s, else "Untitled timeline"', () => {
    expect(draftTitle({ ...draft, title: 'Mine' })).toBe('Mine');
    expect(draftTitle({ ...draft, title: ' ' })).toBe('Bridge shelled twice in one week');
    expect(draftTitle(emptyDraft())).toBe('Untitled timeline');
  });
});
