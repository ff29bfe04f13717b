/*
 * The `<iframe>` a host pastes to show one event of the timeline in its own page. The title comes from a
 * dataset, so every value is escaped for a double-quoted attribute.
 */

/** The frame the embed page is laid out for; it also works down to 320 px wide. */
export const EMBED_SIZE = { width: 640, height: 480 } as const;

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};

function attribute(value: string): string {
  return value.replace(/[&"<>]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}

/** A ready `<iframe>` for the embed page at `src` (absolute), named for screen readers by `title`. */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" ` +
    `width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" ` +
    `style="border: 0; max-width: 100%" loading="lazy"></iframe>`
  );
}
