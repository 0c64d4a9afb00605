import type { AdministrativeAreaLeaf, PlaceLeaf } from 'schema-dts';
import { requireAbsoluteUrl, optionalAbsoluteUrl } from './checkedUrl';
import { compact } from './compact';

export interface DistrictLdInput {
  url: string;
  name: string;
  /** The official Chinese name (徐汇区), when the page's name is a translation. */
  alternateName?: string;
  description: string;
  /** The city's name in the page's language ("Shanghai", "上海"). */
  containedInPlace: string;
  image?: string;
}

/**
 * A district as an AdministrativeArea. No `inLanguage`: schema.org gives places none (a place
 * has no language; the page describing it does), so put it on the page's `webPageLd`.
 */
export function districtLd(input: DistrictLdInput): AdministrativeAreaLeaf {
  return compact<AdministrativeAreaLeaf>({
    '@type': 'AdministrativeArea',
    url: requireAbsoluteUrl(input.url, 'AdministrativeArea.url'),
    name: input.name,
    alternateName: input.alternateName,
    description: input.description,
    containedInPlace: { '@type': 'AdministrativeArea', name: input.containedInPlace },
    image: optionalAbsoluteUrl(input.image, 'AdministrativeArea.image'),
  });
}

export interface SiteLdInput {
  url: string;
  name: string;
  alternateName?: string;
  description: string;
  /** The district the site lies in, pointing at its district page. */
  containedInPlace?: { name: string; url: string };
  image?: string;
}

export function siteLd(input: SiteLdInput): PlaceLeaf {
  const district = input.containedInPlace;
  return compact<PlaceLeaf>({
    '@type': 'Place',
    url: requireAbsoluteUrl(input.url, 'Place.url'),
    name: input.name,
    alternateName: input.alternateName,
    description: input.description,
    containedInPlace:
      district === undefined
        ? undefined
        : { '@type': 'AdministrativeArea', name: district.name, url: requireAbsoluteUrl(district.url, 'Place.containedInPlace.url') },
    image: optionalAbsoluteUrl(input.image, 'Place.image'),
  });
}
