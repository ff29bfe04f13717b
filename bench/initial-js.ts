import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './paths';

export interface InitialJs {
  readonly files: { path: string; bytes: number; gzipBytes: number }[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Scripts an HTML page loads at once (script src and modulepreload), gzipped at level 9. */
export function initialJs(
  htmlFile: string,
  resolveUrl: (path: string) => string | undefined,
  distCopy?: string,
): InitialJs {
  const html = readFileSync(htmlFile, 'utf8');
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g)].map((match) => match[1]),
  ].filter((url): url is string => url !== undefined);
  const files = [...new Set(urls)].flatMap((url) => {
    const file = resolveUrl(new URL(url, 'http://localhost/').pathname);
    if (!file) return [];
    const content = readFileSync(file);
    return [
      {
        path:
          distCopy && file.startsWith(distCopy) ? `dist${file.slice(distCopy.length)}` : relative(ROOT, file),
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      },
    ];
  });
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}
