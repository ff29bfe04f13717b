/*
 * A tiny static server for the bench: the production build (dist/), the synthetic datasets (/bench-data/),
 * the seed dataset for the peers (/bench-seed/), the peer pages (/bench-peers/) and the peers' libraries
 * from node_modules (/bench-modules/). No compression and no caching, so every context loads the same bytes.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

export interface BenchServer {
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * URL prefix -> folder. The first matching prefix wins; everything else is the build (`distDir`, by default
 * dist/), with index.html for unknown paths.
 */
export function benchRoutes(root: string, distDir = join(root, 'dist')): [prefix: string, folder: string][] {
  return [
    ['/bench-data/', join(root, 'bench/data')],
    ['/bench-seed/', join(root, 'data')],
    ['/bench-peers/', join(root, 'bench/peers')],
    ['/bench-modules/vis-timeline/', join(root, 'node_modules/vis-timeline')],
    ['/bench-modules/timelinejs/', join(root, 'node_modules/@knight-lab/timelinejs/dist')],
    ['/', distDir],
  ];
}

/** The file a URL path is served from, or undefined. */
export function fileFor(routes: [string, string][], pathname: string): string | undefined {
  for (const [prefix, folder] of routes) {
    if (!pathname.startsWith(prefix)) continue;
    const base = resolve(folder);
    const target = resolve(base, normalize(`.${sep}${pathname.slice(prefix.length)}`));
    if (target !== base && !target.startsWith(base + sep)) return undefined;
    const stats = statSync(target, { throwIfNoEntry: false });
    if (stats?.isFile()) return target;
    if (stats?.isDirectory() && statSync(join(target, 'index.html'), { throwIfNoEntry: false })?.isFile())
      return join(target, 'index.html');
    // The app is a single page: unknown paths without an extension get its index.html.
    if (prefix === '/' && extname(pathname) === '') return join(base, 'index.html');
    return undefined;
  }
  return undefined;
}

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') done(false);
      else fail(error);
    };
    const onListening = () => {
      server.off('error', onError);
      done(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/** Serves on the first free port of `ports` (4180-4189 by default). */
export async function startServer(
  routes: [prefix: string, folder: string][],
  ports: readonly number[],
): Promise<BenchServer> {
  const server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(routes, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
      return;
    }
    const size = statSync(file).size;
    response.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  for (const port of ports) {
    if (await listen(server, port)) {
      return {
        origin: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      };
    }
  }
  throw new Error(`no free port among ${ports.join(', ')}`);
}
