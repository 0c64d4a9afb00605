import type { BreadcrumbListLeaf, ListItemLeaf } from 'schema-dts';
import { requireAbsoluteUrl } from './checkedUrl';

/** The trail from the home page to the current page, in that order. */
export function breadcrumbLd(items: ReadonlyArray<{ name: string; url: string }>): BreadcrumbListLeaf {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i): ListItemLeaf => ({
      '@type': 'ListItem',
      // schema.org positions count from 1.
      position: i + 1,
      name: item.name,
      item: requireAbsoluteUrl(item.url, `BreadcrumbList.itemListElement[${i}].item`),
    })),
  };
}
