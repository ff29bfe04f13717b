import { describe, expect, it } from 'vitest';
import { choicesFromView } from '../state/app-store';
import { eventHref, isPlainClick } from './event-href';

describe('eventHref', () => {
  const noPages = { base: '/', eventPages: false };

  it('selects the event and keeps the rest of the view', () => {
    const choices = choicesFromView({ event: 'other', actors: ['russia'], q: 'strike', view: 'list' });
    expect(eventHref(choices, noPages, 'atacms-authorization')).toBe(
      '/?view=list&event=atacms-authorization&actors=russia&q=strike',
    );
  });

  it('can ask for another view', () => {
    expect(eventHref(choicesFromView({}), noPages, 'strike', 'source')).toBe('/?view=source&event=strike');
  });

  it('links from the default view with the event alone', () => {
    expect(eventHref(choicesFromView({ view: 'timeline' }), noPages, 'strike')).toBe('/?event=strike');
  });

  it("is the event's page where events have pages", () => {
    const choices = choicesFromView({ actors: ['russia'] });
    expect(eventHref(choices, { base: '/timeline/', eventPages: true }, 'strike', 'source')).toBe(
      '/timeline/events/strike/?view=source&actors=russia',
    );
  });
});

describe('isPlainClick', () => {
  const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

  it('is a left click without modifiers', () => {
    expect(isPlainClick(plain)).toBe(true);
  });

  it.each([
    ['a middle click', { button: 1 }],
    ['Ctrl+click', { ctrlKey: true }],
    ['Cmd+click', { metaKey: true }],
    ['Shift+click', { shiftKey: true }],
    ['Alt+click', { altKey: true }],
  ])('is not %s, which the browser handles as a link', (_what, change) => {
    expect(isPlainClick({ ...plain, ...change })).toBe(false);
  });
});
