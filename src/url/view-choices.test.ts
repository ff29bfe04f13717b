import { describe, expect, it } from 'vitest';
import { choicesFromView, choicesOf } from './view-choices';

describe('choicesOf', () => {
  it('keeps every choice of a larger state and nothing else', () => {
    const choices = choicesFromView({
      event: 'strike',
      actors: ['russia'],
      from: '2024-11-01',
      to: '2024-11-30',
    });
    const storeState = { ...choices, notices: ['one'], selectEvent: () => {} };
    expect(choicesOf(storeState)).toStrictEqual(choices);
  });
});
