import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { docsPages } from './docs-pages.mts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The hub's web pages, built into clients/web/dist and served by the gateway: the front door (/),
 * the internal dashboard (/dashboard/), the DPO's page (/dpo/), the GraphQL explorer (/explorer/)
 * and the repository's documents rendered (/docs/). Everything they load is bundled here, so the
 * pages need no network beyond the hub (no CDN).
 */
export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  plugins: [docsPages(fileURLToPath(new URL('../..', import.meta.url)))],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The explorer bundles the Monaco editor: large, but loaded only by developers.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: { home: `${root}home/index.html`, dashboard: `${root}dashboard/index.html`, dpo: `${root}dpo/index.html`, explorer: `${root}explorer/index.html` },
      // React libraries mark modules "use client" for server components; meaningless in a static bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
