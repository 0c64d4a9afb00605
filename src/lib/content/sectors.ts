/**
 * Sectors the sources name. Entries refer to them by these slugs; labels live in the UI strings
 * (`sectors.<slug>`), so a new sector needs a slug here and a label in every UI file.
 */
export const sectors = [
  'ai',
  'digital-economy',
  'information-technology',
  'health-medicine',
  'new-energy',
  'new-energy-vehicles',
  'advanced-materials',
  'finance',
  'culture-creative',
  'gaming',
  'agriculture',
  'trade-commerce',
  'aviation',
  'legal-ip',
] as const;

export type Sector = (typeof sectors)[number];
