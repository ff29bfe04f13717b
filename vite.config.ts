import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/*
 * The production pages carry a strict Content-Security-Policy: scripts and styles only from this origin, so
 * a dataset that smuggled markup in could still not run or style anything. Datasets may be fetched from any
 * http(s) address (`?data=`). The dev server is left without it: its hot reload injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/*
 * Links that travel: once dist/ is written, scripts/site/ makes a page and a preview image per event of the
 * built-in dataset, the root page's card, sitemap.xml and robots.txt from dist/index.html (SITE_URL sets
 * their absolute address). It runs under tsx, so this config imports none of our TypeScript.
 */
function eventPages(): Plugin {
  let base = '/';
  return {
    name: 'event-pages',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler({ dir }) {
        const args = [
          '--import',
          'tsx',
          'scripts/site/write-site.ts',
          '--out',
          dir ?? 'dist',
          '--base',
          base,
        ];
        execFileSync(process.execPath, args, { cwd: import.meta.dirname, stdio: 'inherit' });
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), eventPages()],
  build: {
    target: 'es2022',
    sourcemap: true,
    /*
     * Three pages, each with the CSP above: the timeline, the editor at /edit/, and the embed at /embed/ (a
     * page of its own rather than a mode of the app, so the app's bundle carries no embed code, a frame does
     * not download the header, filters and Data menu, and the embed's page can say noindex).
     */
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        edit: fileURLToPath(new URL('./edit/index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed/index.html', import.meta.url)),
      },
    },
  },
});
