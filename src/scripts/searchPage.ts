/**
 * Browser: the search page. Search as you type (debounced), query and filters in the URL,
 * back/forward restore, results rendered as text (never HTML), other languages searched when
 * the reader's language finds nothing. Pagefind loads on the first search, not before.
 */
import { readState, writeState, sameState, pagefindFilters, type SearchState, filterNames } from '../lib/searchState';
import { excerptSegments } from '../lib/excerpt';
import { hasHan, queryVariants, type ScriptConverters } from '../lib/queryVariants';

interface Config {
  locale: string;
  tag: string;
  chinese: boolean;
  others: Array<{ code: string; tag: string; name: string }>;
  strings: Record<'searching' | 'resultsCount' | 'resultsFiltered' | 'noResults' | 'otherLanguages' | 'otherLanguagesNote', string>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindInstance {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string }) => PagefindInstance;
}

interface Hit {
  url: string;
  title: string;
  type: string;
  district: string;
  excerpt: string;
}

const debounceMs = 250;
const maxResults = 20;
const instances = new Map<string, Promise<PagefindInstance>>();
let converters: Promise<ScriptConverters> | null = null;

/** One Pagefind instance per locale bundle, created on first use. */
function instanceFor(code: string, tag: string): Promise<PagefindInstance> {
  let instance = instances.get(code);
  if (!instance) {
    const url = `/pagefind/${code}/pagefind.js`;
    instance = (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then((module) => {
      // Pagefind takes a query's language from <html lang> when the instance is created; set it
      // to the bundle's language for that moment so Chinese queries are segmented like the index.
      const root = document.documentElement;
      const own = root.lang;
      root.lang = tag;
      try {
        return module.createInstance({ basePath: `/pagefind/${code}/` });
      } finally {
        root.lang = own;
      }
    });
    instances.set(code, instance);
  }
  return instance;
}

async function searchBundle(code: string, tag: string, variants: string[], state: SearchState): Promise<Hit[]> {
  const instance = await instanceFor(code, tag);
  const filters = pagefindFilters(state);
  const terms: Array<string | null> = variants.length ? variants : [null];
  const responses = await Promise.all(terms.map((term) => instance.search(term, { filters })));
  // The same page can match several forms of the query: keep its best score.
  const best = new Map<string, PagefindResult>();
  for (const response of responses)
    for (const result of response?.results ?? []) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, maxResults);
  const data = await Promise.all(top.map((result) => result.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    type: d.meta.type ?? '',
    district: d.meta.district ?? '',
    excerpt: d.excerpt,
  }));
}

function renderHits(list: HTMLElement, hits: Hit[], lang?: { tag: string; name: string }): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      if (lang) item.lang = lang.tag;
      const heading = document.createElement('h2');
      heading.className = 'text-lg font-semibold';
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'text-brand underline';
      link.textContent = hit.title;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'text-sm text-slate-700';
      meta.textContent = [lang?.name, hit.type, hit.district].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-1 text-slate-800';
      excerpt.append(
        ...excerptSegments(hit.excerpt).map((segment) => {
          if (!segment.mark) return document.createTextNode(segment.text);
          const mark = document.createElement('mark');
          mark.textContent = segment.text;
          return mark;
        }),
      );
      item.append(heading, meta, excerpt);
      return item;
    }),
  );
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export function startSearchPage(): void {
  const ui = document.querySelector<HTMLElement>('[data-search-ui]');
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!ui || !form || !input) return;
  const config = JSON.parse(ui.dataset.config ?? '{}') as Config;
  const status = ui.querySelector<HTMLElement>('[data-search-status]')!;
  const results = ui.querySelector<HTMLElement>('[data-search-results]')!;
  const empty = ui.querySelector<HTMLElement>('[data-search-empty]')!;
  const others = ui.querySelector<HTMLElement>('[data-search-others]')!;
  const otherResults = ui.querySelector<HTMLElement>('[data-search-other-results]')!;
  const failure = ui.querySelector<HTMLElement>('[data-search-error]')!;
  const selects = filterNames.map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`));

  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
  ui.hidden = false;

  const formState = (): SearchState => readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const showState = (state: SearchState) => {
    input.value = state.q;
    selects.forEach((select, i) => {
      if (select) select.value = state.filters[filterNames[i]!] ?? '';
    });
  };

  let generation = 0;
  async function run(state: SearchState): Promise<void> {
    const current = ++generation;
    const active = state.q !== '' || Object.keys(state.filters).length > 0;
    if (!active) {
      status.textContent = '';
      results.replaceChildren();
      empty.hidden = true;
      others.hidden = true;
      return;
    }
    status.textContent = config.strings.searching;
    try {
      if (config.chinese && hasHan(state.q)) converters ??= import('../lib/chineseScripts').then((m) => m.converters);
      const variants = queryVariants(state.q, config.chinese && hasHan(state.q) ? await converters! : undefined);
      const hits = await searchBundle(config.locale, config.tag, variants, state);
      if (current !== generation) return; // a newer search has started
      renderHits(results, hits);
      failure.hidden = true;
      let otherCount = 0;
      others.hidden = true;
      if (hits.length === 0 && state.q) {
        const found = await Promise.all(
          config.others.map(async (other) => ({ other, hits: await searchBundle(other.code, other.tag, [state.q], state) })),
        );
        if (current !== generation) return;
        otherResults.replaceChildren();
        for (const { other, hits: otherHits } of found) {
          if (!otherHits.length) continue;
          const list = document.createElement('ol');
          renderHits(list, otherHits, other);
          otherResults.append(...list.children);
          otherCount += otherHits.length;
        }
        others.hidden = otherCount === 0;
      }
      empty.hidden = hits.length > 0;
      status.textContent = hits.length
        ? fill(state.q ? config.strings.resultsCount : config.strings.resultsFiltered, { count: hits.length, query: state.q })
        : [fill(config.strings.noResults, { query: state.q }), otherCount ? config.strings.otherLanguagesNote : '']
            .filter(Boolean)
            .join(' ');
    } catch (error) {
      console.error(error);
      if (current !== generation) return;
      status.textContent = '';
      failure.hidden = false;
    }
  }

  /** Records the state in the address bar: a new history entry only when it changed. */
  function remember(state: SearchState): void {
    if (sameState(state, readState(new URLSearchParams(location.search)))) return;
    history.pushState(null, '', `${location.pathname}${writeState(state)}`);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const state = formState();
      remember(state);
      void run(state);
    }, debounceMs);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    const state = formState();
    remember(state);
    void run(state);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const state = formState();
    remember(state);
    void run(state);
  });
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });

  const initial = readState(new URLSearchParams(location.search));
  showState(initial);
  void run(initial);
}
