import { describe, expect, it } from 'vitest';
import { withDraftParam } from './editor-address';

describe('withDraftParam', () => {
  it('names the draft, keeping other parameters', () => {
    expect(withDraftParam('', 'abc')).toBe('?draft=abc');
    expect(withDraftParam('?draft=old&x=1', 'new')).toBe('?draft=new&x=1');
  });

  it('leaves the draft out for a draft not stored yet', () => {
    expect(withDraftParam('?draft=abc', null)).toBe('');
    expect(withDraftParam('?x=1&draft=abc', null)).toBe('?x=1');
  });
});
