/**
 * ISO 3166-1 numeric codes, which world-atlas uses as country ids, for the alpha-2 codes this
 * site uses (content and countryName.ts speak alpha-2). A short table of the countries the
 * event and the planned locales involve; an unknown code stops the build with what to add.
 */
const numericByAlpha2: Readonly<Record<string, string>> = {
  CA: '124', // Canada: delegate, Vancouver livestream
  CN: '156', // China: Shanghai
  ID: '360', // Indonesia: Jakarta livestream, planned locale
  KE: '404', // Kenya: delegate
  PH: '608', // Philippines: Manila livestream
  TH: '764', // Thailand: delegate, planned locale
  US: '840', // United States: San Francisco livestream
};

/** The world-atlas id for an alpha-2 or numeric ISO code ("KE", "404" and "4" → "404"). */
export function isoNumeric(code: string): string {
  const trimmed = code.trim().toUpperCase();
  if (/^\d{1,3}$/.test(trimmed)) return trimmed.padStart(3, '0');
  const numeric = numericByAlpha2[trimmed];
  if (!numeric) throw new Error(`No ISO numeric code for "${code}": add it to src/lib/maps/isoNumeric.ts`);
  return numeric;
}
