/**
 * Where each collection's labels live in the English UI strings (src/i18n/ui/en.json), so the
 * editor speaks the site's words. Until the collection registry (src/lib/collections.ts) carries
 * this, it is the one hand-kept table of the generator; a test fails when a collection is missing.
 */
import type { CollectionName } from '../../src/lib/schemas';

export interface CollectionLabels {
  /** Key under `types.*`: the singular label ("Incentive"). */
  type: string;
  /** Key under `nav.*`: the plural label ("Incentives"). */
  nav: string;
  /** Section of en.json whose keys label this collection's fields (`incentive.audience`). */
  section: string;
  /** False for collections of exactly one entry (the event). */
  create: boolean;
}

export const collectionLabels: Record<CollectionName, CollectionLabels> = {
  districts: { type: 'district', nav: 'districts', section: 'district', create: true },
  sites: { type: 'site', nav: 'sites', section: 'keySite', create: true },
  incentives: { type: 'incentive', nav: 'incentives', section: 'incentive', create: true },
  serviceBases: { type: 'serviceBase', nav: 'serviceBases', section: 'serviceBase', create: true },
  platforms: { type: 'platform', nav: 'nevPlatform', section: 'platform', create: true },
  stories: { type: 'story', nav: 'stories', section: 'story', create: true },
  event: { type: 'event', nav: 'event', section: 'event', create: false },
};
