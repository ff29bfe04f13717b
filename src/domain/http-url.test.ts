import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './http-url';

describe('isHttpUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'http://127.0.0.1:4173/', 'HTTPS://EXAMPLE.ORG'])(
    'accepts the absolute address %j',
    (value) => expect(isHttpUrl(value)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://example.org/',
    'mailto:a@example.org',
    '/relative/path.json',
    'example.org',
    '',
    'http://',
  ])('rejects %j without a base', (value) => expect(isHttpUrl(value)).toBe(false));

  it('resolves relative addresses against a base, and keeps refusing other schemes', () => {
    expect(isHttpUrl('/bench-data/synthetic-10000.json', 'http://localhost/')).toBe(true);
    expect(isHttpUrl('events.json', 'https://data.example/exports/')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)', 'http://localhost/')).toBe(false);
    expect(isHttpUrl('/events.json', 'file:///home/')).toBe(false);
  });
});
