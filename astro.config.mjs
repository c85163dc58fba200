// @ts-check
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unpublishable } from './pipeline/publish/freshness.ts';

/** Pages that ask search engines not to index them (<meta name="robots" content="noindex">). */
const NOINDEX = ['/404.html', '/404/'];

// SITE_URL is where the site is published; canonical URLs, Open Graph and the
// sitemap are absolute against it.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://zhengce.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [
    {
      // Fail closed: a plain `astro build` refuses content/generated/ when the ingest report is
      // missing, older than a source, a data file or the pipeline (by content hash), or failed
      // under --strict (ZCQD_STRICT=1, set by `npm run build -- --strict`).
      name: 'ingest-report-guard',
      hooks: {
        'astro:config:setup': ({ command, config }) => {
          if (command !== 'build') return;
          const why = unpublishable(fileURLToPath(config.root), process.env.ZCQD_STRICT === '1');
          if (why) throw new Error(`refusing to build: ${why}`);
        },
      },
    },
    // Writes sitemap-index.xml (named in robots.txt) and sitemap-0.xml, … .
    sitemap({ filter: (page) => !NOINDEX.includes(new URL(page).pathname) }),
    {
      // The site announced /sitemap.xml before it used @astrojs/sitemap; a sitemap index is a
      // valid sitemap at any URL, so that one keeps answering, with the same index.
      name: 'sitemap-xml-alias',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir));
        },
      },
    },
  ],
});
