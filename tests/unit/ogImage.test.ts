import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedOgImage, ogImageCacheKey } from '../../src/lib/media/ogImage/cache';
import { fontFamilyFor, fontFilesFor, fontSetFor, loadFonts } from '../../src/lib/media/ogImage/fonts';
import { composeOgSvg, type OgImageInput } from '../../src/lib/media/ogImage/render';
import { renderOgImage } from '../../src/lib/media/ogImage/image';

// Rendering is real (fonts from npm, satori, resvg): the first image per font set parses a
// ~10 MB CJK font, so the suite keeps the number of images small and the fonts stay loaded.

const en: OgImageInput = {
  title: 'Xuhui: AI, culture and the West Bund',
  typeLabel: 'District',
  district: 'Xuhui',
  siteName: 'Gather in Shanghai',
  url: '/en/districts/xuhui/',
  lang: 'en',
};
const zhHans: OgImageInput = {
  ...en,
  title: '徐汇区：人工智能与西岸',
  typeLabel: '区',
  district: '徐汇区',
  siteName: '相聚上海',
  lang: 'zh-Hans',
};
const zhHant: OgImageInput = { ...zhHans, title: '徐匯區：人工智慧與西岸', typeLabel: '區', district: '徐匯區', lang: 'zh-Hant' };
const th: OgImageInput = { ...en, title: 'เขตสวีฮุ่ย: ปัญญาประดิษฐ์และวัฒนธรรม', typeLabel: 'เขต', district: 'สวีฮุ่ย', lang: 'th' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The title's box in the design (between the label line and the footer rule), with margin. */
const titleArea = { x0: 80, x1: 1120, y0: 125, y1: 485 };

function luminance(png: PNG, x: number, y: number): number {
  const i = (y * png.width + x) * 4;
  return 0.2126 * (png.data[i] ?? 0) + 0.7152 * (png.data[i + 1] ?? 0) + 0.0722 * (png.data[i + 2] ?? 0);
}

function luminanceStdDev(png: PNG): number {
  let sum = 0;
  let sumSq = 0;
  const n = png.width * png.height;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const l = luminance(png, x, y);
      sum += l;
      sumSq += l * l;
    }
  }
  const mean = sum / n;
  return Math.sqrt(sumSq / n - mean * mean);
}

/** Pixels in the title area whose luminance differs noticeably between two renders. */
function titleAreaDiff(a: PNG, b: PNG): number {
  let differing = 0;
  for (let y = titleArea.y0; y < titleArea.y1; y++) {
    for (let x = titleArea.x0; x < titleArea.x1; x++) {
      if (Math.abs(luminance(a, x, y) - luminance(b, x, y)) > 32) differing++;
    }
  }
  return differing;
}

async function renderPng(input: OgImageInput): Promise<PNG> {
  return PNG.sync.read(await renderOgImage(input));
}

describe('fonts', () => {
  it('picks the font set from the BCP 47 tag', () => {
    expect(fontSetFor('en')).toBe('sc');
    expect(fontSetFor('id')).toBe('sc');
    expect(fontSetFor('zh-Hans')).toBe('sc');
    expect(fontSetFor('zh-Hant')).toBe('tc');
    expect(fontSetFor('zh-TW')).toBe('tc');
    expect(fontSetFor('th')).toBe('thai');
    expect(fontSetFor('th-TH')).toBe('thai');
  });

  it('puts the language’s own family first and keeps SC as the fallback', () => {
    expect(fontFamilyFor('sc')).toEqual(['Noto Sans SC']);
    expect(fontFamilyFor('tc')).toEqual(['Noto Sans TC', 'Noto Sans SC']);
    expect(fontFamilyFor('thai')).toEqual(['Noto Sans Thai', 'Noto Sans SC']);
  });

  it('loads only the 400 and 700 TTFs, once per process', () => {
    const fonts = loadFonts('tc');
    expect(fonts.map((f) => `${f.name} ${f.weight}`)).toEqual([
      'Noto Sans TC 400',
      'Noto Sans TC 700',
      'Noto Sans SC 400',
      'Noto Sans SC 700',
    ]);
    expect(fontFilesFor('tc').every((file) => /src[\\/]fonts[\\/]preview[\\/]NotoSans(TC|SC)-(400|700)\.ttf$/.test(file))).toBe(true);
    // Same array (satori caches parsed fonts by it) and the same SC bytes in every set.
    expect(loadFonts('tc')).toBe(fonts);
    expect(loadFonts('sc')[0]?.data).toBe(fonts[2]?.data);
  });
});

// The first image of a language lays out its background and label layers too (layers.ts): seconds
// on a loaded machine.
describe('renderOgImage', { timeout: 60_000 }, () => {
  const rendered = new Map<string, Buffer>();

  beforeAll(async () => {
    for (const input of [en, zhHans, zhHant, th]) rendered.set(input.lang, await renderOgImage(input));
  }, 60_000);

  it.each(['en', 'zh-Hans', 'zh-Hant', 'th'])('renders a 1200×630 PNG that is not blank (%s)', (lang) => {
    const buffer = rendered.get(lang);
    expect(buffer?.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const png = PNG.sync.read(buffer ?? Buffer.alloc(0));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(luminanceStdDev(png)).toBeGreaterThan(20);
  });

  it('draws real Chinese glyphs, not nothing and not identical boxes', async () => {
    const base = { ...zhHans, url: undefined };
    const xuhui = await renderPng({ ...base, title: '徐汇区' });
    const empty = await renderPng({ ...base, title: '' });
    const songjiang = await renderPng({ ...base, title: '松江区' });
    expect(titleAreaDiff(xuhui, empty)).toBeGreaterThan(2000);
    // Missing glyphs would draw the same .notdef box for every character.
    expect(titleAreaDiff(xuhui, songjiang)).toBeGreaterThan(1000);
  });

  it('draws Traditional Chinese with the TC font, not SC’s mainland forms', async () => {
    // 直 and 骨 are the same code points in both scripts but drawn differently by SC and TC.
    const title = '直骨';
    const simplified = await renderPng({ ...zhHans, title });
    const traditional = await renderPng({ ...zhHans, title, lang: 'zh-Hant' });
    expect(titleAreaDiff(simplified, traditional)).toBeGreaterThan(100);
  });

  it('draws Thai glyphs', async () => {
    const thai = PNG.sync.read(rendered.get('th') ?? Buffer.alloc(0));
    const empty = await renderPng({ ...th, title: '' });
    expect(titleAreaDiff(thai, empty)).toBeGreaterThan(2000);
  });

  it('shrinks a 120-character English title until all of it fits', async () => {
    const title =
      'How the Hongqiao international service bases help overseas companies register, rent offices and hire staff in Songjiang.';
    expect(title).toHaveLength(120);
    const fit = await composeOgSvg({ ...en, title });
    expect(fit.titleClamped).toBe(false);
    expect(fit.titleFontSize).toBeLessThan(72);
  });

  it('fits a 60-character Chinese title whole', async () => {
    const title =
      '虹桥国际中央商务区的两个国际服务基地如何帮助外国企业在长宁区和松江区注册公司、寻找办公空间、招聘人才并对接政府服务事项。';
    expect([...title]).toHaveLength(60);
    const fit = await composeOgSvg({ ...zhHans, title });
    expect(fit.titleClamped).toBe(false);
    expect(fit.titleFontSize).toBeLessThan(72);
  });

  it('cuts a title too long for any size with an ellipsis instead of overflowing', async () => {
    const fit = await composeOgSvg({ ...en, title: 'A title that goes on and on. '.repeat(20) });
    expect(fit.titleClamped).toBe(true);
    expect(fit.svg).toContain('width="1200"');
    expect(fit.svg).toContain('height="630"');
  });
});

describe('cachedOgImage', { timeout: 60_000 }, () => {
  let cacheDir: string;

  beforeAll(async () => {
    cacheDir = join(await mkdtemp(join(tmpdir(), 'og-cache-')), 'nested', 'og-images');
  });
  afterAll(async () => {
    await rm(join(cacheDir, '..', '..'), { recursive: true, force: true });
  });

  it('renders once per distinct input and serves the cached file afterwards', async () => {
    let renders = 0;
    const countingRender = async (input: OgImageInput) => {
      renders++;
      return renderOgImage(input);
    };

    const first = await cachedOgImage(en, cacheDir, countingRender);
    const file = join(cacheDir, `${ogImageCacheKey(en)}.png`);
    const writtenAt = (await stat(file)).mtimeMs;
    const second = await cachedOgImage({ ...en }, cacheDir, countingRender);
    expect(renders).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect((await stat(file)).mtimeMs).toBe(writtenAt);

    await cachedOgImage({ ...en, title: 'Changning: the Hongqiao gateway' }, cacheDir, countingRender);
    expect(renders).toBe(2);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('keys on content, not on property order or explicit undefined', () => {
    const reordered: OgImageInput = {
      lang: en.lang,
      siteName: en.siteName,
      title: en.title,
      typeLabel: en.typeLabel,
      district: en.district,
      url: en.url,
    };
    expect(ogImageCacheKey(reordered)).toBe(ogImageCacheKey(en));
    const withoutDistrict: OgImageInput = { title: en.title, typeLabel: en.typeLabel, siteName: en.siteName, url: en.url, lang: en.lang };
    expect(ogImageCacheKey({ ...en, district: undefined })).toBe(ogImageCacheKey(withoutDistrict));
    expect(ogImageCacheKey({ ...en, district: '' })).not.toBe(ogImageCacheKey(withoutDistrict));
    expect(ogImageCacheKey({ ...en, title: `${en.title}!` })).not.toBe(ogImageCacheKey(en));
  });
});
