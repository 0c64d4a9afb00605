/**
 * Content collections. Schemas live in src/lib/schemas.ts (shared with the integrity check);
 * this file only wires each collection to its folder. Entry ids are `<locale>/<slug>`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import * as schemas from './lib/schemas';
import { entryId } from './lib/entryId';

/** Every file in a locale folder of the collection: src/content/<name>/<locale>/<slug>.mdx */
const filesOf = (name: schemas.CollectionName) =>
  glob({ pattern: '*/*.{md,mdx}', base: `./src/content/${name}`, generateId: ({ entry, data }) => entryId(entry, data) });

export const collections = {
  districts: defineCollection({ loader: filesOf('districts'), schema: schemas.districtSchema }),
  sites: defineCollection({ loader: filesOf('sites'), schema: schemas.siteSchema }),
  incentives: defineCollection({ loader: filesOf('incentives'), schema: schemas.incentiveSchema }),
  serviceBases: defineCollection({ loader: filesOf('serviceBases'), schema: schemas.serviceBaseSchema }),
  platforms: defineCollection({ loader: filesOf('platforms'), schema: schemas.platformSchema }),
  stories: defineCollection({ loader: filesOf('stories'), schema: schemas.storySchema }),
  event: defineCollection({ loader: filesOf('event'), schema: schemas.eventSchema }),
} satisfies Record<schemas.CollectionName, unknown>;
