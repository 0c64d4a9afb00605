/**
 * The shapes pages render: route data built in src/lib (routeData.ts) from the collection
 * metadata and views (src/lib/collections/). Plain data only, so every page can be unit-tested without Astro.
 */
import type { FilterName } from '../search/searchState';
import type { CollectionEntry } from 'astro:content';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { ContentIndex } from '../content/contentIndex';
import type { Localized } from '../content/localize';
import type { DistrictMapInput } from '../maps/districtMap';
import type { WorldMapInput } from '../maps/worldMap';
import type { CollectionName } from '../content/schemas';

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;
export type Entries = { [C in CollectionName]: CollectionEntry<C> };
export type Item<C extends CollectionName = CollectionName> = Localized<Entry<C>>;

export interface Link {
  label: string;
  href: string;
  /** An official site outside this one: a plain link, `rel="noopener noreferrer"`. */
  external?: boolean;
}

/** A channel in a "Where to ask" panel: its official site and its page here. */
export interface AskChannel {
  title: string;
  /** Its page on this site. */
  href: string;
  /** The link to its address, labelled by its source's kind ("Official site: …", "News report on …"). */
  link: Link;
  /** What an investor uses it for. */
  purpose: string;
  /** The text of the link to its page here ("More about …"). */
  details: string;
}

/** A figure that cites its source, as `<Fact>` renders it: anchor `fact-<k>`, link to `source-<n>`. */
export interface Figure {
  label: string;
  figure: { k: number; n: number };
  /** After the figure, e.g. its date: "(September 2023)". */
  note?: string;
}

export interface Fact {
  term: string;
  values: ReadonlyArray<string | Link | Figure>;
}

/** An entry in a list: linked title, summary, and a short line above or below it. */
export interface Card {
  href: string;
  title: string;
  summary?: string;
  eyebrow?: string;
  note?: string;
  /** Links under the summary, such as an official site. */
  links?: Link[];
}

export interface RelatedGroup {
  heading: string;
  /** A sentence before the list (a caveat about what the list means). */
  note?: string;
  items: Card[];
  /** Where all of them are, when the list shows only the first (views/common.ts `bounded`). */
  more?: Link | undefined;
}

export interface Quote {
  text: string;
  attribution: string;
  translated: boolean;
}

/** What an entry page shows between its summary and its body, in order. */
export type Block =
  | { kind: 'facts'; facts: Fact[] }
  /** "At a glance": facts and, where the entry is on the district map, its map. */
  | { kind: 'glance'; facts: Fact[]; map?: DistrictMapInput | undefined; links?: Link[] }
  | { kind: 'worldMap'; map: WorldMapInput }
  | { kind: 'quotes'; quotes: Quote[] }
  /** "Where to ask": official channels that apply, and what this site does not publish. */
  | {
      kind: 'ask';
      heading: string;
      intro: string;
      channels: AskChannel[];
      /** Who to ask in the page's districts, as the sources name them (district frontmatter `askAt`). */
      contacts: Array<{ district: string; who: string }>;
      contactsIntro: string;
      note: string;
      more: Link;
    };

/** What Pagefind indexes besides the text: filters by stable slug, labels in the reader's language. */
export interface SearchData {
  type: string;
  typeLabel: string;
  /** The districts the entry belongs to, named in results. */
  districts: Array<{ slug: string; label: string }>;
  /** The district filter's values: where a search filtered by district finds it. */
  filterDistricts: readonly string[];
  category?: string | undefined;
  sectors: readonly string[];
  keywords: readonly string[];
}

/** Everything a collection's page builders may use: the locale, its strings, the content, URLs. */
export interface ViewContext {
  locale: Locale;
  t: Translate;
  content: ContentIndex<Entries>;
  /** The localized path of an entry's page. */
  href(collection: CollectionName, slug: string): string;
  /** The localized path of a collection's index page (the home page when it has none). */
  indexHref(collection: CollectionName): string;
  /**
   * A link to all `count` entries of a list a page shows in part: the search with `filters` set
   * (the collection's type filter added), or without filters the collection's index.
   */
  seeAll(collection: CollectionName, count: number, filters?: Partial<Record<Exclude<FilterName, 'type'>, string>>): Link;
  /** An absolute URL of a site path, against the configured site. */
  absolute(path: string): string;
}

/** A collection's entry page, beyond what every entry page has. */
export interface EntryView {
  /** Overrides the type line ("Incentive · Rent"). */
  typeLabel?: string;
  blocks: Block[];
  related: RelatedGroup[];
  /** Districts the entry belongs to, for search filters and preview images. */
  districts: string[];
  /** Districts a search filter finds it under, where more than it belongs to (a citywide incentive). */
  filterDistricts?: string[];
  category?: string | undefined;
  sectors?: readonly string[];
}

/** Canonical URL, preview image and language of a page, for structured data. */
export interface PageUrls {
  url: string;
  image: string;
  home: string;
  /** BCP 47 tag of the text on the page (English on a fallback page). */
  contentTag: string;
}

/** A section index page: its cards, optionally grouped, with an in-page list of the groups. */
export interface IndexView {
  /** A paragraph before the list. */
  lead?: string;
  /** With groups that have ids: the accessible name of a list of links to them. */
  nav?: string;
  groups: Array<{ id?: string; heading?: string; intro?: string; cards: Card[] }>;
  map?: DistrictMapInput | undefined;
  /** Pages about the whole list, after the map (the districts side by side). */
  links?: Link[];
}

/** The home page's part for one collection. */
export interface HomeSection {
  id: string;
  heading: string;
  /** `cards`: a grid of cards; `links`: a compact list; `feature`: one entry's summary and a link. */
  style: 'cards' | 'links' | 'feature';
  cards: Card[];
  map?: DistrictMapInput | undefined;
  more?: Link | undefined;
  /** Pages about the whole section, after its cards (the districts side by side). */
  links?: Link[];
}
