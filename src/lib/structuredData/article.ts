import type { ArticleLeaf, CreativeWorkLeaf, Organization, Person, PersonLeaf } from 'schema-dts';
import { isoDate } from '../formatDate';
import { requireAbsoluteUrl, optionalAbsoluteUrl } from './checkedUrl';
import { compact, nonEmpty } from './compact';

export interface PersonLdInput {
  name: string;
  /** Every role the sources give, in their order; an empty list emits no `jobTitle`. */
  jobTitle: readonly string[];
  affiliation?: Organization;
}

export function personLd(input: PersonLdInput): PersonLeaf {
  return compact<PersonLeaf>({
    '@type': 'Person',
    name: input.name,
    jobTitle: nonEmpty(input.jobTitle),
    affiliation: input.affiliation,
  });
}

export interface ArticleLdInput {
  url: string;
  headline: string;
  description: string;
  inLanguage: string;
  /** When the facts were last checked; only the day is known. */
  dateModified: Date;
  /** The delegate the story is about (see `personLd`). */
  about: Person;
  publisherName: string;
  image?: string;
  /** The story's sources; `url` only where the source has one. */
  citations: ReadonlyArray<{ name: string; url?: string }>;
}

/** A delegate's story. No `datePublished` or `author`: the sources give neither. */
export function articleLd(input: ArticleLdInput): ArticleLeaf {
  const citations = input.citations.map((c, i) =>
    compact<CreativeWorkLeaf>({ '@type': 'CreativeWork', name: c.name, url: optionalAbsoluteUrl(c.url, `Article.citation[${i}].url`) }),
  );
  return compact<ArticleLeaf>({
    '@type': 'Article',
    url: requireAbsoluteUrl(input.url, 'Article.url'),
    headline: input.headline,
    description: input.description,
    inLanguage: input.inLanguage,
    dateModified: isoDate(input.dateModified),
    about: input.about,
    publisher: { '@type': 'Organization', name: input.publisherName },
    image: optionalAbsoluteUrl(input.image, 'Article.image'),
    citation: nonEmpty(citations),
  });
}
