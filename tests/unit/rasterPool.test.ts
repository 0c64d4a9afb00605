import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { rasterise } from '../../src/lib/media/ogImage/rasterPool';

const square = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="10" height="10" fill="${fill}"/></svg>`;

describe('rasterise (worker threads)', { timeout: 60_000 }, () => {
  it('returns the PNG of the SVG it was given, even with many in flight', async () => {
    const fills = ['#ff0000', '#00ff00', '#0000ff', '#000000', '#ffffff', '#123456', '#abcdef', '#fedcba'];
    const pngs = await Promise.all(fills.map((fill) => rasterise(square(fill), { fitTo: { mode: 'width', value: 40 } })));
    pngs.forEach((png, i) => {
      const image = PNG.sync.read(png);
      expect([image.width, image.height]).toEqual([40, 20]);
      // The left half is the square's colour: each answer went back to its own caller.
      const hex = `#${[...image.data.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      expect(hex).toBe(fills[i]);
    });
  });

  it('rejects input resvg cannot read with a message that says so, and keeps working', async () => {
    await expect(rasterise('not an svg', {})).rejects.toThrow(/resvg could not render the preview image/);
    const png = await rasterise(square('#000000'), {});
    expect(PNG.sync.read(png).width).toBe(20);
  });
});
