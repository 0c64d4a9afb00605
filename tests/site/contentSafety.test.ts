/**
 * A story whose frontmatter and body hold <script>, <img onerror> and a javascript: link, built
 * by the real build: everything renders inert. (MDX expressions and import/export are build
 * errors naming file and line: tests/unit/remarkInertContent.test.ts and integrity.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { fixtureSite, fixtureSiteTimeout } from '../helpers/fixtureSite';
import { page } from '../helpers/dist';

let $: CheerioAPI;

// The story is tests/fixtures/site/content/stories/en/unsafe-fixture.mdx, in the shared fixture build.
beforeAll(async () => {
  $ = page('/en/stories/unsafe-fixture/', (await fixtureSite()).dist);
}, fixtureSiteTimeout);

describe('unsafe content in the real build', () => {
  it('runs no script but the site’s own bundled files', () => {
    const scripts = $('script').toArray();
    for (const script of scripts) {
      // JSON-LD data blocks are inert; every other script must be one of our files.
      if ($(script).attr('type') === 'application/ld+json') continue;
      expect($(script).attr('src'), $.html(script)).toMatch(/^\/_astro\//);
      expect($(script).text()).toBe('');
    }
  });

  it('has no event-handler attributes and no javascript: URLs', () => {
    const handlers = $('*')
      .toArray()
      .flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
    const urls = $('[href], [src], [action], [formaction]')
      .toArray()
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((a) => $(el).attr(a) ?? ''));
    expect(urls.filter((u) => /^\s*javascript:/i.test(u))).toEqual([]);
    expect($('main img')).toHaveLength(0);
  });

  it('shows the markup as text', () => {
    const text = $('main').text();
    expect(text).toContain('<script>alert("body script")</script>');
    expect(text).toContain(`onerror="alert('body img')"`);
    expect(text).toContain('Unsafe <script>alert("title")</script> fixture');
    expect(text).toContain('A javascript link and a normal link');
    expect($('article .prose a[href="/en/stories/"]').text()).toBe('normal link');
  });

  it('keeps the title escaped in <head>', () => {
    expect($('title').text()).toContain('<script>');
    // The only inline script is JSON-LD data, escaped so the title cannot close it.
    const inline = $('head script:not([src])');
    expect(inline.toArray().map((el) => $(el).attr('type'))).toEqual(['application/ld+json']);
    expect(inline.html()).not.toMatch(/<\/?script/i);
    expect(JSON.parse(inline.text())['@graph'][0].headline).toContain('<script>alert("title")</script>');
  });
});
