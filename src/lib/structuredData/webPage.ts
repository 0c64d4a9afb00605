import type { WebPageLeaf } from 'schema-dts';
import { requireAbsoluteUrl, optionalAbsoluteUrl } from './checkedUrl';
import { compact } from './compact';

export interface WebPageLdInput {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  /** The site itself (name and home-page URL in the page's language). */
  isPartOf: { name: string; url: string };
  image?: string;
}

/** Index pages (directories, the home page of a language), which have no more specific type. */
export function webPageLd(input: WebPageLdInput): WebPageLeaf {
  return compact<WebPageLeaf>({
    '@type': 'WebPage',
    url: requireAbsoluteUrl(input.url, 'WebPage.url'),
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    isPartOf: { '@type': 'WebSite', name: input.isPartOf.name, url: requireAbsoluteUrl(input.isPartOf.url, 'WebPage.isPartOf.url') },
    image: optionalAbsoluteUrl(input.image, 'WebPage.image'),
  });
}
