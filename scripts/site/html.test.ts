import { describe, expect, it } from 'vitest';
import { fragment, h, trustedMarkup } from './html';

describe('h', () => {
  it('escapes text children as text', () => {
    expect(String(h('p', {}, '<script>x</script> & "q"'))).toBe(
      '<p>&lt;script&gt;x&lt;/script&gt; &amp; "q"</p>',
    );
  });

  it('escapes attribute values for a double-quoted attribute', () => {
    expect(String(h('a', { href: '"><svg onload=x>&' }, 'go'))).toBe(
      '<a href="&quot;&gt;&lt;svg onload=x&gt;&amp;">go</a>',
    );
  });

  it('leaves out undefined and false attributes and writes true ones bare', () => {
    expect(String(h('input', { hidden: true, title: undefined, disabled: false, size: 3 }))).toBe(
      '<input hidden size="3">',
    );
  });

  it('writes void elements without a closing tag and refuses children for them', () => {
    expect(String(h('meta', { name: 'a', content: 'b' }))).toBe('<meta name="a" content="b">');
    expect(() => h('br', {}, 'text')).toThrow(/takes no children/);
  });

  it('nests markup, flattens arrays and skips empty children', () => {
    const list = h(
      'ul',
      {},
      ['a', 'b'].map((item) => h('li', {}, item)),
      null,
      false,
      undefined,
    );
    expect(String(list)).toBe('<ul><li>a</li><li>b</li></ul>');
  });

  it('refuses tag and attribute names that are not plain names', () => {
    expect(() => h('p onclick=x', {})).toThrow(/not an HTML name/);
    expect(() => h('p', { 'x"': 'y' })).toThrow(/not an HTML name/);
  });
});

describe('fragment and trustedMarkup', () => {
  it('joins pieces, escaping strings and keeping markup', () => {
    expect(String(fragment('<b>', trustedMarkup('<i>ok</i>')))).toBe('&lt;b&gt;<i>ok</i>');
  });
});
