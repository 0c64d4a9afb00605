// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import tailwind from '@astrojs/tailwind';
import sitemap from '@astrojs/sitemap';
import { locales, localeCodes, defaultLocale } from './src/i18n/locales.ts';
import { contentIntegrity } from './src/integrations/contentIntegrity.ts';
import { hostFiles } from './src/integrations/hostFiles.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { adminEditor } from './src/integrations/adminEditor.ts';
import { offlineReadingFiles } from './src/integrations/offlineReading.ts';
import { sitemapPages } from './src/lib/routing/sitemapPages.ts';
import remarkInertContent from './src/lib/markdown/remarkInertContent.ts';
import rehypeForeignScript from './src/lib/markdown/rehypeForeignScript.ts';

// Canonical origin; set SITE_URL to build for another host.
const site = process.env.SITE_URL ?? 'https://gather-in-shanghai.example.org';

export default defineConfig({
  site,
  // Builds of project copies (tests, benchmark) share node_modules through a symlink; each gets
  // its own content store here, or a copy's build would overwrite this project's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Four paths of a route at a time: preview images rasterise on worker threads meanwhile.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    // Every locale prefixed; `/` is our own page that sends readers on.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Content is text: markup, scripts and javascript: links written in entries render inert.
  // Chinese names inside English (Thai, Indonesian) text get their own lang.
  markdown: { remarkPlugins: [remarkInertContent], rehypePlugins: [rehypeForeignScript] },
  integrations: [
    contentIntegrity(),
    hostFiles(),
    adminEditor(),
    mdx(),
    tailwind({ applyBaseStyles: false }),
    sitemap({
      // Every page of every locale, not only those this build wrote: a locale shard
      // (BUILD_LOCALES=th) then writes the same sitemap as the full build (src/lib/routing/sitemapPages.ts).
      customPages: sitemapPages(fileURLToPath(new URL('.', import.meta.url)), site),
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].tag])),
      },
      // Not the language chooser at / (the sitemap plugin would list it as an English alternate)
      // and not the not-found and offline pages.
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== '/' && !/\/(404|offline)\/?$/.test(path) && !path.startsWith('/admin/');
      },
    }),
    // It indexes the pages the other integrations have finished writing.
    searchIndex(),
    offlineReadingFiles(),
  ],
  // Scripts as files, never inlined: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
