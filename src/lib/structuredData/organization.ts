import type { OrganizationLeaf } from 'schema-dts';
import { optionalAbsoluteUrl } from './checkedUrl';
import { compact } from './compact';

export interface OrganizationLdInput {
  url?: string;
  name: string;
  alternateName?: string;
  description?: string;
  parentOrganization?: { name: string };
  /** Where it is, as the sources word it (e.g. "Hongqiao"): plain text, since we hold no address. */
  location?: string;
}

/** Service bases, the NEV platform, chambers of commerce: anything that is an organisation. */
export function organizationLd(input: OrganizationLdInput): OrganizationLeaf {
  const parent = input.parentOrganization;
  return compact<OrganizationLeaf>({
    '@type': 'Organization',
    url: optionalAbsoluteUrl(input.url, 'Organization.url'),
    name: input.name,
    alternateName: input.alternateName,
    description: input.description,
    parentOrganization: parent === undefined ? undefined : { '@type': 'Organization', name: parent.name },
    location: input.location,
  });
}
