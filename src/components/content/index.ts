/**
 * The components content may use, by the name content writes (`<Fact …>`): the page passes them
 * to every entry's `<Content components={…} />`. The attributes each accepts are allow-listed in
 * src/lib/factCheck.ts (`contentComponents`); any other element in content renders as text.
 */
import Fact from './Fact.astro';

export const contentComponents = { Fact };
