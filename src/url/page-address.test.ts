import { describe, expect, it } from 'vitest';
import { addressOf, embedAddressOf, eventPagePath, parseAddress } from './page-address';

const pages = { base: '/', eventPages: true };
const noPages = { base: '/', eventPages: false };

function at(path: string, base = '/') {
  const url = new URL(path, 'https://example.org');
  return parseAddress({ pathname: url.pathname, search: url.search, href: url.href }, base);
}

describe('eventPagePath', () => {
  it('is the folder of the event under the base', () => {
    expect(eventPagePath('atacms-authorization')).toBe('events/atacms-authorization/');
  });
});

describe('addressOf', () => {
  it('names a selected event by its page and the rest of the view by parameters', () => {
    expect(addressOf({ event: 'strike', actors: ['russia'], view: 'source' }, pages)).toBe(
      '/events/strike/?view=source&actors=russia',
    );
  });

  it('is the event page alone for an event in the default view', () => {
    expect(addressOf({ event: 'strike' }, pages)).toBe('/events/strike/');
  });

  it('keeps ?event= for a dataset whose events have no pages', () => {
    expect(addressOf({ event: 'strike', q: 'missile' }, noPages)).toBe('/?event=strike&q=missile');
  });

  it('is the root, under the base, when no event is selected', () => {
    expect(addressOf({ view: 'list' }, { base: '/timeline/', eventPages: true })).toBe(
      '/timeline/?view=list',
    );
    expect(addressOf({}, pages)).toBe('/');
  });

  it('respects a sub-path', () => {
    expect(addressOf({ event: 'strike' }, { base: '/timeline/', eventPages: true })).toBe(
      '/timeline/events/strike/',
    );
  });
});

describe('parseAddress', () => {
  it("selects the event of the page's path", () => {
    expect(at('/events/strike/?actors=russia')).toEqual({
      state: { event: 'strike', actors: ['russia'] },
      notices: [],
    });
  });

  it('reads the page as index.html too', () => {
    expect(at('/events/strike/index.html').state).toEqual({ event: 'strike' });
  });

  it('reads ?event= links as before', () => {
    expect(at('/?event=strike&view=list').state).toEqual({ event: 'strike', view: 'list' });
  });

  it('lets an explicit event parameter win over the path', () => {
    expect(at('/events/strike/?event=other').state).toEqual({ event: 'other' });
  });

  it('reads the path only under the base', () => {
    expect(at('/timeline/events/strike/', '/timeline/').state).toEqual({ event: 'strike' });
    expect(at('/events/strike/', '/timeline/').state).toEqual({});
    expect(at('/timeline/events/', '/timeline/').state).toEqual({});
    expect(at('/events/strike/more/').state).toEqual({});
  });

  it('drops an id that is not one, with a notice, and applies the rest', () => {
    expect(at('/events/Not%20an%20id/?q=x')).toEqual({
      state: { q: 'x' },
      notices: ['Ignored event "Not an id": not a valid event id.'],
    });
  });

  it('round-trips with addressOf, in both forms', () => {
    const view = { event: 'strike', categories: ['military'], from: '2024-05-01', to: '2024-06-30' };
    for (const addressing of [pages, noPages]) expect(at(addressOf(view, addressing)).state).toEqual(view);
  });
});

describe('embedAddressOf', () => {
  it('is the embed page under the base, with the event as a parameter', () => {
    expect(embedAddressOf({ event: 'strike', actors: ['russia'] }, '/timeline/')).toBe(
      '/timeline/embed/?event=strike&actors=russia',
    );
  });
});
