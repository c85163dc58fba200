// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL is where the site is published; canonical URLs, Open Graph and the
// sitemap are absolute against it.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://zhengce.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
