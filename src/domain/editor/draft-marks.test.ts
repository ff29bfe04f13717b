import { describe, expect, it } from 'vitest';
import { ARTICLE, draftWithSource, fields, quote, SOURCE_ID } from '../../testing/draft-fixtures';
import { addEvent } from './draft';
import { draftHighlights, UNSAVED_EVENT } from './draft-marks';

describe('draftHighlights', () => {
  it('marks every quote of the source where it anchors, and the quotes of the event being written', () => {
    const draft = addEvent(draftWithSource(), fields(), [
      quote('Officials said'),
      quote('the bridge was shelled', 1),
    ]).draft;
    const second = ARTICLE.lastIndexOf('the bridge was shelled');
    expect(draftHighlights(draft, SOURCE_ID, [quote('Residents said')])).toEqual([
      { eventId: 'bridge-shelled', excerptIndex: 0, start: 0, end: 14 },
      { eventId: 'bridge-shelled', excerptIndex: 1, start: second, end: second + 22 },
      { eventId: UNSAVED_EVENT, excerptIndex: 0, start: 50, end: 64 },
    ]);
  });

  it('leaves out quotes of other sources and quotes that do not anchor', () => {
    const draft = addEvent(draftWithSource(), fields(), [
      { source: 'other', exact: 'Officials said' },
      { source: SOURCE_ID, exact: 'the bridge was shelled' },
    ]).draft;
    expect(draftHighlights(draft, SOURCE_ID)).toEqual([]);
  });
});
