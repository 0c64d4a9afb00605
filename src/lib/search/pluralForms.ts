/**
 * Counted strings for the browser. The count is known only when the reader searches, so the page
 * ships one template per plural category of its language (CLDR: English has "one" and "other",
 * Chinese, Thai and Indonesian only "other"), each chosen by i18next from a real count of that
 * category; the browser picks with Intl.PluralRules and fills in `{count}`.
 */
import type { Translate, UIKey } from '../../i18n';

/** UI keys with plural forms (`search.resultsCount` for `search.resultsCount_one` / `_other`). */
export type PluralKey = UIKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** The smallest count in a plural category, so i18next picks that category's form. */
function sampleOf(rules: Intl.PluralRules, category: string): number {
  for (let n = 0; n < 1000; n += 1) if (rules.select(n) === category) return n;
  throw new Error(`No count below 1000 in plural category "${category}"`);
}

export function pluralForms(t: Translate, tag: string, key: PluralKey, replace: Record<string, string> = {}): Record<string, string> {
  const rules = new Intl.PluralRules(tag);
  return Object.fromEntries(
    rules.resolvedOptions().pluralCategories.map((category) => [
      category,
      // `count` picks the form; `replace` keeps the placeholder where the number goes.
      t(key as UIKey, { count: sampleOf(rules, category), replace: { ...replace, count: '{count}' } }),
    ]),
  );
}

/** Fills `{name}` placeholders; unknown ones stay as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** In the browser: the form for `count`, with the count (in the page's digits) and other values filled in. */
export function fillPlural(forms: Record<string, string>, tag: string, count: number, values: Record<string, string> = {}): string {
  const template = forms[new Intl.PluralRules(tag).select(count)] ?? forms.other ?? '';
  return fillTemplate(template, { ...values, count: count.toLocaleString(tag) });
}
