/**
 * Frontmatter schemas of every collection. Plain module (zod from `astro/zod`) so the same
 * schemas serve Astro's content layer (src/content.config.ts) and the build-time integrity
 * check (src/lib/checks/integrity.ts), which names the file and field of any error.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales';
import { sectors } from './sectors';

/**
 * Named zones an official channel can apply to, besides all of Shanghai or a district: areas that
 * reach across district lines. Each has a UI string `zones.<id>` naming it in every locale.
 */
export const zones = ['hongqiao-cbd'] as const;

const localeEnum = z.enum(localeCodes as [string, ...string[]], {
  errorMap: () => ({ message: `must be one of: ${localeCodes.join(', ')}` }),
});

/** A slug: lower-case letters, digits and hyphens, as used in URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');

const sector = z.enum(sectors, {
  errorMap: () => ({ message: `must be one of the sectors in src/lib/content/sectors.ts (${sectors.join(', ')})` }),
});

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** What kind of source a register record is: its links are labelled by it ("Official site" only for an official site). */
export const sourceKinds = [
  /** A page of a government's own website. */
  'official-site',
  /** An official document's text on a website that is not the issuer's: labelled as a copy, to check against the issuer. */
  'official-text',
  /** A report by a news organisation. */
  'news',
  /** A copy of another publisher's page on an unrelated website. */
  'mirror',
  /** A directory or listing page. */
  'directory',
  /** The report of the 25 September event, the project's seed (no address). */
  'event-report',
] as const;

/**
 * A source's publication date as precise as the fact sheet gives it: `2024-07-30`, `2024-06` or
 * `'2022'` (quoted, so YAML reads a string), so a page never prints a day the source does not give.
 * Astro's YAML reader turns a full date into a Date; the register's own reader keeps it a string.
 */
const sourceDate = z.union([z.date(), z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/, "must be YYYY-MM-DD, YYYY-MM or 'YYYY' (quoted)")]);

/** How sure the fact sheet is of a source: [C] confirmed, [I] inferred or weak. */
export const sourceConfidences = ['confirmed', 'inferred'] as const;

/** A text in every locale, English the reference: the register translates, entries do not copy. */
const inEveryLocale = z.object(Object.fromEntries(localeCodes.map((code) => [code, nonEmpty])) as Record<string, typeof nonEmpty>);

/** A statement a source backs, paraphrased from the fact sheet; its own confidence where the sheet marks it apart. */
const statementSchema = z.union([nonEmpty, z.object({ text: nonEmpty, confidence: z.enum(sourceConfidences) })]);

/** One record of the source register (src/content/sources.yaml). */
export const sourceRecordSchema = z
  .object({
    /** What entries and `<Fact source="…">` cite it by; unique in the register. */
    id: slug,
    kind: z.enum(sourceKinds),
    confidence: z.enum(sourceConfidences),
    /** Publication date, to the day, month or year the source gives; omit when it shows none (pages then say "undated"). */
    date: sourceDate.optional(),
    /** Public address; every kind but the event report has one. */
    url: z
      .string()
      .url('must be a full URL (https://…)')
      .refine((value) => /^https?:\/\//.test(value), 'must be an http(s) address')
      .optional(),
    /** Title of the article, page or document, in every locale. */
    title: inEveryLocale,
    /** Who published it, in every locale. */
    publisher: inEveryLocale,
    /** The figures and claims it backs, paraphrased from the fact sheet (English). Figures cited from it must be here. */
    statements: z.array(statementSchema).min(1, 'must list at least one statement the source backs'),
  })
  .refine((record) => record.kind === 'event-report' || record.url !== undefined, {
    message: 'needs a url (only the event report has none)',
    path: ['url'],
  });

/** A calendar day, YYYY-MM-DD. */
const calendarDate = z.coerce.date({ errorMap: () => ({ message: 'must be a date (YYYY-MM-DD)' }) });

/** One dated note of a change to an entry. */
export const changeNoteSchema = z.object({
  /** The day of the change. */
  date: calendarDate,
  /** What changed, in a sentence a reader understands. */
  note: nonEmpty.max(300, 'must be at most 300 characters (one or two sentences)'),
});

/** Fields every entry has, in every collection. */
const baseSchema = z.object({
  /** Page title and h1; at most 70 characters, where search engines cut titles. */
  title: nonEmpty.refine((value) => [...value].length <= 70, 'must be at most 70 characters (search results cut longer titles)'),
  /** One or two sentences for cards, meta description and link previews. */
  summary: nonEmpty.max(200, 'must be at most 200 characters (it is used in link previews)'),
  /** Where the facts on the page come from: ids of the source register (src/content/sources.yaml); at least one. */
  sources: z.array(slug).min(1, 'must list at least one source'),
  /** When an editor last checked the entry against its sources. */
  lastChecked: z.coerce.date({ errorMap: () => ({ message: 'must be a date (YYYY-MM-DD)' }) }),
  /** When this file last changed: the editor sets it on every save that changes the file (docs/editing.md). */
  updated: calendarDate,
  /** What changed and when, in the entry's language, as the editor noted it; listed on /updates/ and in its feed. */
  changes: z.array(changeNoteSchema).default([]),
  /** For translations: the locale this text was translated from. */
  translatedFrom: localeEnum.optional(),
  /** For translations: content hash of the source entry when it was translated (npm run i18n:status -- --stamp FILE). */
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by npm run i18n:status')
    .optional(),
  /** Words an investor might type to find this entry, in the entry's language. */
  keywords: z.array(nonEmpty).default([]),
  /** Overrides the slug taken from the file name (must stay the same in every locale). */
  slug: slug.optional(),
});

/** The official Chinese name, shown beside the name on first use. */
const officialName = nonEmpty.optional();

const districtSchema = baseSchema.extend({
  officialName,
  /** Industrial strengths the sources name, one short phrase each. */
  strengths: z.array(nonEmpty).min(1, 'must list at least one strength'),
  /** Key sites in this district (slugs of `sites`). */
  sites: z.array(slug).default([]),
  /** Incentives the sources tie to this district (slugs of `incentives`). */
  incentives: z.array(slug).default([]),
  /** Position in lists (1 first). */
  order: z.number().int().positive(),
  /** Who in the district to ask, as the sources name them (no contact details); shown in "Where to ask". */
  askAt: nonEmpty.optional(),
  /** Confirmed figures for "at a glance", each citing one of the sources by id, with its date. */
  figures: z
    .array(
      z.object({
        /** The figure with what it counts, in the entry's language: "3,400+ foreign-invested enterprises". */
        text: nonEmpty,
        /** The `id` of the source that gives it. */
        source: slug,
        /** When it held, as the source gives it: "September 2023", "end of 2024". */
        asOf: nonEmpty,
      }),
    )
    .default([]),
});

const siteKinds = ['park', 'corridor', 'town'] as const;

const siteSchema = baseSchema.extend({
  officialName,
  /** The district the site belongs to (slug of `districts`). */
  district: slug,
  /** What kind of place it is. */
  kind: z.enum(siteKinds),
  sectors: z.array(sector).default([]),
});

export const incentiveCategories = ['space', 'rent', 'tax', 'funding', 'talent', 'services'] as const;

const incentiveSchema = baseSchema
  .extend({
    category: z.enum(incentiveCategories),
    /** Districts the sources tie it to (slugs of `districts`); empty when they do not say. */
    districts: z.array(slug).default([]),
    /** True when the sources describe it as Shanghai-wide. */
    citywide: z.boolean().default(false),
    sectors: z.array(sector).default([]),
    /** Who it is for, one short phrase each. */
    audience: z.array(nonEmpty).min(1, 'must name at least one audience'),
    /** Where to ask for details the sources do not give (a named office, no invented contacts). */
    howToAsk: nonEmpty,
  })
  .refine((data) => !(data.citywide && data.districts.length > 0), {
    message: 'is citywide and also lists districts; choose one',
    path: ['citywide'],
  });

const serviceBaseSchema = baseSchema.extend({
  officialName,
  /** Who runs or backs it. */
  operator: nonEmpty,
  /** What it offers, one short phrase each. */
  services: z.array(nonEmpty).min(1, 'must list at least one service'),
  /** Who it is for, one short phrase each. */
  audience: z.array(nonEmpty).min(1, 'must name at least one audience'),
  /** Where it is, as the sources give it. */
  location: nonEmpty,
  /** When it opened, where a source gives it. */
  opened: z.coerce.date().optional(),
});

const platformSchema = baseSchema.extend({
  /** Who launched it, one organisation each. */
  launchedBy: z.array(nonEmpty).min(1, 'must name who launched it'),
  /** What it is for, in a sentence. */
  purpose: nonEmpty,
  /** Agreements signed with it, one each. */
  agreements: z.array(nonEmpty).default([]),
  sectors: z.array(sector).default([]),
});

const quoteSchema = z.object({
  /** The words, exactly as the source gives them (or their translation). */
  text: nonEmpty,
  /** Name and role of the speaker, as the source gives them. */
  attribution: nonEmpty,
  /** True when the quote is our translation of the source's words. */
  translated: z.boolean().default(false),
});

const storySchema = baseSchema.extend({
  /** The delegate's name, in Latin letters in every locale (the Chinese characters are unknown). */
  person: nonEmpty,
  /** Roles as the source gives them, one each. */
  roles: z.array(nonEmpty).min(1, 'must list at least one role'),
  /** The chamber of commerce the delegate came with. */
  chamber: nonEmpty,
  /** ISO 3166-1 alpha-2 code of the chamber's country; its name is localised by the browser-independent Intl API. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as KE'),
  quotes: z.array(quoteSchema).default([]),
  /** What the delegate plans, one item each. */
  plans: z.array(nonEmpty).default([]),
  /** Related entries (slugs). */
  districts: z.array(slug).default([]),
  sectors: z.array(sector).default([]),
  incentives: z.array(slug).default([]),
});

const eventSchema = baseSchema.extend({
  /** Date of the event. */
  date: z.coerce.date(),
  /** True when the year is inferred rather than stated by the sources. */
  yearInferred: z.boolean().default(false),
  /** Cities the event was live-streamed from. */
  livestreamCities: z.array(nonEmpty).default([]),
  /** How many countries and regions the participants came from. */
  countriesAndRegions: z.number().int().positive().optional(),
});

/** The steps an investor takes, in order: read the rules, contact the district, use the major-project service. */
export const channelSteps = ['rules', 'contact', 'projects'] as const;

/** An official site or service where an investor can act (fact sheet section 8). */
const channelSchema = baseSchema
  .extend({
    /** Who runs or issues it, as the sources name them. */
    operator: nonEmpty,
    /** The register id of the source the channel links to (one of its `sources`): its kind labels the link. */
    link: slug,
    /** What an investor uses it for, one short phrase each. */
    purposes: z.array(nonEmpty).min(1, 'must name at least one purpose'),
    /** Districts it belongs to (slugs of `districts`); empty, with no `zone`, for all of Shanghai. */
    districts: z.array(slug).default([]),
    /** A named zone it applies to (src/lib/content/zones.ts), such as the Hongqiao International Central Business District. */
    zone: z.enum(zones).optional(),
    /** Which of the next steps it serves. */
    step: z.enum(channelSteps),
    /** Position within its step (1 first). */
    order: z.number().int().positive(),
  })
  .refine((data) => !(data.zone && data.districts.length > 0), {
    message: 'names a zone and also districts; a channel applies to one of: all of Shanghai, districts, or a zone',
    path: ['zone'],
  })
  .refine((data) => data.sources.includes(data.link), {
    message: "must be one of the entry's sources (the page lists what it links to)",
    path: ['link'],
  });

/**
 * Every collection's schema, by its folder under src/content. What a collection is on the site
 * (routes, search, feed, maps) is in src/lib/collections/metadata.ts (and views.ts), which must name the same collections.
 */
export const collectionSchemas = {
  event: eventSchema,
  districts: districtSchema,
  sites: siteSchema,
  incentives: incentiveSchema,
  serviceBases: serviceBaseSchema,
  platforms: platformSchema,
  stories: storySchema,
  channels: channelSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

/** Fields that name records of the source register (src/content/sources.yaml) by id. */
export const sourceReferenceFields: readonly string[] = ['sources', 'link'];

/**
 * Cross-references: which field of which collection names entries of which collection.
 * The integrity check resolves every one of them.
 */
export const referenceFields: ReadonlyArray<{
  collection: CollectionName;
  field: string;
  target: CollectionName;
}> = [
  { collection: 'districts', field: 'sites', target: 'sites' },
  { collection: 'districts', field: 'incentives', target: 'incentives' },
  { collection: 'sites', field: 'district', target: 'districts' },
  { collection: 'incentives', field: 'districts', target: 'districts' },
  { collection: 'stories', field: 'districts', target: 'districts' },
  { collection: 'stories', field: 'incentives', target: 'incentives' },
  { collection: 'channels', field: 'districts', target: 'districts' },
];
