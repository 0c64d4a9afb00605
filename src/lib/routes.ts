/**
 * The route of every page type, in one place (architecture.md "URLs are a promise":
 * these paths are pasted into newsletters and must never change).
 */
import type { CollectionName } from './schemas';

export const sectionRoutes = {
  home: '/',
  event: '/event/',
  districts: '/districts/',
  sites: '/sites/',
  incentives: '/incentives/',
  serviceBases: '/service-bases/',
  nevPlatform: '/nev-platform/',
  stories: '/stories/',
  search: '/search/',
  share: '/share/',
  translations: '/translations/',
} as const;

export type Section = keyof typeof sectionRoutes;

/** The route of one entry's page. */
export function entryRoute(collection: CollectionName, slug: string): string {
  switch (collection) {
    case 'event':
      return sectionRoutes.event;
    case 'platforms':
      // One platform today, at a fixed address; more would live under /platforms/{slug}/.
      return slug === 'nev-platform' ? sectionRoutes.nevPlatform : `/platforms/${slug}/`;
    case 'serviceBases':
      return `${sectionRoutes.serviceBases}${slug}/`;
    default:
      return `${sectionRoutes[collection]}${slug}/`;
  }
}

/** The preview image of a page: `/og/en/districts/xuhui.png`, `/og/en/index.png` for a home page. */
export function ogImagePath(locale: string, route: string): string {
  return `/og/${locale}${route === '/' ? '/index' : route.replace(/\/$/, '')}.png`;
}

/** The QR code of a page's canonical URL, as a downloadable file. */
export function qrCodePath(locale: string, route: string, format: 'svg' | 'png'): string {
  return `/qr/${locale}${route === '/' ? '/index' : route.replace(/\/$/, '')}.${format}`;
}
