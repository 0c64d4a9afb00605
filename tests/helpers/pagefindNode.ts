/**
 * Queries a built Pagefind bundle from Node, for the site tests and the benchmark: loads the
 * bundle's own pagefind.js (the code browsers run) with the minimal browser globals it reads.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface NodeSearchResult {
  url: string;
  title: string;
  excerpt: string;
  /** The page's indexed text, as Pagefind stored it. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindModule {
  createInstance: (options: { basePath: string }) => {
    search: (
      term: string | null,
      options?: { filters?: Record<string, string | string[]> },
    ) => Promise<{
      results: Array<{
        data: () => Promise<{
          url: string;
          excerpt: string;
          content: string;
          meta: Record<string, string>;
          filters: Record<string, string[]>;
        }>;
      }>;
    }>;
    destroy: () => Promise<void>;
  };
}

/** A search function over one locale's bundle, served at `${baseUrl}/pagefind/${locale}/`. */
export async function openSearch(distDir: string, baseUrl: string, locale: string, htmlLang: string) {
  // pagefind.js reads the page language from <html lang> when an instance is created, to
  // segment Chinese and Thai queries. The stand-in document is there only until then: test files
  // share their worker, and a global `document` left behind makes other libraries (Prism, loaded
  // by the markdown renderer) take Node for a browser.
  const root = { lang: htmlLang, getAttribute: (name: string) => (name === 'lang' ? htmlLang : null) };
  const global = globalThis as { document?: unknown };
  const had = 'document' in global;
  const previous = global.document;
  global.document = { documentElement: root, currentScript: null, querySelector: () => root };
  let instance: ReturnType<PagefindModule['createInstance']>;
  try {
    const module = (await import(
      `${pathToFileURL(join(distDir, 'pagefind', locale, 'pagefind.js')).href}?locale=${locale}`
    )) as PagefindModule;
    instance = module.createInstance({ basePath: `${baseUrl}/pagefind/${locale}/` });
  } finally {
    if (had) global.document = previous;
    else delete global.document;
  }
  return {
    /** The first `limit` results, in rank order (ten, as the search page shows, unless told). */
    async search(term: string, filters?: Record<string, string | string[]>, limit = 10): Promise<NodeSearchResult[]> {
      const response = await instance.search(term === '' ? null : term, filters ? { filters } : {});
      const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
      return data.map((d) => ({
        url: new URL(d.url, baseUrl).pathname,
        title: d.meta.title ?? '',
        excerpt: d.excerpt,
        content: d.content,
        meta: d.meta,
        filters: d.filters,
      }));
    },
    close: () => instance.destroy(),
  };
}
