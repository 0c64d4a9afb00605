/**
 * The components with branches, rendered on their own (Astro's Container API) from their
 * documented examples (tests/fixtures/components/examples.ts): each example shows what it must.
 */
import { describe, expect, it } from 'vitest';
import FactValue from '../../src/components/FactValue.astro';
import MixedText from '../../src/components/MixedText.astro';
import PageNavigation from '../../src/components/PageNavigation.astro';
import SourceList from '../../src/components/SourceList.astro';
import WhereToAsk from '../../src/components/WhereToAsk.astro';
import { useTranslations } from '../../src/i18n';
import {
  factValueExamples,
  mixedTextExamples,
  pageNavigationExamples,
  sourceListExamples,
  whereToAskExamples,
} from '../fixtures/components/examples';
import { renderComponent } from './render';

describe('FactValue', () => {
  it(factValueExamples.text.name, async () => {
    const $ = await renderComponent(FactValue, factValueExamples.text.props);
    expect($.root().text()).toBe(factValueExamples.text.props.label);
    expect($('a, sup')).toHaveLength(0);
  });

  it(factValueExamples.link.name, async () => {
    const { props } = factValueExamples.link;
    const a = (await renderComponent(FactValue, props))('a');
    expect(a.attr('href')).toBe(props.href);
    expect(a.attr('rel')).toBeUndefined();
    expect(a.text()).toBe(props.label);
  });

  it(factValueExamples.external.name, async () => {
    const a = (await renderComponent(FactValue, factValueExamples.external.props))('a');
    expect(a.attr('rel')).toBe('noopener noreferrer');
  });

  it(factValueExamples.figure.name, async () => {
    const { props } = factValueExamples.figure;
    const $ = await renderComponent(FactValue, props);
    expect($('.fact').attr('id')).toBe(`fact-${props.figure.k}`);
    expect($('.fact a').attr('href')).toBe(`#source-${props.figure.n}`);
    expect($('.fact a .sr-only').text()).toBe(useTranslations('en')('entry.factSource', { n: String(props.figure.n) }));
    expect($.root().text()).toContain(props.note);
  });
});

describe('PageNavigation', () => {
  it.each(Object.values(pageNavigationExamples))('$name', async ({ props }) => {
    const $ = await renderComponent(PageNavigation, props);
    expect($('nav').attr('aria-label')).toBe(props.label);
    expect($('nav p').text()).toBe(props.current);
    const { nav } = props;
    expect($('a[rel="prev"]').attr('href')).toBe('previous' in nav ? nav.previous.href : undefined);
    expect($('a[rel="next"]').attr('href')).toBe(nav.next?.href);
    const current = nav.numbers.find((p) => p?.current);
    expect(
      $('a[aria-current="page"]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([current?.href]);
    // Every page number linked once, and each gap shown, hidden from assistive technology.
    const numbers = nav.numbers.filter((p) => p !== null);
    expect(
      $('li a:not([rel])')
        .map((_, a) => $(a).text().trim())
        .get(),
    ).toEqual(numbers.map((p) => String(p.n)));
    expect($('li[aria-hidden="true"]')).toHaveLength(nav.numbers.filter((p) => p === null).length);
  });
});

describe('WhereToAsk', () => {
  it.each(Object.values(whereToAskExamples))('$name', async ({ props }) => {
    const $ = await renderComponent(WhereToAsk, props);
    const { block } = props;
    expect($('h2').text()).toBe(block.heading);
    for (const channel of block.channels) {
      const link = $(`a[href="${channel.link.href}"]`);
      expect(link.attr('rel')).toBe('noopener noreferrer');
      expect(link.text().trim()).toBe(channel.title);
      expect($(`a[href="${channel.href}"]`).text().trim()).toBe(channel.details);
    }
    // Who to ask is said only when the sources name someone, and is the one part left in the search index.
    expect($.root().text().includes(block.contactsIntro)).toBe(block.contacts.length > 0);
    for (const contact of block.contacts) expect($('li strong').text()).toContain(contact.district);
    expect($('ul:not([data-pagefind-ignore])').length).toBe(block.contacts.length > 0 ? 1 : 0);
    expect($(`a[href="${block.more.href}"]`).text()).toBe(block.more.label);
  });
});

describe('MixedText', () => {
  it(mixedTextExamples.plain.name, async () => {
    const $ = await renderComponent(MixedText, mixedTextExamples.plain.props);
    expect($('span')).toHaveLength(0);
    expect($.root().text()).toBe(mixedTextExamples.plain.props.text);
  });

  it(mixedTextExamples.mixed.name, async () => {
    const $ = await renderComponent(MixedText, mixedTextExamples.mixed.props);
    expect($('span[lang]').text()).toBe('上海市商务委员会');
    expect($('span[lang]').attr('lang')).toMatch(/^zh/);
    expect($.root().text()).toBe(mixedTextExamples.mixed.props.text);
  });
});

describe('SourceList', () => {
  // Renders with the locale as a prop and on Astro.locals, whichever the component reads.
  it.each(['en', 'zh-hans'] as const)(`${sourceListExamples.mixed.name} (%s)`, async (locale) => {
    const { props } = sourceListExamples.mixed;
    const t = useTranslations(locale);
    const $ = await renderComponent(SourceList, props, { locale });
    const items = $('ol > li');
    expect(items).toHaveLength(props.sources.length);
    const [linked, bare] = [items.eq(0), items.eq(1)];
    expect(linked.attr('id')).toBe('source-1');
    expect(linked.find('a').first().attr('href')).toBe(props.sources[0]!.url);
    expect(linked.find('time').attr('datetime')).toBe('2024-03-01');
    expect(
      linked
        .find('a[href^="#fact-"]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#fact-1', '#fact-2']);
    expect(linked.text()).not.toContain(t('entry.unconfirmed'));
    expect(bare.find('a')).toHaveLength(0);
    expect(bare.text()).toContain(t('entry.undated'));
    expect(bare.text()).toContain(t('entry.unconfirmed'));
    expect($('h2').text()).toBe(t('entry.sources'));
  });
});
