/**
 * The layered preview image (layers.ts, rasterCore.ts) looks like the whole card as it was drawn
 * before: the same sample drawn both ways, compared pixel by pixel with pixelmatch. The old way is
 * reproduced here as it was (satori lays out the whole card, resvg rasterises all 1200×630
 * pixels); the new way runs the raster code the workers run, on this thread.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { composeOgSvg, type OgImageInput } from '../../src/lib/media/ogImage/render';
import { layeredCardJob } from '../../src/lib/media/ogImage/layers';
import { rasterCoreHere } from '../../src/lib/media/ogImage/rasterCore';

const en: OgImageInput = {
  title: 'Xuhui: AI, culture and the West Bund',
  typeLabel: 'District',
  district: 'Xuhui',
  siteName: 'Gather in Shanghai',
  url: '/en/districts/xuhui/',
  lang: 'en',
};
const long = 'How the Hongqiao international service bases help overseas companies register, rent offices and hire staff in Songjiang.';
const sample: OgImageInput[] = [
  en,
  { ...en, title: `${long} ${long} ${long}`, typeLabel: 'Story', district: undefined, url: '/en/stories/a-very-long-one/' },
  {
    title: 'Insentif sewa dan pajak bagi perusahaan asing di Changning',
    typeLabel: 'Insentif',
    district: 'Changning',
    siteName: 'Berkumpul di Shanghai',
    url: '/id/incentives/rental-discounts/',
    lang: 'id',
  },
  {
    title: '虹桥国际中央商务区的两个国际服务基地如何帮助外国企业在长宁区和松江区注册公司、寻找办公空间、招聘人才并对接政府服务事项。',
    typeLabel: '服务基地',
    district: '长宁区',
    siteName: '相聚上海',
    url: '/zh-hans/service-bases/overseas-talent/',
    lang: 'zh-Hans',
  },
  {
    title: '徐匯區：人工智慧與西岸',
    typeLabel: '區',
    district: '徐匯區',
    siteName: '相聚上海',
    url: '/zh-hant/districts/xuhui/',
    lang: 'zh-Hant',
  },
  {
    title: 'Ding Yi: สมาชิกจากไทยที่อยากเชื่อมกับรากเหง้า และเปิดตลาดใหม่ในเซี่ยงไฮ้ผ่านหอการค้าไทย-จีน',
    typeLabel: 'เรื่องราว',
    district: 'ซ่งเจียง',
    siteName: 'รวมพลังที่เซี่ยงไฮ้',
    url: '/th/stories/ding-yi/',
    lang: 'th',
  },
  // No address: the footer holds the site name alone.
  { ...en, url: undefined },
];

const core = rasterCoreHere(Resvg as never, sharp as never);

/** The image as drawn before the layers: the whole card, every pixel rasterised. */
async function wholeCard(input: OgImageInput): Promise<Buffer> {
  const { svg } = await composeOgSvg(input);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
  return image.pixels;
}

/** RGBA of a PNG whatever its colour type (the layered one has no alpha channel). */
const rgbaOf = (png: Buffer) => PNG.sync.read(png);

/**
 * A reader sees no difference: pixelmatch's threshold 0.1 (its default, in YIQ colour distance)
 * counts a pixel only when the difference is visible, and no pixel may differ by that much.
 * The largest raw channel difference is held small too, so a shifted glyph cannot hide in it.
 */
const visibleThreshold = 0.1;
const maxChannelDifference = 8;

describe('layered preview images', { timeout: 120_000 }, () => {
  it.each(sample.map((input) => [`${input.lang} ${input.url ?? '(no address)'}`, input] as const))(
    'look like the whole card (%s)',
    async (_, input) => {
      const { job } = await layeredCardJob(input);
      // Every sample is one the layers can draw, so the layered path is what is compared.
      expect(job.kind).toBe('layers');
      const layered = rgbaOf(await core.run(job));
      const whole = await wholeCard(input);
      expect([layered.width, layered.height]).toEqual([1200, 630]);
      const diff = pixelmatch(layered.data, whole, undefined, 1200, 630, { threshold: visibleThreshold });
      expect(diff).toBe(0);
      let max = 0;
      for (let i = 0; i < whole.length; i += 4)
        for (let c = 0; c < 3; c++) max = Math.max(max, Math.abs((layered.data[i + c] ?? 0) - (whole[i + c] ?? 0)));
      expect(max).toBeLessThanOrEqual(maxChannelDifference);
    },
  );

  it('would see a changed title (the comparison can fail)', async () => {
    const { job } = await layeredCardJob({ ...en, title: 'Changning: the Hongqiao gateway' });
    const layered = rgbaOf(await core.run(job));
    expect(pixelmatch(layered.data, await wholeCard(en), undefined, 1200, 630, { threshold: visibleThreshold })).toBeGreaterThan(1000);
  });

  it('writes an RGB PNG without alpha, the same bytes each time', async () => {
    const { job } = await layeredCardJob(en);
    const first = await core.run(job);
    expect(first[25]).toBe(2); // IHDR colour type 2: truecolour, no alpha
    expect((await core.run((await layeredCardJob(en)).job)).equals(first)).toBe(true);
  });
});
