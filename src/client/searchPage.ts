/**
 * Browser: the search page. Search as you type (debounced), query and filters in the URL,
 * back/forward restore, results rendered as text (never HTML), other languages searched when
 * the reader's language finds nothing. Pagefind loads on the first search, not before.
 */
import {
  readState,
  writeState,
  sameState,
  pagefindFilters,
  type SearchState,
  filterNames,
  searchPageSize,
} from '../lib/search/searchState';
import { excerptSegments } from '../lib/search/excerpt';
import { converterInto, convertibleInto, hasHan, isChineseScript, queryVariants, type ChineseScript } from '../lib/search/queryVariants';
import { remember } from '../lib/remember';
import { fillPlural, fillTemplate } from '../lib/search/pluralForms';

interface Bundle {
  code: string;
  tag: string;
  /** The index's writing system ('Hans', 'Hant', 'Latn', 'Thai'). */
  script: string;
}

interface Config extends Bundle {
  others: Array<Bundle & { name: string }>;
  strings: Record<'searching' | 'noResults' | 'otherLanguages' | 'otherLanguagesNote' | 'loadError', string> &
    Record<'resultsCount' | 'resultsFiltered', Record<string, string>>;
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
  createInstance: (options: { basePath: string; noWorker?: boolean }) => PagefindInstance;
}

interface Hit {
  url: string;
  title: string;
  type: string;
  district: string;
  excerpt: string;
}

const debounceMs = 250;
/**
 * Results shown at a time. Each result shown costs a fragment download (about 1.5 KB), so a first
 * search on a large site stays small; "Show more" fetches the next ones.
 */
const pageSize = searchPageSize;
const instances = new Map<string, Promise<PagefindInstance>>();
// Both are remembered per page load; a failed download (a network blip) is tried again on the
// next search rather than remembered (see remember).
const converters = new Map<ChineseScript, ReturnType<typeof converterInto>>();
const convertible = new Map<ChineseScript, ReturnType<typeof convertibleInto>>();

/**
 * The query's forms for one index: also converted into its Chinese script when the converter
 * would change it. A query typed in the index's own script needs no converter, so its tables
 * are fetched only for one that has a character they change.
 */
async function variantsFor({ script }: Bundle, query: string): Promise<string[]> {
  if (!isChineseScript(script) || !hasHan(query)) return queryVariants(query);
  // Without the bitmap (a failed download), the converter decides, as it did before there was one.
  const changes = await remember(convertible, script, () => convertibleInto(script)).catch(() => () => true);
  if (!changes(query)) return queryVariants(query);
  return queryVariants(query, await remember(converters, script, () => converterInto(script)));
}

/** One Pagefind instance per locale bundle, created on first use. */
function instanceFor({ code, tag }: Bundle): Promise<PagefindInstance> {
  return remember(instances, code, () =>
    (import(/* @vite-ignore */ `/pagefind/${code}/pagefind.js`) as Promise<PagefindModule>).then((module) => {
      // Pagefind takes a query's language from <html lang> when the instance is created; set it
      // to the bundle's language for that moment so Chinese queries are segmented like the index.
      const root = document.documentElement;
      const own = root.lang;
      root.lang = tag;
      try {
        // On this thread: Pagefind's worker script would add 12 KB (gzip) to the first search, and
        // searching one locale's index takes milliseconds here.
        return module.createInstance({ basePath: `/pagefind/${code}/`, noWorker: true });
      } finally {
        root.lang = own;
      }
    }),
  );
}

/** The matches of one search, best first; their text is fetched a page at a time. */
interface Matches {
  total: number;
  /** Fetches the hits from `start` (at most pageSize). */
  page: (start: number) => Promise<Hit[]>;
}

/** Searches one locale's index for the state's query (in every form it needs) and filters. */
async function searchBundle(bundle: Bundle, state: SearchState): Promise<Matches> {
  // The converter (Chinese only) and Pagefind download side by side.
  const [instance, variants] = await Promise.all([instanceFor(bundle), variantsFor(bundle, state.q)]);
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
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  return {
    total: ranked.length,
    page: async (start) => {
      const data = await Promise.all(ranked.slice(start, start + pageSize).map((result) => result.data()));
      return data.map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        type: d.meta.type ?? '',
        district: d.meta.district ?? '',
        excerpt: d.excerpt,
      }));
    },
  };
}

function hitItems(hits: Hit[], lang?: { tag: string; name: string }): HTMLLIElement[] {
  return hits.map((hit) => {
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
  });
}

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
  const more = ui.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const selects = filterNames.map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`));
  const filterBox = form.querySelector<HTMLDetailsElement>('[data-search-filters]');

  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
  ui.hidden = false;

  const formState = (): SearchState => readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const showState = (state: SearchState) => {
    input.value = state.q;
    selects.forEach((select, i) => {
      if (select) select.value = state.filters[filterNames[i]!] ?? '';
    });
    // A filter set by the address is shown, not hidden in the closed disclosure.
    if (filterBox && Object.keys(state.filters).length > 0) filterBox.open = true;
  };

  let generation = 0;
  /**
   * The current search's matches in this language, how many are shown, and whether the next ones
   * are on their way (a second click meanwhile would fetch and append the same ten again).
   */
  let shown: { matches: Matches; count: number; loading: boolean } | null = null;

  function showMoreButton(): void {
    more.hidden = !shown || shown.count >= shown.matches.total;
  }

  more.addEventListener('click', () => {
    if (!shown || shown.loading) return;
    const current = generation;
    const page = shown;
    page.loading = true;
    // aria-disabled, not disabled: a disabled button loses keyboard focus to the page.
    more.setAttribute('aria-disabled', 'true');
    void page.matches
      .page(page.count)
      .then((hits) => {
        if (current !== generation) return; // a newer search has replaced these results
        const items = hitItems(hits);
        results.append(...items);
        page.count += hits.length;
        showMoreButton();
        // Keyboard and screen-reader users continue from the first new result, not the button.
        items[0]?.querySelector('a')?.focus();
      })
      .catch((error: unknown) => {
        console.error(error);
        if (current !== generation) return;
        failure.hidden = false;
        status.textContent = config.strings.loadError;
      })
      .finally(() => {
        page.loading = false;
        if (current === generation) more.removeAttribute('aria-disabled');
      });
  });

  async function run(state: SearchState): Promise<void> {
    const current = ++generation;
    const active = state.q !== '' || Object.keys(state.filters).length > 0;
    shown = null;
    showMoreButton();
    more.removeAttribute('aria-disabled');
    if (!active) {
      status.textContent = '';
      results.replaceChildren();
      empty.hidden = true;
      others.hidden = true;
      return;
    }
    status.textContent = config.strings.searching;
    try {
      const matches = await searchBundle(config, state);
      const hits = await matches.page(0);
      if (current !== generation) return; // a newer search has started
      results.replaceChildren(...hitItems(hits));
      shown = { matches, count: hits.length, loading: false };
      showMoreButton();
      failure.hidden = true;
      let otherCount = 0;
      others.hidden = true;
      if (matches.total === 0 && state.q) {
        const found = await Promise.all(
          config.others.map(async (other) => {
            const otherMatches = await searchBundle(other, state);
            return { other, hits: await otherMatches.page(0) };
          }),
        );
        if (current !== generation) return;
        otherResults.replaceChildren(...found.flatMap(({ other, hits: otherHits }) => hitItems(otherHits, other)));
        otherCount = found.reduce((sum, { hits: otherHits }) => sum + otherHits.length, 0);
        others.hidden = otherCount === 0;
      }
      empty.hidden = matches.total > 0;
      status.textContent = matches.total
        ? fillPlural(state.q ? config.strings.resultsCount : config.strings.resultsFiltered, config.tag, matches.total, { query: state.q })
        : [fillTemplate(config.strings.noResults, { query: state.q }), otherCount ? config.strings.otherLanguagesNote : '']
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
