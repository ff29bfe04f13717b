/*
 * HTML built as a tree, so every string is escaped for the place it lands in: text with `escapeText`,
 * attribute values (always double-quoted) with `escapeAttribute`. Only `Markup` passes through as it is, and
 * only this module and `trustedMarkup` make it, so a dataset string can never become markup by accident.
 */
import { escapeAttribute, escapeText } from 'entities';

class Markup {
  readonly #html: string;
  constructor(html: string) {
    this.#html = html;
  }
  toString(): string {
    return this.#html;
  }
}

export type { Markup };

/** Markup the build writes itself (never a dataset string): e.g. JSON-LD after its own escaping. */
export function trustedMarkup(html: string): Markup {
  return new Markup(html);
}

export type Child = Markup | string | null | undefined | false | readonly Child[];
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'link', 'meta']);
const NAME = /^[a-z][a-z0-9:-]*$/;

function checkName(name: string): string {
  // Names are the build's own constants; one from anywhere else would be a bug worth stopping for.
  if (!NAME.test(name)) throw new Error(`not an HTML name: ${JSON.stringify(name)}`);
  return name;
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) =>
      value === true ? ` ${checkName(name)}` : ` ${checkName(name)}="${escapeAttribute(String(value))}"`,
    )
    .join('');
}

function content(children: readonly Child[]): string {
  return children
    .map((child): string => {
      if (child instanceof Markup) return child.toString();
      if (typeof child === 'string') return escapeText(child);
      if (Array.isArray(child)) return content(child);
      return '';
    })
    .join('');
}

/** One element: `h('a', { href }, 'text')`. Strings among the children are text. */
export function h(tag: string, attrs: Attributes, ...children: Child[]): Markup {
  const open = `<${checkName(tag)}${attributes(attrs)}>`;
  if (VOID_ELEMENTS.has(tag)) {
    if (children.length > 0) throw new Error(`<${tag}> takes no children`);
    return new Markup(open);
  }
  return new Markup(`${open}${content(children)}</${tag}>`);
}

/** Several pieces side by side, with no element around them. */
export function fragment(...children: Child[]): Markup {
  return new Markup(content(children));
}
