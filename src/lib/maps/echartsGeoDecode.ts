/**
 * Decodes ECharts' compressed GeoJSON coordinates ("UTF8Encoding"), the format our Shanghai
 * district data ships in (src/data/maps/README.md). Each ring is a string of character pairs:
 * zig-zag encoded deltas from the previous point, offset by 64, in units of 1/scale degree,
 * starting from the ring's encodeOffsets pair. This mirrors ECharts' own decoder
 * (parseGeoJson.ts) so the committed file stays byte-for-byte the published one.
 */
export type LonLat = [number, number];

/** ECharts' default: 1/1024 degree, about 100 m in Shanghai. */
export const ECHARTS_ENCODE_SCALE = 1024;

export function decodeEchartsRing(encoded: string, offset: readonly number[], scale = ECHARTS_ENCODE_SCALE): LonLat[] {
  const [startX, startY] = offset;
  if (startX === undefined || startY === undefined || encoded.length % 2 !== 0) {
    throw new Error('Malformed ECharts ring: needs an [x, y] offset and an even number of characters');
  }
  const ring: LonLat[] = [];
  let x = startX;
  let y = startY;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    // Zig-zag: even values are positive, odd ones negative.
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}
